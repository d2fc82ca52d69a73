/**
 * The data-plane objects among the items, as plain data, for the data-plane
 * rules (RB216-RB223): NodeSets (not the tool's generated patches), services,
 * ConfigMaps and Secrets by name. Bundled services (nova, libvirt, ...) that
 * the package does not redefine have edpmServiceType = their name.
 */
import { apiVersionOf, kindOf, nameOf, toObject, type Item } from '../../io/resources.js';
import { parseIni, type IniDocument } from '../../ini/parse.js';
import { DATAPLANE_API_VERSION, isPatch, NODESET_KIND } from '../../dataplane/locate.js';

export interface DataPlaneObject {
  item: Item;
  obj: Record<string, any>;
}

export interface DataPlaneIndex {
  nodeSets: DataPlaneObject[];
  services: Map<string, DataPlaneObject>;
  configMaps: Map<string, DataPlaneObject>;
  secrets: Map<string, DataPlaneObject>;
}

const cache = new WeakMap<readonly Item[], DataPlaneIndex>();

export function dataPlaneIndex(items: readonly Item[]): DataPlaneIndex {
  let idx = cache.get(items);
  if (idx) return idx;
  idx = { nodeSets: [], services: new Map(), configMaps: new Map(), secrets: new Map() };
  for (const item of items) {
    const kind = kindOf(item);
    const name = nameOf(item);
    if (!kind || !name) continue;
    if (apiVersionOf(item) === DATAPLANE_API_VERSION) {
      if (kind === NODESET_KIND && !isPatch(item)) idx.nodeSets.push({ item, obj: toObject(item) });
      else if (kind === 'OpenStackDataPlaneService') idx.services.set(name, { item, obj: toObject(item) });
    } else if (apiVersionOf(item) === 'v1' && (kind === 'ConfigMap' || kind === 'Secret')) {
      (kind === 'ConfigMap' ? idx.configMaps : idx.secrets).set(name, { item, obj: toObject(item) });
    }
  }
  cache.set(items, idx);
  return idx;
}

/** A service's edpmServiceType: as written, else its name (the CRD default; bundled services too). */
export function serviceType(idx: DataPlaneIndex, name: string): string {
  const t = idx.services.get(name)?.obj.spec?.edpmServiceType;
  return typeof t === 'string' && t ? t : name;
}

export function servicesOf(ns: DataPlaneObject): string[] {
  const s = ns.obj.spec?.services;
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [];
}

/** The ConfigMaps a service reads (dataSources[].configMapRef.name). */
export function configMapSources(service: DataPlaneObject): Array<{ name: string; index: number }> {
  const ds = service.obj.spec?.dataSources;
  if (!Array.isArray(ds)) return [];
  return ds.map((d, index) => ({ name: d?.configMapRef?.name, index })).filter((d): d is { name: string; index: number } => typeof d.name === 'string');
}

/** The string values of a ConfigMap or Secret (Secret data base64-decoded), by key. */
export function textData(o: DataPlaneObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o.obj.data ?? {})) if (typeof v === 'string') out[k] = o.obj.kind === 'Secret' ? Buffer.from(v, 'base64').toString('utf8') : v;
  for (const [k, v] of Object.entries(o.obj.stringData ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The nova config files of a nova service's ConfigMaps that nova reads (keys matching *nova*.conf), parsed. */
export function novaConfigs(idx: DataPlaneIndex, service: DataPlaneObject): Array<{ configMap: DataPlaneObject; key: string; ini: IniDocument }> {
  const out: Array<{ configMap: DataPlaneObject; key: string; ini: IniDocument }> = [];
  for (const src of configMapSources(service)) {
    const cm = idx.configMaps.get(src.name);
    if (!cm) continue;
    for (const [key, text] of Object.entries(textData(cm))) if (NOVA_CONF_KEY.test(key)) out.push({ configMap: cm, key, ini: parseIni(text) });
  }
  return out;
}

/** The files nova-compute loads from its config dir (edpm_nova kolla config: *nova*.conf). */
export const NOVA_CONF_KEY = /nova.*\.conf$/;

/** The nova-type services of the package (edpmServiceType nova). */
export function novaServices(idx: DataPlaneIndex): DataPlaneObject[] {
  return [...idx.services.values()].filter((s) => serviceType(idx, nameOf(s.item)!) === 'nova');
}
