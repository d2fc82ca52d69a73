/**
 * Ceph clusters, pieced together from what reads them: the conf path a
 * back end, store or backup names (rbd_ceph_conf, rbd_store_ceph_conf,
 * backup_ceph_conf, cephfs_conf_path: <dir>/<name>.conf), its client user,
 * pool and rbd_secret_uuid (the fsid), and the Secret mounted at <dir> in the
 * pods that read it (found with the operators' propagation simulator).
 * A missing fsid (or the samples' CHANGEME / _FSID_) becomes a placeholder
 * where something in the imported inventory writes it; elsewhere no fsid is
 * written (settleFsids).
 */
import { kindOf, nameOf, toObject, type Item } from '../io/resources.js';
import { iniOptions } from '../ini/compare.js';
import { lastValue } from './backend-config.js';
import type { Path } from '../manifest/manifest-index.js';
import type { CephRole, Inventory } from '../inventory/model.js';
import { PLACEHOLDER_PREFIX } from '../inventory/placeholders.js';
import { asObject, note, placeholder, secretVolumeName, withSecretName, type CephDraft, type ImportContext } from './context.js';
import { narrowestPropagation } from './propagation.js';
import { BUILTIN_VALUES } from '../propagation/simulate.js';
import { fsidReaders } from '../expand/ceph.js';

export const DEFAULT_CONF = '/etc/ceph/ceph.conf';
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A reader of a cluster: the pod (component and instance) and what it reads with. */
export interface CephReader {
  component: string;
  instance?: string;
  role: CephRole;
  user?: string;
  pool?: string;
  fsid?: string;
  item: Item;
  path: Path;
}

/** The cluster a conf path names; undefined when the path is not <dir>/<name>.conf. */
export function clusterOf(ctx: ImportContext, confPath: string | undefined, reader: CephReader): CephDraft | undefined {
  const conf = confPath ?? DEFAULT_CONF;
  const m = /^(\/.*?)\/*([^/]+)\.conf$/.exec(conf);
  if (!m || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(m[2])) return undefined;
  const [, dir, name] = m;
  let draft = ctx.ceph.find((c) => c.name === name);
  if (!draft) {
    draft = { name, dir, users: {}, pools: {}, seenAt: { item: reader.item, path: reader.path }, readers: [] };
    ctx.ceph.push(draft);
  } else if (draft.dir !== dir) {
    return undefined;
  }
  draft.readers.push(reader);
  if (reader.user !== undefined && draft.users[reader.role] === undefined) draft.users[reader.role] = reader.user;
  const pool = reader.role === 'cinder' ? 'volumes' : reader.role === 'glance' ? 'images' : reader.role === 'cinderBackup' ? 'backups' : undefined;
  if (pool && reader.pool !== undefined && draft.pools[pool] === undefined) draft.pools[pool] = reader.pool;
  if (reader.fsid !== undefined && UUID.test(reader.fsid) && draft.fsid === undefined) draft.fsid = reader.fsid;
  return draft;
}

export interface CephResult {
  clusters: Record<string, unknown>[];
  /** extraVol entries (pointers into the control plane) that hold the clusters' Secrets: render generates them. */
  mountsCovered: Set<string>;
  /** Mounts of those entries' volumes for the pods that read no cluster. */
  otherPods: OtherPodsMount[];
}

/** The spec.ceph entries, once every reader has been seen. */
export function finishCeph(ctx: ImportContext): CephResult {
  const mountsCovered = new Set<string>();
  const takes = new Map<string, CoveredTake>();
  const clusters = ctx.ceph.map((c, i) => {
    const secret = clusterSecret(ctx, c, mountsCovered, takes);
    c.fsid ??= secret && !secret.startsWith('CHANGEME') ? fsidFromSecret(ctx, secret, c.name) : undefined;
    const out: Record<string, unknown> = { name: c.name };
    // A placeholder for now (the data plane may still find the fsid, and its trial inventory needs one); settleFsids decides.
    out.fsid = c.fsid ?? placeholder(`the fsid of Ceph cluster ${c.name} (\`ceph fsid\`; also the libvirt secret UUID on the computes)`);
    if (secret) out.secretName = secret;
    else {
      out.secretName = i === 0 ? 'ceph-conf-files' : `ceph-conf-${c.name}`;
      note(ctx, c.seenAt.item, c.seenAt.path, 'warning', `no Secret is mounted at ${c.dir} in the pods that read Ceph cluster "${c.name}": the inventory names ${out.secretName as string}, which render mounts there`, `create the Secret ${out.secretName as string} with ${c.name}.conf and the client keyring, or change secretName`);
    }
    if (c.dir !== '/etc/ceph') out.mountPath = c.dir;
    const users = Object.entries(c.users) as Array<[CephRole, string]>;
    const user = c.users.cinder ?? users[0]?.[1];
    if (user !== undefined) out.user = user;
    // Per-service users make render mount each pod only the conf and its own keyring, as a source that selects keys does.
    const others = c.selective ? users : users.filter(([, u]) => u !== user);
    if (others.length > 0) out.users = Object.fromEntries(others);
    const pools = Object.fromEntries(Object.entries(c.pools).filter(([, v]) => v !== undefined));
    if (Object.keys(pools).length > 0) out.pools = pools;
    return out;
  });
  return { clusters, mountsCovered, otherPods: mountsForOtherPods(ctx, takes) };
}

/**
 * Once the whole inventory is imported: a cluster keeps its fsid only when
 * something render writes it for reads it (expand/ceph.ts fsidReaders: cinder
 * RBD back ends, data-plane node sets); a placeholder left there is said.
 * `model` is the imported inventory with placeholders stood in for
 * (undefined when it does not load: then every placeholder stays).
 */
export function settleFsids(ctx: ImportContext, clusters: Record<string, unknown>[], model: Inventory | undefined): void {
  const readers = model ? fsidReaders(model) : undefined;
  clusters.forEach((out, i) => {
    const who = readers?.filter((r) => r.cluster.name === out.name).map((r) => r.who);
    if (who && who.length === 0) {
      delete out.fsid;
      return;
    }
    if (typeof out.fsid !== 'string' || !out.fsid.startsWith(PLACEHOLDER_PREFIX)) return;
    const c = ctx.ceph[i];
    const needs = who ? `, which render writes as rbd_secret_uuid for ${who.join(', ')}` : '';
    note(ctx, c.seenAt.item, c.seenAt.path, 'warning', `Ceph cluster "${c.name}" has no fsid in the source (rbd_secret_uuid is missing or a placeholder)${needs}: the inventory has a placeholder that render refuses until it is filled in`, `write the cluster's fsid (\`ceph fsid\`) at spec.ceph[${i}].fsid`);
  });
}

/** A source mount render replaces with the clusters' own: where it is, and the Secrets its volume holds. */
interface CoveredTake {
  path: Path;
  dir: string;
  /** The volume and mount at the cluster's directory. */
  volume: Record<string, any>;
  mount: Record<string, any>;
  secrets: string[];
  /** The Secrets of the volume a cluster takes as its own. */
  claimed: Set<string>;
}

/** Propagation values that reach pods outside cinder, manila and glance (jobs, other services). */
const OTHER_SERVICES_VALUES = new Set(Object.entries(BUILTIN_VALUES).filter(([service]) => !['cinder', 'manila', 'glance'].includes(service)).flatMap(([, values]) => values));

/** A mount of the source's Ceph volume for the pods that read no cluster (spec.mounts; named by the caller). */
export interface OtherPodsMount {
  path: Path;
  /** The source volume's name, which the caller makes unique. */
  volumeName: string;
  entry: Record<string, unknown>;
}

/**
 * What of the Ceph mounts render replaces it does not give again. Pods that
 * take such a mount but read no cluster keep it as a mount of their own,
 * with the narrowest propagation that reaches exactly them, so every pod
 * keeps its reach and render adopts the source's entry (said, since those
 * pods may well not need the keyrings); when no propagation reaches exactly
 * them, render leaves them out (said). Secrets mounted with the cluster
 * files that are no cluster's, and other mounts of the same extraVol entry,
 * are said too (a second mount at the cluster's path would clash).
 */
function mountsForOtherPods(ctx: ImportContext, takes: ReadonlyMap<string, CoveredTake>): OtherPodsMount[] {
  const cp = ctx.controlPlane!;
  const readers = ctx.ceph.flatMap((c) => c.readers);
  const out: OtherPodsMount[] = [];
  for (const [key, take] of takes) {
    const pods = cp.mounts
      .filter((pm) => pm.takes.some((t) => JSON.stringify(t.path) === key))
      .filter((pm) => !readers.some((r) => r.component === pm.pod.component && (r.instance === undefined || r.instance === pm.pod.instance)))
      .map((pm) => pm.pod.id);
    const what = `the Ceph files at ${take.dir} (${take.secrets.join(', ')})`;
    const propagation = pods.length > 0 ? narrowestPropagation(cp.pods, new Set(pods)) : undefined;
    if (pods.length > 0 && propagation) {
      const { name, ...source } = take.volume;
      const entry: Record<string, unknown> = { propagation, volume: source.secret ? { ...source, secret: withSecretName(source.secret) } : source, mountPath: take.mount.mountPath };
      if (typeof take.mount.subPath === 'string') entry.subPath = take.mount.subPath;
      if (take.mount.readOnly !== true) entry.readOnly = false;
      out.push({ path: take.path, volumeName: String(name), entry });
      note(ctx, cp.item, take.path, 'warning', `${what} also reach ${pods.join(', ')}, which read no Ceph cluster: import keeps that as a mount of their own (propagation ${propagation.join(', ')}), so every pod keeps its reach; render mounts the cluster files in the pods that read a cluster`, 'remove that mount from spec.mounts if these pods do not need the keyrings');
    } else if (pods.length > 0) {
      note(ctx, cp.item, take.path, 'warning', `${what} also reach ${pods.join(', ')}, which read no Ceph cluster, and no propagation reaches exactly them: render mounts the cluster files only in the pods that read a cluster`, 'if one of these pods does read the files, add a mount for it under spec.mounts');
    }
    const extraVol = asObject(take.path.reduce<any>((o, k) => o?.[k], cp.obj));
    // A top-level entry with no propagation, All, or another service's value also reaches pods the simulator
    // does not model (other services'): render gives them nothing from it.
    const given: unknown[] = Array.isArray(extraVol.propagation) ? extraVol.propagation : [];
    const beyond = given.length === 0 ? ['(none: every pod)'] : given.filter((v): v is string => typeof v === 'string' && OTHER_SERVICES_VALUES.has(v));
    if (take.path[1] === 'extraMounts' && beyond.length > 0) {
      note(ctx, cp.item, take.path, 'warning', `${what} also reach pods of services other than cinder, manila and glance (propagation ${beyond.join(', ')}): render mounts the cluster files only in the storage pods`, 'if another service reads them, add a mount for it under spec.mounts');
    }
    const elsewhere = (Array.isArray(extraVol.mounts) ? extraVol.mounts.map(asObject) : []).filter((m: Record<string, any>) => String(m.mountPath ?? '').replace(/\/+$/, '') !== take.dir);
    if (elsewhere.length > 0) {
      note(ctx, cp.item, take.path, 'warning', `this extraVol entry also mounts ${elsewhere.map((m: Record<string, any>) => m.mountPath).join(', ')}: render generates the Ceph cluster files at ${take.dir} only, so the other mounts are not imported`, 'move them to an extraVol entry of their own and import again, or add them under spec.mounts');
    }
    const others = take.secrets.filter((n) => !take.claimed.has(n));
    if (others.length > 0) {
      note(ctx, cp.item, take.path, 'warning', `the Secret${others.length > 1 ? 's' : ''} ${others.join(', ')}, mounted at ${take.dir} with the Ceph cluster files, ${others.length > 1 ? 'are' : 'is'} no cluster's: render mounts only the clusters' Secrets there`, `mount ${others.length > 1 ? 'them' : 'it'} elsewhere under spec.mounts, or each key with subPath under ${take.dir}`);
    }
  }
  return out;
}

/** A Ceph mount render replaces: say what happens to propagation values that matched no pod (the published `CinderBackups`). */
function noteUnmatchedValues(ctx: ImportContext, path: Path): void {
  const cp = ctx.controlPlane!;
  let v: any = cp.obj;
  for (const seg of path) v = v?.[seg];
  const given: unknown[] = Array.isArray(v?.propagation) ? v.propagation : [];
  const unmatched = given.filter((p): p is string => typeof p === 'string' && !cp.validValues.has(p));
  if (unmatched.length === 0) return;
  note(ctx, cp.item, [...path, 'propagation'], 'warning', `propagation ${unmatched.join(', ')} matches no pod: import dropped it; render mounts the Ceph files in exactly the pods that read the cluster`);
}

/** The package's Secret `secret` has the key <cluster>.conf. */
function secretHoldsConf(ctx: ImportContext, secret: string, cluster: string): boolean {
  const o = secretObject(ctx, secret);
  return o !== undefined && (o.stringData?.[`${cluster}.conf`] !== undefined || o.data?.[`${cluster}.conf`] !== undefined);
}

function secretObject(ctx: ImportContext, name: string): Record<string, any> | undefined {
  const item = ctx.items.find((it) => kindOf(it) === 'Secret' && nameOf(it) === name);
  return item ? toObject(item) : undefined;
}

/** [global] fsid of <name>.conf in the package's Secret `secret` (plain Secrets only; nothing else is read from it). */
function fsidFromSecret(ctx: ImportContext, secret: string, cluster: string): string | undefined {
  const o = secretObject(ctx, secret);
  if (!o) return undefined;
  const key = `${cluster}.conf`;
  const text = typeof o.stringData?.[key] === 'string' ? o.stringData[key] : typeof o.data?.[key] === 'string' ? Buffer.from(o.data[key], 'base64').toString('utf8') : undefined;
  const fsid = text !== undefined ? lastValue(iniOptions(text).get('global')?.get('fsid')) : undefined;
  return fsid !== undefined && UUID.test(fsid) ? fsid : undefined;
}

/** The Secret mounted at the cluster's directory in the pods that read it (the first one found). */
function clusterSecret(ctx: ImportContext, c: CephDraft, covered: Set<string>, takes: Map<string, CoveredTake>): string | undefined {
  const cp = ctx.controlPlane;
  if (!cp) return undefined;
  let found: string | undefined;
  for (const pm of cp.mounts) {
    if (!c.readers.some((r) => r.component === pm.pod.component && (r.instance === undefined || r.instance === pm.pod.instance))) continue;
    for (const take of pm.takes) {
      for (const m of take.mounts.map(asObject)) {
        if (String(m.mountPath ?? '').replace(/\/+$/, '') !== c.dir) continue;
        const at = take.volumes.map(asObject).findIndex((v) => v.name === m.name);
        const vol = at >= 0 ? asObject(take.volumes[at]) : undefined;
        const single = vol?.secret ? secretVolumeName(ctx, cp.item, [...take.path, 'volumes', at], vol.secret) : undefined;
        const names: string[] = single !== undefined ? [single] : Array.isArray(vol?.projected?.sources) ? vol!.projected.sources.map((s: any) => s?.secret?.name).filter((n: unknown) => typeof n === 'string') : [];
        if (names.length === 0) continue;
        const name = names.length === 1 ? names[0] : (names.find((n) => secretHoldsConf(ctx, n, c.name)) ?? names.find((n) => n.includes(c.name)) ?? placeholder(`the Secret holding ${c.name}.conf (one of ${names.join(', ')}, mounted together at ${c.dir})`));
        if (typeof name === 'string') {
          found ??= name;
          const source = vol?.secret ?? (vol?.projected?.sources ?? []).map((s: any) => s?.secret).find((s: any) => s?.name === name);
          if (Array.isArray(source?.items)) c.selective = true;
          const key = JSON.stringify(take.path);
          if (!covered.has(key)) noteUnmatchedValues(ctx, take.path);
          covered.add(key);
          const seen = takes.get(key) ?? { path: take.path, dir: c.dir, volume: vol!, mount: m, secrets: names, claimed: new Set<string>() };
          // A placeholder (which of several is this cluster's) leaves the choice to the user: all are candidates.
          for (const n of names.includes(name) ? [name] : names) seen.claimed.add(n);
          takes.set(key, seen);
        }
      }
    }
  }
  return found;
}
