/**
 * What a hand-written OpenStackDataPlaneNodeSet gives its computes on the
 * storage side, read as the openstack-operator reads it (DATAPLANE.md §1-2):
 * the Secrets mounted at /etc/ceph in its ansible jobs, the nova service
 * that runs (services are de-duplicated by edpmServiceType, the first wins),
 * that service's dataSources, and the nova config files they carry (keys
 * matching *nova*.conf). Shared by import (import/data-plane.ts) and the
 * round-trip comparison, so both read a NodeSet alike. Pure: items in, data out.
 */
import { kindOf, nameOf, namespaceOf, toObject, type Item } from '../io/resources.js';
import { DATAPLANE_CEPH_DIR, DEFAULT_SERVICES, NOVA_SERVICE } from './computes.js';
import { isPatch, NODESET_KIND } from './locate.js';

export const SERVICE_KIND = 'OpenStackDataPlaneService';
/** nova-compute reads /var/lib/kolla/config_files/src/*nova*.conf (DATAPLANE.md §2.2). */
export const NOVA_CONFIG_FILE = /nova.*\.conf$/;
export const CELL_CONFIG = /^nova-cell(\d+)-compute-config$/;

type Obj = Record<string, any>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

export interface DataSource {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  /**
   * Written with `name` beside `configMapRef: null` / `secretRef: null`, as the
   * architecture DCN values render (DATAPLANE.md §6 row 1): the operator reads
   * no source there.
   */
  misplaced: boolean;
}

export interface CephMount {
  /** Index of the nodeTemplate.extraMounts item. */
  index: number;
  /** The item as written. */
  value: Obj;
  /** The Secrets of the volume mounted at /etc/ceph, with the keys it selects (undefined: all). */
  secrets: Array<{ name: string; keys?: string[] }>;
}

export interface NodeSetView {
  item: Item;
  name: string;
  services: string[];
  /** The service that runs as nova (first with edpmServiceType nova); its object when the package has it. */
  nova?: { name: string; item?: Item };
  dataSources: DataSource[];
  cephMount?: CephMount;
}

export const isNodeSet = (it: Item) => kindOf(it) === NODESET_KIND && !isPatch(it);

const inNamespace = (it: Item, ns: string | undefined) => !ns || !namespaceOf(it) || namespaceOf(it) === ns;

export function serviceObject(items: readonly Item[], name: string, ns: string | undefined): Item | undefined {
  return items.find((it) => kindOf(it) === SERVICE_KIND && nameOf(it) === name && inNamespace(it, ns));
}

export function viewNodeSet(items: readonly Item[], item: Item): NodeSetView {
  const o = toObject(item);
  const ns = namespaceOf(item);
  const services: string[] = Array.isArray(o.spec?.services) ? o.spec.services.map(String) : DEFAULT_SERVICES;
  let nova: NodeSetView['nova'];
  for (const s of services) {
    const svc = serviceObject(items, s, ns);
    const type = svc ? (toObject(svc).spec?.edpmServiceType ?? s) : s;
    if (type === NOVA_SERVICE) {
      nova = { name: s, item: svc };
      break;
    }
  }
  return { item, name: nameOf(item) ?? '', services, nova, dataSources: nova?.item ? dataSourcesOf(toObject(nova.item)) : [], cephMount: cephMountOf(o) };
}

export function dataSourcesOf(service: Obj): DataSource[] {
  const out: DataSource[] = [];
  for (const ds of Array.isArray(service.spec?.dataSources) ? service.spec.dataSources : []) {
    const d = obj(ds);
    for (const [field, kind] of [['configMapRef', 'ConfigMap'], ['secretRef', 'Secret']] as const) {
      if (!(field in d)) continue;
      const ref = d[field];
      if (typeof obj(ref).name === 'string') out.push({ kind, name: ref.name, misplaced: false });
      else if (ref === null && typeof d.name === 'string') out.push({ kind, name: d.name, misplaced: true });
    }
  }
  return out;
}

/** The nova config files a service's data sources carry (the ones the operator reads), from the package's objects. */
export function novaConfigFiles(items: readonly Item[], sources: readonly DataSource[], ns: string | undefined): Array<{ source: DataSource; key: string; text: string }> {
  const out: Array<{ source: DataSource; key: string; text: string }> = [];
  for (const source of sources) {
    const it = items.find((x) => kindOf(x) === source.kind && nameOf(x) === source.name && inNamespace(x, ns));
    if (!it) continue;
    const o = toObject(it);
    const keys = [...Object.keys(obj(o.data)), ...Object.keys(obj(o.stringData))].filter((k) => NOVA_CONFIG_FILE.test(k)).sort();
    for (const key of keys) {
      const raw = o.stringData?.[key] ?? o.data?.[key];
      const text = source.kind === 'Secret' && o.stringData?.[key] === undefined ? decode(String(raw)) : String(raw ?? '');
      out.push({ source, key, text });
    }
  }
  return out;
}

/** base64 as a Secret's data holds it; a value that is not base64 (the samples' CHANGEME) as written. */
function decode(v: string): string {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0 ? Buffer.from(v, 'base64').toString('utf8') : v;
}

export function cephMountOf(nodeSet: Obj): CephMount | undefined {
  const list: unknown[] = Array.isArray(nodeSet.spec?.nodeTemplate?.extraMounts) ? nodeSet.spec.nodeTemplate.extraMounts : [];
  for (const [index, raw] of list.entries()) {
    const value = obj(raw);
    const mount = (Array.isArray(value.mounts) ? value.mounts : []).map(obj).find((m: Obj) => String(m.mountPath ?? '').replace(/(.)\/+$/, '$1') === DATAPLANE_CEPH_DIR);
    if (!mount) continue;
    const volume = obj((Array.isArray(value.volumes) ? value.volumes : []).map(obj).find((v: Obj) => v.name === mount.name));
    const keysOf = (items: unknown) => (Array.isArray(items) ? items.map((i) => String(obj(i).key)) : undefined);
    const secrets = volume.secret
      ? [{ name: String(volume.secret.secretName), keys: keysOf(volume.secret.items) }]
      : (Array.isArray(volume.projected?.sources) ? volume.projected.sources : []).filter((s: Obj) => s?.secret?.name).map((s: Obj) => ({ name: String(s.secret.name), keys: keysOf(s.secret.items) }));
    return { index, value, secrets };
  }
  return undefined;
}
