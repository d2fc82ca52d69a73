/**
 * The render self-check (RB160-RB169): what the inventory promises, derived
 * from the inventory alone, and what the rendered control plane does, read
 * from the rendered objects alone (customServiceConfig, customServiceConfigSecrets,
 * and the operators' propagation algorithm). The rules compare the two; they
 * run on every render and only on renders (a hand-written control plane makes
 * no promises). A finding is a bug of ours or an input we did not foresee.
 *
 * Pods and components share one id space, the pod ids of propagation/simulate:
 * cinder-volume/<key>, cinder-backup/<key>, cinder-backup (the deprecated
 * single one), manila-share/<key>, glance-api/<key>, cinder-api, ...;
 * a service template is <service>-template.
 */
import { getDriver } from '../../catalog/index.js';
import { cephUser, confKey, keyringKey, resolveCluster } from '../../expand/ceph.js';
import { credentialSecretName } from '../../expand/credentials.js';
import { fileSecretName } from '../../expand/files.js';
import { volumeLabel } from '../../expand/glance.js';
import { iniValue, osloValue, overlaySections } from '../../expand/ini.js';
import type { CephRole, Credentials, FieldPath, Inventory, Options, Sections } from '../../inventory/model.js';
import type { IniDocument, IniEntry } from '../../ini/parse.js';
import { timesTaken } from '../../propagation/simulate.js';
import type { ManifestRuleContext } from './context.js';
import { manifestIndex, sameNamespace, type Component, type ControlPlane, type Path } from './model.js';

const PER_INSTANCE: Record<string, string> = { cinderVolumes: 'cinder-volume', cinderBackups: 'cinder-backup', manilaShares: 'manila-share', glanceAPIs: 'glance-api' };
const SINGLE: Record<string, string> = { cinderAPI: 'cinder-api', cinderScheduler: 'cinder-scheduler', cinderBackup: 'cinder-backup', manilaAPI: 'manila-api', manilaScheduler: 'manila-scheduler' };

/** The pod id a component configures (`<service>-template` for a template). */
export function unitOf(c: Component): string {
  if (c.key !== undefined) return `${PER_INSTANCE[c.field] ?? c.field}/${c.key}`;
  return SINGLE[c.field] ?? `${c.service}-${c.field}`;
}

/** The rendered control plane the inventory describes; undefined outside render mode. */
export function renderedControlPlane(ctx: ManifestRuleContext): { inv: Inventory; cp: ControlPlane } | undefined {
  const inv = ctx.inventory;
  if (ctx.mode !== 'render' || !inv) return undefined;
  const cp = manifestIndex(ctx).controlPlanes.find((c) => c.name === inv.controlPlane.name && sameNamespace(c.namespace, inv.controlPlane.namespace));
  return cp ? { inv, cp } : undefined;
}

/** One promise about a Secret: the units it must reach, and the inventory entry that makes the promise. */
export interface SecretPromise {
  secret: string;
  units: Set<string>;
  /** Inventory paths of the entries that name the Secret (for the message). */
  origins: FieldPath[];
}

function addPromise(map: Map<string, SecretPromise>, secret: string, units: string[], origin: FieldPath): void {
  const p = map.get(secret) ?? { secret, units: new Set<string>(), origins: [] };
  for (const u of units) p.units.add(u);
  p.origins.push(origin);
  map.set(secret, p);
}

const secretOf = (c: Credentials, generated: string): string => ('secretName' in c ? c.secretName : generated);

/** The single deprecated cinderBackup, when the inventory writes its one backup there. */
const singleBackup = (inv: Inventory) => inv.cinder.backups.length === 1 && inv.cinder.backups[0].deprecatedSingleBackup;
const backupUnit = (inv: Inventory, name: string) => (singleBackup(inv) ? 'cinder-backup' : `cinder-backup/${name}`);

/** Credential Secrets: each reaches exactly its back end's pods, through customServiceConfigSecrets. */
export function credentialPromises(inv: Inventory): Map<string, SecretPromise> {
  const out = new Map<string, SecretPromise>();
  const add = (c: Credentials | undefined, component: string, name: string, units: string[], at: FieldPath) => {
    if (c) addPromise(out, secretOf(c, credentialSecretName({ component, name, section: '', at })), units, [...at, 'credentials']);
  };
  for (const b of inv.cinder.backends) add(b.credentials, 'cinder-volume', b.name, [`cinder-volume/${b.name}`], b.at);
  for (const b of inv.manila.backends) add(b.credentials, 'manila-share', b.name, [`manila-share/${b.name}`], b.at);
  for (const b of inv.cinder.backups) add(b.credentials, 'cinder-backup', b.name, [backupUnit(inv, b.name)], b.at);
  for (const s of inv.glance.stores) {
    const apis = inv.glance.apis.filter((a) => a.stores.includes(s.name)).map((a) => `glance-api/${a.name}`);
    add(s.credentials, 'glance-store', volumeLabel(s.name), apis, s.at);
  }
  return out;
}

/** Ceph cluster Secrets: the pods that read a cluster, and the directories each pod needs the Secret at. */
export interface CephPromise extends SecretPromise {
  /** unit -> mount directories (clusters sharing a Secret may live at different mountPaths). */
  dirs: Map<string, Set<string>>;
  /** unit -> the Secret keys it may mount, for clusters with per-service users (conf and its own keyring). */
  keys: Map<string, Set<string>>;
}

export function cephPromises(inv: Inventory): { promises: Map<string, CephPromise>; backupForced: Set<string> } {
  const promises = new Map<string, CephPromise>();
  const backupForced = new Set<string>();
  const add = (cluster: string | undefined, unit: string, at: FieldPath, role: CephRole) => {
    const c = resolveCluster(inv, cluster);
    if (!c) return;
    const p = promises.get(c.secretName) ?? { secret: c.secretName, units: new Set<string>(), origins: [], dirs: new Map<string, Set<string>>(), keys: new Map<string, Set<string>>() };
    p.units.add(unit);
    p.origins.push(at);
    p.dirs.set(unit, new Set([...(p.dirs.get(unit) ?? []), normalizeDir(c.mountPath)]));
    if (Object.keys(c.users).length > 0) p.keys.set(unit, new Set([...(p.keys.get(unit) ?? []), confKey(c), keyringKey(c, cephUser(c, role))]));
    promises.set(c.secretName, p);
    if (unit.startsWith('cinder-backup')) backupForced.add(c.secretName);
  };
  for (const b of inv.cinder.backends) if (getDriver(b.driver, 'cinder')?.needsCephCluster) add(b.cluster, `cinder-volume/${b.name}`, b.at, 'cinder');
  for (const b of inv.cinder.backups) if (b.driver === 'ceph') add(b.cluster, backupUnit(inv, b.name), b.at, 'cinderBackup');
  for (const b of inv.manila.backends) if (getDriver(b.driver, 'manila')?.needsCephCluster) add(b.cluster, `manila-share/${b.name}`, b.at, 'manila');
  for (const api of inv.glance.apis) {
    for (const s of inv.glance.stores) if (s.type === 'rbd' && api.stores.includes(s.name)) add(s.cluster, `glance-api/${api.name}`, s.at, 'glance');
  }
  // Per-service keys only where every cluster of the Secret has users (else the tool mounts the whole Secret, RB028 warns).
  for (const p of promises.values()) if (inv.ceph.some((c) => c.secretName === p.secret && Object.keys(c.users).length === 0)) p.keys.clear();
  return { promises, backupForced };
}

/** One driver file: the only pod that gets it, where, and from which Secret key. */
export interface FilePromise {
  unit: string;
  secret: string;
  key: string;
  mountPath: string;
  /** The file name (subPath of the mount). */
  name: string;
  at: FieldPath;
}

export function filePromises(inv: Inventory): FilePromise[] {
  const out: FilePromise[] = [];
  const backends = [
    ...inv.cinder.backends.map((b) => ({ b, component: 'cinder-volume' })),
    ...inv.manila.backends.map((b) => ({ b, component: 'manila-share' })),
  ];
  for (const { b, component } of backends) {
    b.files.forEach((f, i) => {
      const secret = f.secretName ?? fileSecretName(component, b.name, f.path ? 'path' : 'externalSecret');
      const key = f.secretName ? (f.key ?? f.name) : f.name;
      out.push({ unit: `${component}/${b.name}`, secret, key, mountPath: normalizeDir(f.mountPath), name: f.name, at: [...b.at, 'files', i] });
    });
  }
  return out;
}

/** Units an inventory `mounts` entry reaches with a Secret it names on purpose: those may hold it. */
export function explicitlyMounted(inv: Inventory, cp: ControlPlane): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of inv.mounts) {
    const v = m.volume as Record<string, any>;
    const names = [v.secret?.secretName, ...(Array.isArray(v.projected?.sources) ? v.projected.sources.map((s: any) => s?.secret?.name) : [])].filter((n): n is string => typeof n === 'string');
    if (names.length === 0) continue;
    const units = cp.pods.filter((p) => timesTaken(m.propagation, p.svc).times > 0).map((p) => p.id);
    for (const n of names) out.set(n, new Set([...(out.get(n) ?? []), ...units]));
  }
  return out;
}

export interface ReachedSecret {
  unit: string;
  secret: string;
  mountPath: string;
  subPath?: string;
  /** secret.items of the volume (key -> path), when it selects keys. */
  items?: Array<{ key: string; path: string }>;
  /** Path of the mount in the control plane. */
  path: Path;
}

const mountedCache = new WeakMap<ControlPlane, ReachedSecret[]>();

/** Every Secret every pod mounts (per the operators' propagation), with where; computed once per control plane. */
export function mountedSecrets(cp: ControlPlane): ReachedSecret[] {
  let out = mountedCache.get(cp);
  if (!out) mountedCache.set(cp, (out = collectMountedSecrets(cp)));
  return out;
}

function collectMountedSecrets(cp: ControlPlane): ReachedSecret[] {
  const out: ReachedSecret[] = [];
  for (const { pod, takes } of cp.mounts) {
    for (const t of takes) {
      t.mounts.forEach((m, i) => {
        const vol = t.volumes.find((v) => v?.name === m?.name);
        if (!vol) return;
        // One entry per Secret source, with the keys it selects (secret.items, or a projected source's items).
        const sources: Array<{ name: string; items?: Array<{ key: string; path: string }> }> = Array.isArray(vol.projected?.sources)
          ? vol.projected.sources.filter((src: any) => typeof src?.secret?.name === 'string').map((src: any) => ({ name: src.secret.name, items: Array.isArray(src.secret.items) ? src.secret.items : undefined }))
          : typeof vol.secret?.secretName === 'string'
            ? [{ name: vol.secret.secretName, items: Array.isArray(vol.secret.items) ? vol.secret.items : undefined }]
            : [];
        for (const src of sources) {
          out.push({ unit: pod.id, secret: src.name, mountPath: normalizeDir(String(m.mountPath ?? '')), subPath: m.subPath, items: src.items, path: [...t.path, 'mounts', i] });
        }
      });
    }
  }
  return out;
}

/** Every unit that lists a Secret in customServiceConfigSecrets. */
export function listedSecrets(cp: ControlPlane): Array<{ unit: string; secret: string; path: Path }> {
  const out: Array<{ unit: string; secret: string; path: Path }> = [];
  for (const c of cp.components) {
    const list = c.value.customServiceConfigSecrets;
    if (!Array.isArray(list)) continue;
    list.forEach((s, i) => typeof s === 'string' && out.push({ unit: unitOf(c), secret: s, path: [...c.path, 'customServiceConfigSecrets', i] }));
  }
  return out;
}

export function normalizeDir(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

/** One INI option the inventory writes, and the unit whose effective config must hold it. */
export interface OptionPromise {
  unit: string;
  section: string;
  key: string;
  value: string;
  at: FieldPath;
}

/** Options from `options` and `sections`, per unit, the later promise for the same key winning (pod over service). */
export function optionPromises(inv: Inventory, cp: ControlPlane): OptionPromise[] {
  const byUnit = new Map<string, Map<string, OptionPromise>>();
  const put = (unit: string, section: string, options: Options, at: FieldPath, skip: Record<string, unknown> = {}) => {
    const m = byUnit.get(unit) ?? new Map<string, OptionPromise>();
    byUnit.set(unit, m);
    for (const [key, v] of Object.entries(options)) {
      if (key in skip) continue; // a driver-fixed option: RB013 refuses a different value
      m.set(`${section}\u0000${key}`, { unit, section, key, value: typeof v === 'string' ? v : iniValue(v), at: [...at, key] });
    }
  };
  const putOne = (unit: string, section: string, key: string, value: string, at: FieldPath) => {
    const m = byUnit.get(unit) ?? new Map<string, OptionPromise>();
    byUnit.set(unit, m);
    m.set(`${section}\u0000${key}`, { unit, section, key, value, at });
  };
  const putSections = (unit: string, sections: Sections, at: FieldPath) => {
    for (const [section, options] of Object.entries(sections)) put(unit, section, options, [...at, section]);
  };
  const units = new Set(cp.components.map(unitOf));
  // Service-wide sections reach every pod of the service that has a component in the control plane.
  const serviceWide = (service: 'cinder' | 'manila', sections: Sections, others: string[]) => {
    if (Object.keys(sections).length === 0) return;
    for (const u of others) if (units.has(u)) putSections(u, sections, ['spec', service, 'sections']);
  };
  serviceWide('cinder', inv.cinder.sections, ['cinder-api', 'cinder-scheduler']);
  for (const b of inv.cinder.backends) {
    const unit = `cinder-volume/${b.name}`;
    putSections(unit, inv.cinder.sections, ['spec', 'cinder', 'sections']);
    if (b.availabilityZone) putOne(unit, b.section, 'backend_availability_zone', b.availabilityZone, [...b.at, 'availabilityZone']);
    put(unit, b.section, b.options, [...b.at, 'options'], getDriver(b.driver, 'cinder')?.options.fixed);
    putSections(unit, b.sections, [...b.at, 'sections']);
  }
  for (const b of inv.cinder.backups) {
    const unit = backupUnit(inv, b.name);
    putSections(unit, inv.cinder.sections, ['spec', 'cinder', 'sections']);
    if (b.availabilityZone) putOne(unit, 'DEFAULT', 'storage_availability_zone', b.availabilityZone, [...b.at, 'availabilityZone']);
    put(unit, 'DEFAULT', b.options, [...b.at, 'options']);
  }
  serviceWide('manila', inv.manila.sections, ['manila-api', 'manila-scheduler']);
  if (units.has('manila-api')) putSections('manila-api', inv.manila.api.sections, ['spec', 'manila', 'api', 'sections']);
  for (const b of inv.manila.backends) {
    const unit = `manila-share/${b.name}`;
    putSections(unit, inv.manila.sections, ['spec', 'manila', 'sections']);
    if (b.availabilityZone) putOne(unit, b.section, 'backend_availability_zone', b.availabilityZone, [...b.at, 'availabilityZone']);
    put(unit, b.section, b.options, [...b.at, 'options'], getDriver(b.driver, 'manila')?.options.fixed);
    putSections(unit, b.sections, [...b.at, 'sections']);
  }
  if (inv.glance.stores.length > 0) {
    for (const api of inv.glance.apis) {
      const unit = `glance-api/${api.name}`;
      for (const s of inv.glance.stores) if (api.stores.includes(s.name)) put(unit, s.name, s.options, [...s.at, 'options']);
      const overlay = overlaySections(inv.glance.sections, api.sections);
      for (const [section, options] of Object.entries(overlay)) {
        for (const key of Object.keys(options)) {
          const own = api.sections[section] && key in api.sections[section];
          put(unit, section, { [key]: options[key] }, own ? [...api.at, 'sections', section] : ['spec', 'glance', 'sections', section]);
        }
      }
    }
  }
  return [...byUnit.values()].flatMap((m) => [...m.values()]);
}

/**
 * The config a unit's service reads, as the operators assemble it: cinder
 * and manila concatenate the template's customServiceConfig before the
 * component's; a glance API's own config replaces the template's.
 */
export function effectiveConfig(cp: ControlPlane): Map<string, { docs: Array<{ doc: IniDocument; component: Component }> }> {
  const out = new Map<string, { docs: Array<{ doc: IniDocument; component: Component }> }>();
  const templates = new Map(cp.components.filter((c) => c.field === 'template').map((c) => [c.service, c]));
  for (const c of cp.components) {
    if (c.field === 'template') continue;
    const docs: Array<{ doc: IniDocument; component: Component }> = [];
    const tpl = templates.get(c.service);
    const own = c.config && c.config.text.trim() !== '' ? c.config : undefined;
    if (c.service === 'glance') {
      const chosen = own ? c : tpl;
      if (chosen?.config) docs.push({ doc: chosen.config.ini, component: chosen });
    } else {
      if (tpl?.config) docs.push({ doc: tpl.config.ini, component: tpl });
      if (own) docs.push({ doc: own.ini, component: c });
    }
    out.set(unitOf(c), { docs });
  }
  return out;
}

/** The last value of `key` in `section` across the unit's config files (oslo.config: the later file wins). */
const linesCache = new WeakMap<Component, string[]>();
const linesOf = (c: Component): string[] => {
  let lines = linesCache.get(c);
  if (!lines) linesCache.set(c, (lines = c.config?.text.split(/\r?\n/) ?? []));
  return lines;
};

/** The value of an INI line as oslo.config reads it (iniparser._split_key_value: first of `=` or `:`). */
function osloRead(line: string): string {
  const colon = line.indexOf(':');
  const equal = line.indexOf('=');
  const sep = colon < 0 || (equal >= 0 && equal < colon) ? equal : colon;
  return osloValue(line.slice(sep + 1));
}

export function lastValue(docs: Array<{ doc: IniDocument; component: Component }>, section: string, key: string): { value: string; component: Component; entry: IniEntry } | undefined {
  let found: { value: string; component: Component; entry: IniEntry } | undefined;
  for (const { doc, component } of docs) {
    const e = lastEntries(doc).get(`${section}\0${key}`);
    if (e) found = { value: osloRead(linesOf(component)[e.line] ?? ''), component, entry: e };
  }
  return found;
}

const lastEntriesCache = new WeakMap<IniDocument, Map<string, IniEntry>>();

/** The last entry of each section and key of a document, indexed once (RB163 asks for every option of every back end, and each template's once per back end). */
function lastEntries(doc: IniDocument): Map<string, IniEntry> {
  let last = lastEntriesCache.get(doc);
  if (!last) {
    last = new Map();
    for (const e of doc.entries) last.set(`${e.section}\0${e.key}`, e);
    lastEntriesCache.set(doc, last);
  }
  return last;
}
