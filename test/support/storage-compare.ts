/**
 * Are two control planes the same storage? The round-trip tests compare a
 * hand-written control plane C with what `render(import(C))` produces, the
 * way the services would see them:
 *
 * - the same back-end keys (cinderVolumes, cinderBackups, manilaShares,
 *   glanceAPIs and their `type`) and the same service pods (a legacy
 *   cinderBackup with replicas > 0, manila enabled);
 * - per pod, the same INI options and values as oslo.config reads them
 *   (functions/lib/ini/compare.ts: order, spacing and comments ignored), from
 *   the files the operator writes for that pod (template config, the pod's
 *   own config, the INI of its customServiceConfigSecrets found in the
 *   package), after the defaults the operator applies (OPERATOR_DEFAULTS);
 * - per pod, the same Secrets and other volumes reaching it (the
 *   operators' propagation algorithm, functions/lib/propagation/simulate.ts),
 *   except that a Secret the source mounts into a pod whose configuration
 *   never reads it may be gone: the source over-shares, which is reported
 *   apart and is not a difference;
 * - the same OpenStackVersion targetVersion and storage images
 *   (customContainerImages: cinderVolumeImages, manilaShareImages and the
 *   cinder / manila / glance service images).
 *
 * Each difference is one readable line, read from the source's side: "is
 * missing" is in the source only, "is extra" in the other (rendered) side
 * only, a changed value shows both. Credential values are masked.
 */
import { compareIniOptions, describeIniDifference, iniOptions, type IniOptions } from '../../functions/lib/ini/compare.js';
import { volumeReferences } from '../../functions/lib/manifest/volume-references.js';
import { podsOf, simulate, volumeSource, type Pod } from '../../functions/lib/propagation/simulate.js';
import { SECRET_OPTION } from '../../functions/lib/rules/inventory/RB008-credential-in-options.js';
import { kindOf, nameOf, namespaceOf, toObject, type Item } from '../../functions/lib/io/resources.js';
import { isNodeSet, novaConfigFiles, viewNodeSet } from '../../functions/lib/dataplane/read.js';

type Obj = Record<string, any>;

/** One side of the comparison: a control plane, its OpenStackVersion, and the INI the package's Secrets hold (by Secret name). */
export interface StorageSide {
  controlPlane: Obj;
  version?: Obj;
  /** Secret name -> the INI texts of its data (what customServiceConfigSecrets would add to a pod). */
  secretIni?: Map<string, string[]>;
  /** The computes' storage side, per OpenStackDataPlaneNodeSet name. */
  dataPlane?: Map<string, ComputeView>;
}

/**
 * What a NodeSet's computes get on the storage side, as the operator and
 * nova read it (functions/lib/dataplane/read.ts): the volumes mounted in its
 * ansible jobs (the Ceph files ceph-client copies to the nodes), its
 * services list, the nova service that runs and the data sources it really
 * mounts, and the nova config those carry (keys *nova*.conf, INI as nova reads it).
 */
export interface ComputeView {
  mounts: string[];
  services: string[];
  nova: string;
  dataSources: string[];
  novaIni: IniOptions;
}

/** The data-plane side of a package: each NodeSet (not a tool patch) by name. */
export function computeViews(items: readonly Item[]): Map<string, ComputeView> {
  const out = new Map<string, ComputeView>();
  for (const item of items.filter(isNodeSet)) {
    const view = viewNodeSet(items, item);
    const o = toObject(item);
    const list: Obj[] = Array.isArray(o.spec?.nodeTemplate?.extraMounts) ? o.spec.nodeTemplate.extraMounts.map(obj) : [];
    const mounts = list.flatMap((em) =>
      (Array.isArray(em.mounts) ? em.mounts.map(obj) : []).flatMap((m: Obj) => {
        const vol = (Array.isArray(em.volumes) ? em.volumes : []).find((v: Obj) => v?.name === m.name);
        const at = `at ${String(m.mountPath ?? '').replace(/\/+$/, '') || '/'}${m.subPath ? ` (subPath ${m.subPath})` : ''}`;
        const refs = volumeReferences(vol);
        return refs.length === 0 ? [`volume ${volumeSource(vol)} ${at}`] : refs.map((ref) => `${ref.kind} ${ref.name}${ref.items ? ` (keys ${[...ref.items].sort().join(', ')})` : ''} ${at}`);
      }),
    );
    const sources = view.dataSources.filter((d) => !d.misplaced);
    const novaIni = mergeFiles(novaConfigFiles(items, sources, namespaceOf(item)).map((f) => iniOptions(f.text)));
    out.set(view.name, { mounts: [...new Set(mounts)].sort(), services: view.services, nova: view.nova?.name ?? '(none)', dataSources: sources.map((d) => `${d.kind} ${d.name}`).sort(), novaIni: asRead(novaIni) });
  }
  return out;
}

/**
 * A package's side: its control plane named `name` (the only one when not
 * given), the OpenStackVersion of the same name, and the INI of its Secrets.
 */
export function storageSideOf(items: readonly Item[], name?: string, namespace?: string): StorageSide {
  const match = (it: Item, kind: string) => kindOf(it) === kind && (name === undefined || nameOf(it) === name) && (namespace === undefined || !namespaceOf(it) || namespaceOf(it) === namespace);
  const planes = items.filter((it) => match(it, 'OpenStackControlPlane'));
  if (planes.length !== 1) throw new Error(`expected one OpenStackControlPlane${name ? ` named ${name}` : ''}, found ${planes.length}`);
  const controlPlane = toObject(planes[0]);
  const cpName = nameOf(planes[0]);
  const version = items.find((it) => kindOf(it) === 'OpenStackVersion' && nameOf(it) === cpName);
  const secretIni = new Map<string, string[]>();
  for (const it of items) {
    if (kindOf(it) !== 'Secret' || !nameOf(it)) continue;
    const o = toObject(it);
    const texts = [
      ...Object.keys(obj(o.data)).sort().map((k) => Buffer.from(String(o.data[k]), 'base64').toString('utf8')),
      ...Object.keys(obj(o.stringData)).sort().map((k) => String(o.stringData[k])),
    ];
    secretIni.set(nameOf(it)!, texts.filter((t) => /^\s*\[[^\]\n]+\]\s*$/m.test(t)));
  }
  return { controlPlane, version: version ? toObject(version) : undefined, secretIni, dataPlane: computeViews(items) };
}

export interface StorageComparison {
  /** What differs, one readable line each, sorted. Empty when the two are the same storage. */
  differences: string[];
  /** Secrets the source sends to pods that never read them and the other side does not: allowed, reported. */
  overShared: string[];
}

/**
 * Defaults the operators apply to what the control plane says, applied to
 * both sides before comparing, each with where it is defined.
 */
export const OPERATOR_DEFAULTS: Array<{ what: string; source: string }> = [
  {
    what: 'a cinderVolumes entry whose customServiceConfig has no [DEFAULT] enabled_backends gets enabled_backends = every section of it that sets volume_backend_name',
    source: 'cinder-operator internal/controller/cindervolume_controller.go processCustomServiceConfig (RHOSO-FIELDS.md 2.2)',
  },
  {
    what: "a glanceAPIs entry with a non-empty customServiceConfig (or customServiceConfigSecrets) uses it instead of the template's",
    source: 'glance-operator internal/controller/glance_controller.go (RHOSO-FIELDS.md 4, "Inheritance")',
  },
  {
    what: 'a boolean option reads True, true and TRUE the same (compared in lower case: values that are true or false in any case)',
    source: 'oslo.config oslo_config/types.py Boolean (case-insensitive); every option the samples spell both ways (rbd_flatten_volume_from_snapshot, report_discard_supported, ...) is a BoolOpt',
  },
  {
    what: 'manila reads enabled_share_protocols as a list compared in upper case (compared split at commas, trimmed, upper-cased)',
    source: 'manila/share/api.py API.create: proto.upper() for proto in CONF.enabled_share_protocols (a ListOpt)',
  },
  {
    what: 'cinder and glance are enabled unless enabled: false, manila only with enabled: true; cinderBackup and every map entry default to replicas 1',
    source: 'openstack-operator and cinder-operator CRD defaults (RHOSO-FIELDS.md 2-4), as functions/lib/propagation/simulate.ts podsOf reads them',
  },
];

/**
 * Driver classes and stores that read /etc/ceph/<cluster>.conf and keyrings
 * by default, without naming the path in an option: a pod using one needs a
 * Secret mounted at /etc/ceph even when no option names it.
 */
const READS_ETC_CEPH = [/^cinder\.volume\.drivers\.rbd\./, /^cinder\.backup\.drivers\.ceph/, /^manila\.share\.drivers\.cephfs\./, /(^|,)\s*[^:,]+:rbd\s*(,|$)/];

const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const MAPS: Array<{ service: 'cinder' | 'manila' | 'glance'; field: string }> = [
  { service: 'cinder', field: 'cinderVolumes' },
  { service: 'cinder', field: 'cinderBackups' },
  { service: 'manila', field: 'manilaShares' },
  { service: 'glance', field: 'glanceAPIs' },
];

const mask = (key: string, value: string) => (SECRET_OPTION.test(key) ? '<masked>' : value);

export function compareStorage(source: StorageSide, other: StorageSide): StorageComparison {
  const differences: string[] = [];
  const overShared: string[] = [];

  // Back-end keys and the API type, which decides glance's pods.
  for (const { service, field } of MAPS) {
    const a = obj(obj(obj(source.controlPlane.spec)[service]).template)[field];
    const b = obj(obj(obj(other.controlPlane.spec)[service]).template)[field];
    for (const key of union(Object.keys(obj(a)), Object.keys(obj(b)))) {
      if (!(key in obj(b))) differences.push(`${field}.${key} is missing`);
      else if (!(key in obj(a))) differences.push(`${field}.${key} is extra`);
      else if (field === 'glanceAPIs' && (obj(a)[key]?.type ?? 'split') !== (obj(b)[key]?.type ?? 'split'))
        differences.push(`glanceAPIs.${key}: type ${obj(a)[key]?.type ?? 'split'} in the source, ${obj(b)[key]?.type ?? 'split'} rendered`);
    }
  }

  const left = podViews(source);
  const right = podViews(other);
  for (const id of union([...left.keys()], [...right.keys()])) {
    const only = left.has(id) !== right.has(id) ? (left.get(id) ?? right.get(id))! : undefined;
    // Per-instance pods are reported by their key above.
    if (only && !only.pod.instance) differences.push(`pod ${id} is ${left.has(id) ? 'missing' : 'extra'}`);
  }

  // INI per pod; a difference every common pod of a service shares is reported once, as <service>/*.
  const byService = new Map<string, Map<string, string[]>>();
  const common = [...left.keys()].filter((id) => right.has(id));
  for (const id of common) {
    const l = left.get(id)!;
    const r = right.get(id)!;
    const lines = compareIniOptions(l.ini, r.ini).map((d) =>
      d.kind === 'value-changed' ? `[${d.section}] ${d.key}: ${mask(d.key, d.left)} in the source, ${mask(d.key, d.right)} rendered` : describeIniDifference(d, mask),
    );
    const perService = byService.get(l.pod.service) ?? new Map<string, string[]>();
    for (const line of lines) perService.set(line, [...(perService.get(line) ?? []), id]);
    byService.set(l.pod.service, perService);
  }
  for (const [service, lines] of byService) {
    const pods = common.filter((id) => left.get(id)!.pod.service === service);
    for (const [line, ids] of lines) {
      if (ids.length === pods.length && pods.length > 1) differences.push(`${service}/*: ${line}`);
      else for (const id of ids) differences.push(`${id}: ${line}`);
    }
  }

  // What reaches each pod.
  for (const id of common) {
    const l = left.get(id)!;
    const r = right.get(id)!;
    for (const reach of l.reach) {
      if (r.reach.some((x) => x.line === reach.line)) continue;
      if (reach.secret && !needs(l, reach.mountPath)) overShared.push(`${id}: ${reach.line} (the source mounts it; nothing in the pod's configuration reads it)`);
      else differences.push(`${id}: ${reach.line} no longer reaches it`);
    }
    for (const reach of r.reach) if (!l.reach.some((x) => x.line === reach.line)) differences.push(`${id}: ${reach.line} now reaches it`);
  }

  differences.push(...compareVersions(source.version, other.version));
  differences.push(...compareComputes(source.dataPlane ?? new Map(), other.dataPlane ?? new Map()));
  return { differences: differences.sort(), overShared: overShared.sort() };
}

interface Reach {
  line: string;
  secret: boolean;
  mountPath?: string;
}

interface PodView {
  pod: Pod;
  ini: IniOptions;
  /** Every value of every option the pod reads, for "does it read that path". */
  values: string[];
  reach: Reach[];
}

function podViews(side: StorageSide): Map<string, PodView> {
  const cp = side.controlPlane;
  const spec = obj(cp.spec);
  const out = new Map<string, PodView>();
  const mounts = new Map(simulate(cp).map((m) => [m.pod.id, m.takes]));
  for (const pod of podsOf(cp)) {
    const template = obj(obj(spec[pod.service]).template);
    const own = obj(pod.path.reduce<unknown>((o, k) => obj(o)[k], cp));
    const ownConfig = text(own.customServiceConfig);
    const texts: string[] = [];
    let secrets: string[];
    if (pod.service === 'glance') {
      // An API's own config and Secrets replace the template's when non-empty.
      texts.push(iniOptions(ownConfig).size > 0 ? ownConfig : text(template.customServiceConfig));
      secrets = list(own.customServiceConfigSecrets).length > 0 ? list(own.customServiceConfigSecrets) : list(template.customServiceConfigSecrets);
    } else {
      texts.push(text(template.customServiceConfig), withEnabledBackends(pod, ownConfig));
      secrets = list(own.customServiceConfigSecrets);
    }
    for (const name of secrets) texts.push(...(side.secretIni?.get(name) ?? []));
    const ini = asRead(mergeFiles(texts.map(iniOptions)));
    const values = [...ini.values()].flatMap((s) => [...s.values()].flat());
    const reach: Reach[] = secrets.map((name) => ({ line: `Secret ${name} (customServiceConfigSecrets)`, secret: true }));
    for (const take of mounts.get(pod.id) ?? []) {
      for (const m of take.mounts) {
        const vol = take.volumes.find((v) => v?.name === m?.name);
        const mountPath = String(m?.mountPath ?? '').replace(/\/+$/, '') || '/';
        const at = `at ${mountPath}${m?.subPath ? ` (subPath ${m.subPath})` : ''}`;
        const refs = volumeReferences(vol);
        if (refs.length === 0) reach.push({ line: `volume ${volumeSource(vol)} ${at}`, secret: false, mountPath });
        // Keys a volume selects (items) are part of what reaches the pod: a keyring left out is not there.
        for (const ref of refs) reach.push({ line: `${ref.kind} ${ref.name}${ref.items ? ` (keys ${[...ref.items].sort().join(', ')})` : ''} ${at}`, secret: ref.kind === 'Secret', mountPath });
      }
    }
    out.set(pod.id, { pod, ini, values, reach: dedupe(reach) });
  }
  return out;
}

/** cinder-operator adds enabled_backends to a volume's own config when it has none. */
function withEnabledBackends(pod: Pod, config: string): string {
  if (pod.component !== 'cinder-volume') return config;
  const ini = iniOptions(config);
  if (ini.get('DEFAULT')?.has('enabled_backends')) return config;
  const sections = [...ini].filter(([name, options]) => name !== 'DEFAULT' && options.has('volume_backend_name')).map(([name]) => name);
  return sections.length ? `${config}\n[DEFAULT]\nenabled_backends = ${sections.join(',')}\n` : config;
}

/** The files a pod reads, in order: a later file's option replaces an earlier one's. */
function mergeFiles(files: IniOptions[]): IniOptions {
  const out: IniOptions = new Map();
  for (const file of files) {
    for (const [section, options] of file) {
      const into = out.get(section) ?? new Map<string, string[]>();
      for (const [key, values] of options) into.set(key, values);
      out.set(section, into);
    }
  }
  return out;
}

/** The reading rules of OPERATOR_DEFAULTS that are about values: booleans in any case, manila's protocol list. */
function asRead(ini: IniOptions): IniOptions {
  for (const options of ini.values()) {
    for (const [key, values] of options) {
      options.set(
        key,
        values.map((v) => (key === 'enabled_share_protocols' ? v.split(',').map((p) => p.trim().toUpperCase()).join(',') : /^(true|false)$/i.test(v) ? v.toLowerCase() : v)),
      );
    }
  }
  return ini;
}

/** Does the pod's configuration read something under `mountPath`? */
function needs(view: PodView, mountPath: string | undefined): boolean {
  if (!mountPath) return true;
  const under = (v: string) => v.split(/[,\s]+/).some((p) => p === mountPath || p.startsWith(`${mountPath}/`));
  if (view.values.some(under)) return true;
  return mountPath === '/etc/ceph' && view.values.some((v) => READS_ETC_CEPH.some((re) => re.test(v)));
}

/** Per NodeSet: the files its jobs mount, its services list, the nova service and data sources, the nova options. */
function compareComputes(a: Map<string, ComputeView>, b: Map<string, ComputeView>): string[] {
  const out: string[] = [];
  for (const name of union([...a.keys()], [...b.keys()])) {
    const l = a.get(name);
    const r = b.get(name);
    const id = `nodeset/${name}`;
    if (!l || !r) {
      out.push(`${id} is ${l ? 'missing' : 'extra'}`);
      continue;
    }
    for (const m of l.mounts) if (!r.mounts.includes(m)) out.push(`${id}: ${m} no longer reaches its computes`);
    for (const m of r.mounts) if (!l.mounts.includes(m)) out.push(`${id}: ${m} now reaches its computes`);
    if (l.services.join(',') !== r.services.join(',')) out.push(`${id}: services [${l.services.join(', ')}] in the source, [${r.services.join(', ')}] rendered`);
    if (l.nova !== r.nova) out.push(`${id}: nova service ${l.nova} in the source, ${r.nova} rendered`);
    for (const d of l.dataSources) if (!r.dataSources.includes(d)) out.push(`${id}: nova data source ${d} is missing`);
    for (const d of r.dataSources) if (!l.dataSources.includes(d)) out.push(`${id}: nova data source ${d} is extra`);
    for (const d of compareIniOptions(l.novaIni, r.novaIni)) {
      out.push(`${id}: nova ${d.kind === 'value-changed' ? `[${d.section}] ${d.key}: ${mask(d.key, d.left)} in the source, ${mask(d.key, d.right)} rendered` : describeIniDifference(d, mask)}`);
    }
  }
  return out;
}

function compareVersions(a: Obj | undefined, b: Obj | undefined): string[] {
  const out: string[] = [];
  const sa = obj(obj(a).spec);
  const sb = obj(obj(b).spec);
  if (sa.targetVersion !== sb.targetVersion) out.push(`OpenStackVersion targetVersion: ${sa.targetVersion ?? '(none)'} in the source, ${sb.targetVersion ?? '(none)'} rendered`);
  const ia = storageImages(sa.customContainerImages);
  const ib = storageImages(sb.customContainerImages);
  for (const key of union([...ia.keys()], [...ib.keys()])) {
    const va = ia.get(key);
    const vb = ib.get(key);
    if (va === vb) continue;
    if (vb === undefined) out.push(`image ${key} = ${va} is missing`);
    else if (va === undefined) out.push(`image ${key} = ${vb} is extra`);
    else out.push(`image ${key}: ${va} in the source, ${vb} rendered`);
  }
  return out;
}

/** customContainerImages entries of the storage services, flattened: cinderVolumeImages.pure, glanceAPIImage. */
function storageImages(images: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(obj(images))) {
    if (!/^(cinder|manila|glance)/.test(key)) continue;
    if (typeof value === 'string') out.set(key, value);
    else for (const [k, v] of Object.entries(obj(value))) out.set(`${key}.${k}`, String(v));
  }
  return out;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function dedupe(reach: Reach[]): Reach[] {
  const seen = new Map<string, Reach>();
  for (const r of reach) if (!seen.has(r.line)) seen.set(r.line, r);
  return [...seen.values()];
}
