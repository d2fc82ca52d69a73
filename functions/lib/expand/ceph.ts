/**
 * Ceph clusters: the cluster files (<name>.conf, <name>.client.<user>.keyring)
 * reach exactly the pods that read that cluster, and nothing else.
 *
 * Design (see docs/storage-services.md, "Ceph mounts"):
 * - One `extraVolType: Ceph` entry per service template (cinder, manila,
 *   glance), never the top-level list: instance names are one flat namespace
 *   across services (DCN has cinderVolumes.az0, manilaShares.az0 and
 *   glanceAPIs.az0), so a top-level `[az0]` would hand every az0 pod the same
 *   clusters although the glance API reads more of them.
 * - Propagation is by instance name (and CinderBackup, which has none), so a
 *   pod that does not use Ceph gets nothing.
 * - Pods are grouped by the set of clusters they read; each group gets one
 *   extraVol whose volume is the cluster Secret, or one projected volume of
 *   several Secrets (as glance-operator's multistore sample does) when the
 *   group reads several clusters. All clusters land side by side under
 *   /etc/ceph, as in the peers' DCN render (az0.conf, az1.conf, ...), but each
 *   pod sees only its own clusters, and no pod receives two volumes with the
 *   same name or mountPath.
 */
import type { CephCluster, CephRole, FieldPath, Inventory } from '../inventory/model.js';
import { backupDriverProfiles, getDriver, glanceStoreTypes, renderTemplate } from '../catalog/index.js';
import { readPackageFile, type ExpandContext } from './context.js';
import { generatedMetadata, type Expansion } from './plan.js';

export type CephService = 'cinder' | 'manila' | 'glance';

/** One pod (or set of pods) that reads Ceph clusters, by its propagation value. */
export interface CephConsumer {
  service: CephService;
  /** Propagation value: the instance name, or CinderBackup. */
  value: string;
  clusters: string[];
  at: FieldPath;
}

export const CEPH_VOLUME = 'ceph';
export const DEFAULT_CEPH_DIR = '/etc/ceph';

/** Key names in the cluster Secret: the names Ceph looks for in its config directory. */
export const confKey = (c: CephCluster) => `${c.name}.conf`;
export const keyringKey = (c: CephCluster, user: string = c.user) => `${c.name}.client.${user}.keyring`;

/** The client user a service reads a cluster with: its own from `users`, else `user`. */
export const cephUser = (c: CephCluster, role: CephRole): string => c.users[role] ?? c.user;

/** Every client user of a cluster that some reader uses (`user` first when a service falls back to it). */
export function cephUsersInUse(inv: Inventory, c: CephCluster): string[] {
  const roles = new Set(cephConsumers(inv).filter((x) => x.clusters.includes(c.name)).map(roleOf));
  return [...new Set([...roles].map((r) => cephUser(c, r)))];
}

/** The service whose client user a consumer reads with. */
export const roleOf = (c: CephConsumer): CephRole => (c.value === 'CinderBackup' ? 'cinderBackup' : c.service);

/** With per-service users, each pod mounts only the conf and its own keyring (secret items), not the whole Secret. */
const selective = (c: CephCluster) => Object.keys(c.users).length > 0;

/** The cluster a back end, store or backup reads: the named one, or the only one. */
export function resolveCluster(inv: Inventory, name: string | undefined): CephCluster | undefined {
  if (name !== undefined) return inv.ceph.find((c) => c.name === name);
  return inv.ceph.length === 1 ? inv.ceph[0] : undefined;
}

/** Every Ceph reader of the inventory, in inventory order, one entry per propagation value. */
export function cephConsumers(inv: Inventory): CephConsumer[] {
  const out: CephConsumer[] = [];
  const add = (service: CephService, value: string, cluster: string | undefined, at: FieldPath) => {
    const c = resolveCluster(inv, cluster);
    if (!c) return; // RB010 reports it
    const existing = out.find((x) => x.service === service && x.value === value);
    if (existing) {
      if (!existing.clusters.includes(c.name)) existing.clusters.push(c.name);
    } else out.push({ service, value, clusters: [c.name], at });
  };
  for (const b of inv.cinder.backends) if (getDriver(b.driver, 'cinder')?.needsCephCluster) add('cinder', b.name, b.cluster, b.at);
  // Backup pods have no instance name in their service list: CinderBackup reaches all of them.
  for (const b of inv.cinder.backups) if (b.driver === 'ceph') add('cinder', 'CinderBackup', b.cluster, b.at);
  for (const b of inv.manila.backends) if (getDriver(b.driver, 'manila')?.needsCephCluster) add('manila', b.name, b.cluster, b.at);
  for (const api of inv.glance.apis) {
    for (const s of inv.glance.stores) if (s.type === 'rbd' && api.stores.includes(s.name)) add('glance', api.name, s.cluster, api.at);
  }
  return out;
}

/** Something render writes a cluster's fsid for: what it is (for messages) and where the inventory says it. */
export interface FsidReader {
  cluster: CephCluster;
  who: string;
  at: FieldPath;
}

const FSID_MARKER = 'f51d0000-0000-4000-8000-000000000000';
const writesFsid = new Map<string, boolean>();

/** A catalog template writes the cluster's fsid: rendered once with a marker fsid, the marker shows in its output. */
function templateWritesFsid(template: string): boolean {
  let found = writesFsid.get(template);
  if (found === undefined) {
    found = renderTemplate(template, { ceph: { name: 'x', fsid: FSID_MARKER, user: 'u', pools: {}, confPath: '/etc/ceph/x.conf', isDefaultName: false } }).includes(FSID_MARKER);
    writesFsid.set(template, found);
  }
  return found;
}

/**
 * Every reader whose rendered output carries its cluster's fsid: back ends,
 * backups and glance stores whose catalog template writes it (cinder ceph-rbd:
 * rbd_secret_uuid), and every data-plane node set (nova's rbd_secret_uuid,
 * the computes' libvirt secret UUID; dataplane/computes.ts). The one home of
 * this fact: RB080 refuses a cluster without fsid that one of them reads,
 * import writes an fsid only for these clusters.
 */
export function fsidReaders(inv: Inventory): FsidReader[] {
  const out: FsidReader[] = [];
  const add = (template: string | undefined, cluster: string | undefined, who: string, at: FieldPath) => {
    const c = resolveCluster(inv, cluster);
    if (c && (template === undefined || templateWritesFsid(template))) out.push({ cluster: c, who, at });
  };
  for (const [service, list] of [['cinder', inv.cinder.backends], ['manila', inv.manila.backends]] as const) {
    for (const b of list) {
      const d = getDriver(b.driver, service);
      if (d?.needsCephCluster) add(d.template, b.cluster, `${service} back end ${b.name} (${b.driver})`, b.at);
    }
  }
  for (const b of inv.cinder.backups) {
    const d = backupDriverProfiles[b.driver];
    if (d?.needsCephCluster) add(d.template, b.cluster, `cinder backup ${b.name}`, b.at);
  }
  for (const s of inv.glance.stores) if (s.type === 'rbd') add(glanceStoreTypes.rbd.template, s.cluster, `glance store ${s.name}`, s.at);
  for (const n of inv.dataPlane.nodeSets) add(undefined, n.cluster, `data-plane node set ${n.name}`, n.at);
  return out;
}

/** Volume name for the clusters mounted at `dir`: `ceph` for /etc/ceph, else ceph-<first cluster there>. */
function volumeName(dir: string, clusters: CephCluster[]): string {
  return dir === DEFAULT_CEPH_DIR ? CEPH_VOLUME : `${CEPH_VOLUME}-${clusters[0].name}`;
}

/** The keys one reader (role) of `c` mounts: the conf and its user's keyring (undefined: the whole Secret). */
function itemsFor(c: CephCluster, role: CephRole | undefined): Array<{ key: string; path: string }> | undefined {
  if (!role || !selective(c)) return undefined;
  return [confKey(c), keyringKey(c, cephUser(c, role))].map((k) => ({ key: k, path: k }));
}

function volumesFor(clusters: CephCluster[], role?: CephRole): { volumes: unknown[]; mounts: unknown[] } {
  const byDir = new Map<string, CephCluster[]>();
  for (const c of clusters) {
    const dir = c.mountPath.replace(/\/+$/, '') || '/';
    byDir.set(dir, [...(byDir.get(dir) ?? []), c]);
  }
  const volumes: unknown[] = [];
  const mounts: unknown[] = [];
  for (const [dir, here] of byDir) {
    const name = volumeName(dir, here);
    const secrets = [...new Set(here.map((c) => c.secretName))];
    // Keys per Secret when some cluster there has per-service users (clusters sharing a Secret add theirs).
    const items = (secret: string) => {
      const of = here.filter((c) => c.secretName === secret).map((c) => itemsFor(c, role));
      return of.some((i) => i === undefined) ? undefined : of.flat().filter((it, i, all) => all.findIndex((x) => x!.key === it!.key) === i);
    };
    volumes.push(
      secrets.length === 1
        ? { name, secret: { secretName: secrets[0], ...(items(secrets[0]) ? { items: items(secrets[0]) } : {}) } }
        : { name, projected: { sources: secrets.map((s) => ({ secret: { name: s, ...(items(s) ? { items: items(s) } : {}) } })) } },
    );
    mounts.push({ name, mountPath: dir, readOnly: true });
  }
  return { volumes, mounts };
}

export function expandCeph(ctx: ExpandContext, out: Expansion): void {
  const inv = ctx.inventory;
  if (inv.ceph.length === 0) return;
  const consumers = cephConsumers(inv);

  for (const service of ['cinder', 'manila', 'glance'] as const) {
    // Group the service's consumers by the clusters they read (in inventory order).
    // With per-service users, readers with another user (cinder-volume vs cinder-backup) mount other keys.
    const groups = new Map<string, { clusters: CephCluster[]; values: string[]; role?: CephRole }>();
    for (const c of consumers.filter((x) => x.service === service)) {
      const clusters = inv.ceph.filter((k) => c.clusters.includes(k.name));
      const role = clusters.some(selective) ? roleOf(c) : undefined;
      const key = clusters.map((k) => k.name).join(',') + (role ? `|${role}` : '');
      const g = groups.get(key) ?? { clusters, values: [], role };
      g.values.push(c.value);
      groups.set(key, g);
    }
    if (groups.size === 0) continue;
    const extraVol = [...groups.values()].map((g) => ({ propagation: g.values, extraVolType: 'Ceph', ...volumesFor(g.clusters, g.role) }));
    out.controlPlane.push({
      kind: 'item',
      path: ['spec', service, 'template', 'extraMounts'],
      key: CEPH_VOLUME,
      origin: ['spec', 'ceph'],
      value: { name: CEPH_VOLUME, extraVol },
    });
  }

  const used = new Set(consumers.flatMap((c) => c.clusters));
  generateClusterSecrets(ctx, out);
  const listed = new Set<string>();
  for (const c of inv.ceph) {
    if (!used.has(c.name) || c.files || listed.has(c.secretName)) continue;
    listed.add(c.secretName);
    out.externalSecrets.push({ name: c.secretName, origin: [...c.at, 'secretName'] });
  }
}

/**
 * Secrets built from package files (ceph[].files). Clusters that share a
 * secretName share one Secret. Generated even when no control-plane pod
 * reads the cluster: the data plane (nova) mounts the same Secret.
 */
function generateClusterSecrets(ctx: ExpandContext, out: Expansion): void {
  const inv = ctx.inventory;
  // The keyring is secret material: RB027 stops the run before this without allowPlaintext.
  if (!inv.secrets.allowPlaintext) return;
  const bySecret = new Map<string, { stringData: Record<string, string>; data: Record<string, string>; origin: FieldPath }>();
  for (const c of inv.ceph) {
    if (!c.files) continue;
    const s = bySecret.get(c.secretName) ?? { stringData: {}, data: {}, origin: [...c.at, 'files'] };
    bySecret.set(c.secretName, s);
    // The keyring of every per-service user in use (RB057 reports one without a file).
    const userKeyrings = cephUsersInUse(inv, c)
      .filter((u) => u !== c.user && c.files!.keyrings?.[u] !== undefined)
      .map((u) => [keyringKey(c, u), c.files!.keyrings![u], ['keyrings', u]] as const);
    const sources: ReadonlyArray<readonly [string, string, string | readonly string[]]> = [[confKey(c), c.files.conf, 'conf'], [keyringKey(c), c.files.keyring, 'keyring'], ...userKeyrings];
    for (const [key, rel, field] of sources) {
      const content = readPackageFile(ctx, rel, [...c.at, 'files', ...(typeof field === 'string' ? [field] : field)]);
      if (content === undefined) continue;
      const text = content.toString('utf8');
      if (Buffer.from(text, 'utf8').equals(content) && !/[\u0000-\u0008\u000E-\u001F]/.test(text)) s.stringData[key] = text;
      else s.data[key] = content.toString('base64');
    }
  }
  for (const [name, s] of bySecret) {
    out.resources.push({
      origin: s.origin,
      value: {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: generatedMetadata(name, inv.controlPlane.namespace, inv.name, { service: 'ceph', component: 'ceph-conf' }),
        type: 'Opaque',
        ...(Object.keys(s.data).length ? { data: s.data } : {}),
        ...(Object.keys(s.stringData).length ? { stringData: s.stringData } : {}),
      },
    });
  }
}
