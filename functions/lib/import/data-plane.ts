/**
 * The host side of a hand-written package (docs/dataplane.md, docs/hosts.md):
 *
 * - each OpenStackDataPlaneNodeSet whose computes read a Ceph cluster (a
 *   Secret at /etc/ceph in its ansible jobs, or a nova config with RBD
 *   settings) becomes a spec.dataPlane.nodeSets[] entry: the cluster from
 *   images_rbd_ceph_conf, rbd_secret_uuid or the Ceph files it mounts; the
 *   ephemeral disks, pool and glance store from [libvirt]; the cell from the
 *   nova service's nova-cell<N>-compute-config; multipath from
 *   volume_use_multipath. A node set is mapped only when what the inventory
 *   generates for it (dataplane/computes.ts, the same plans render uses)
 *   reads the same as what the package has: same nova service and ConfigMap
 *   names, same Ceph files, same nova options. Otherwise it stays the user's
 *   and is listed, with what differs.
 * - MachineConfigs in the package that provide what the imported back ends'
 *   protocols need become spec.hosts with machineConfigs: check (the package
 *   keeps them; RB212 checks them), when one role's MachineConfigs provide
 *   every needed one.
 *
 * Never invents: a nova config the source leaves as a placeholder gives a
 * placeholder ephemeral type; several clusters the mount cannot tell apart
 * give a placeholder cluster.
 */
import { isDeepStrictEqual } from 'node:util';
import { iniOptions, compareIniOptions, describeIniDifference, type IniOptions } from '../ini/compare.js';
import { itemFromValue, labelOf, nameOf, namespaceOf, type Item } from '../io/resources.js';
import { loadInventory } from '../inventory/load.js';
import type { Inventory, NodeSet } from '../inventory/model.js';
import { findPlaceholderValues, PLACEHOLDER_PREFIX, SOURCE_PLACEHOLDER } from '../inventory/placeholders.js';
import { computePlans, DATAPLANE_CEPH_DIR, glanceStoreFor, type ComputePlan } from '../dataplane/computes.js';
import { CELL_CONFIG, isNodeSet, novaConfigFiles, viewNodeSet, type NodeSetView } from '../dataplane/read.js';
import { neededMachineConfigs, ROLE_LABEL } from '../hosts/prerequisites.js';
import { fcInUse, isFc, servesCinderStore } from '../hosts/placement.js';
import { machineConfigs, provides } from '../rules/manifest/machine-configs.js';
import { sameMounts, maskCredential } from '../pipeline/adopt.js';
import { keep, note, placeholder, type ImportContext } from './context.js';

export interface DataPlaneResult {
  nodeSets: Record<string, unknown>[];
  hosts?: Record<string, unknown>;
}

/** What the source says about one node set, before the soundness check. */
interface Draft {
  view: NodeSetView;
  entry: Record<string, any>;
  /** The nova config as the computes read it; undefined when the source leaves it a placeholder or has none. */
  ini?: IniOptions;
  /** The mapped cluster (undefined: a placeholder). */
  cluster?: string;
}

const DEFAULT_POOL = 'vms';
const DEFAULT_CELL = 1;

/**
 * `spec` is the inventory's spec as imported so far (no dataPlane yet);
 * `standIn` gives a placeholder's field a value of the right form, so the
 * trial inventory loads.
 */
export function importDataPlane(ctx: ImportContext, spec: Record<string, any>, standIn: (field: readonly (string | number)[]) => string): DataPlaneResult {
  const clusters: Array<{ name: string; fsid?: string }> = Array.isArray(spec.ceph) ? spec.ceph : [];
  const ns = ctx.controlPlane?.namespace;
  const nodeSets = ctx.items.filter((it) => isNodeSet(it) && !(ns && namespaceOf(it) && namespaceOf(it) !== ns));
  fsidsFromComputes(ctx, clusters, nodeSets);
  const model = trialModel(spec, standIn);
  const drafts: Draft[] = [];
  for (const item of nodeSets) {
    const draft = readNodeSet(ctx, item, clusters, model);
    if (draft) drafts.push(draft);
  }
  const mapped = model ? soundOnes(ctx, drafts, model) : drafts;
  return { nodeSets: mapped.map((d) => d.entry), hosts: importHosts(ctx, model) };
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The nova config a NodeSet's computes read (undefined: none, or the source leaves it a placeholder). */
function novaIniOf(ctx: ImportContext, view: NodeSetView): { ini?: IniOptions; files: ReturnType<typeof novaConfigFiles>; placeholder: boolean } {
  const files = novaConfigFiles(ctx.items, view.dataSources, namespaceOf(view.item));
  const placeholder = files.some((f) => SOURCE_PLACEHOLDER.test(f.text) && iniOptions(f.text).size === 0);
  return { files, placeholder, ini: files.length > 0 && !placeholder ? merged(files.map((f) => iniOptions(f.text))) : undefined };
}

/**
 * A cluster whose fsid the control plane does not show (only glance or
 * manila read it) gets it from the computes: nova's rbd_secret_uuid is the
 * fsid of the cluster its images_rbd_ceph_conf names (the libvirt secret,
 * DATAPLANE.md §1.3). Done before anything reads the clusters.
 */
function fsidsFromComputes(ctx: ImportContext, clusters: Array<{ name: string; fsid?: string }>, nodeSets: readonly Item[]): void {
  for (const item of nodeSets) {
    const view = viewNodeSet(ctx.items, item);
    const libvirt = novaIniOf(ctx, view).ini?.get('libvirt');
    const name = /^\/etc\/ceph\/([^/]+)\.conf$/.exec(libvirt?.get('images_rbd_ceph_conf')?.at(-1) ?? '')?.[1];
    const uuid = libvirt?.get('rbd_secret_uuid')?.at(-1);
    const cluster = clusters.find((c) => c.name === name);
    if (!cluster || !uuid || !UUID.test(uuid) || (cluster.fsid !== undefined && !cluster.fsid.startsWith(PLACEHOLDER_PREFIX))) continue;
    cluster.fsid = uuid;
    note(ctx, item, ['metadata', 'name'], 'info', `Ceph cluster "${cluster.name}": fsid ${uuid} from the rbd_secret_uuid of NodeSet ${view.name}'s nova config (the libvirt secret UUID is the cluster's fsid)`);
  }
}

function readNodeSet(ctx: ImportContext, item: Item, clusters: ReadonlyArray<{ name: string; fsid?: string }>, model: Inventory | undefined): Draft | undefined {
  const view = viewNodeSet(ctx.items, item);
  const misplaced = view.dataSources.filter((d) => d.misplaced);
  // The intent of a misplaced data source is plain (its name); the operator reads none of them (DATAPLANE.md §6 row 1).
  const { files, placeholder: placeholderConfig, ini } = novaIniOf(ctx, view);
  const libvirt = ini?.get('libvirt');
  const value = (key: string) => libvirt?.get(key)?.at(-1);
  const customNova = view.nova?.item !== undefined;
  const readsCeph = view.cephMount !== undefined || value('images_type') === 'rbd' || value('rbd_secret_uuid') !== undefined || (customNova && placeholderConfig);
  if (!readsCeph) return undefined;
  const at = ['metadata', 'name'];
  if (clusters.length === 0) {
    keep(ctx, item, ['spec'], 'its computes read Ceph, but the control plane names no Ceph cluster for the inventory to give them');
    return undefined;
  }
  if (misplaced.length > 0 && view.nova?.item) {
    note(ctx, view.nova.item, ['spec', 'dataSources'], 'warning', `dataSources ${misplaced.map((d) => d.name).join(', ')} are written with name beside ${misplaced[0].kind === 'ConfigMap' ? 'configMapRef' : 'secretRef'}: null, so the operator mounts none of them (published bug, DATAPLANE.md §6 row 1): import reads the names as meant; render writes them under configMapRef / secretRef`);
  }

  const entry: Record<string, any> = { name: view.name };
  // The cluster: the conf nova names, else the fsid it names, else the Ceph files the jobs get.
  const confName = /^\/etc\/ceph\/([^/]+)\.conf$/.exec(value('images_rbd_ceph_conf') ?? '')?.[1];
  if (confName !== undefined && !clusters.some((c) => c.name === confName)) {
    // A cluster only the computes read: its Secret and keyring layout are not in the control plane to map from.
    keep(ctx, item, ['spec'], `its computes read Ceph cluster ${confName} (images_rbd_ceph_conf), which no control-plane service reads; import maps clusters from the control plane's readers`);
    note(ctx, item, at, 'warning', `NodeSet ${view.name} is not imported: its computes read Ceph cluster ${confName}, which no cinder, glance or manila configuration in the control plane reads; it stays yours`, `add the cluster to spec.ceph and the node set to spec.dataPlane.nodeSets by hand (docs/dataplane.md)`);
    return undefined;
  }
  let cluster = clusters.find((c) => c.name === confName)?.name ?? clusters.find((c) => c.fsid !== undefined && c.fsid === value('rbd_secret_uuid'))?.name;
  if (!cluster && view.cephMount && model) {
    const fits = model.ceph.filter((c) => {
      const plan = planFor(model, { at: ['spec', 'dataPlane', 'nodeSets', 0], name: view.name, cluster: c.name, ephemeral: { type: 'rbd', pool: DEFAULT_POOL }, cell: DEFAULT_CELL, multipath: true });
      return plan !== undefined && sameMounts(plan.extraMount, view.cephMount!.value);
    });
    if (fits.length === 1) cluster = fits[0].name;
  }
  if (!cluster && clusters.length === 1) cluster = clusters[0].name;
  if (clusters.length > 1) {
    entry.cluster = cluster ?? placeholder(`the Ceph cluster (spec.ceph[].name) of NodeSet ${view.name}: its nova config and Ceph files do not say which of ${clusters.map((c) => c.name).join(', ')}`);
    if (!cluster) note(ctx, item, at, 'warning', `NodeSet ${view.name}: which Ceph cluster its computes use is not clear from the source: the inventory has a placeholder that render refuses until it is filled in`, `write the cluster at spec.dataPlane.nodeSets[name=${view.name}].cluster`);
  }

  if (ini) {
    const type = value('images_type') === 'rbd' ? 'rbd' : 'local';
    const ephemeral: Record<string, unknown> = { type };
    if (type === 'rbd' && value('images_rbd_pool') !== undefined && value('images_rbd_pool') !== DEFAULT_POOL) ephemeral.pool = value('images_rbd_pool');
    const store = value('images_rbd_glance_store_name');
    if (type === 'rbd' && store !== undefined && !isDefaultStore(model, view.name, cluster, store)) ephemeral.glanceStore = store;
    entry.ephemeral = ephemeral;
  } else {
    const where = files.length > 0 ? `${files.map((f) => `${f.source.kind} ${f.source.name} key ${f.key}`).join(', ')} is a placeholder` : customNova ? `nova service ${view.nova!.name} carries no *nova*.conf` : `it runs the bundled nova service, which has no [libvirt] images_type`;
    entry.ephemeral = { type: placeholder(`the ephemeral disks of NodeSet ${view.name}: rbd (in Ceph, pool vms) or local (${where})`) };
    note(ctx, item, at, 'warning', `NodeSet ${view.name}: the source does not say where its computes keep ephemeral disks (${where}): the inventory has a placeholder that render refuses until it is filled in`, `write rbd or local at spec.dataPlane.nodeSets[name=${view.name}].ephemeral.type`);
  }
  const cell = view.dataSources.map((d) => CELL_CONFIG.exec(d.name)?.[1]).find((c) => c !== undefined);
  if (cell !== undefined && Number(cell) !== DEFAULT_CELL) entry.cell = Number(cell);
  if (/^false$/i.test(value('volume_use_multipath') ?? '')) entry.multipath = false;
  if (!view.cephMount) note(ctx, item, at, 'info', `NodeSet ${view.name} mounts no Ceph files at ${DATAPLANE_CEPH_DIR}: render adds the mount of its cluster's Secret`);
  return { view, entry, ini, cluster };
}

/** Is `store` what the inventory writes for the node set when it names none? */
function isDefaultStore(model: Inventory | undefined, name: string, cluster: string | undefined, store: string): boolean {
  if (!model) return false;
  const c = cluster ? model.ceph.find((x) => x.name === cluster) : model.ceph.length === 1 ? model.ceph[0] : undefined;
  return c !== undefined && glanceStoreFor(model, { at: [], name, ephemeral: { type: 'rbd', pool: DEFAULT_POOL }, cell: DEFAULT_CELL, multipath: true }, c) === store;
}

/**
 * The node sets whose generated objects read the same as the source's (so
 * render adopts them); the others stay the user's, listed with what differs.
 */
function soundOnes(ctx: ImportContext, drafts: Draft[], model: Inventory): Draft[] {
  let kept = drafts;
  // Names depend on all node sets (several clusters: per-site names), so check until nothing more drops out.
  for (;;) {
    const nodeSets = kept.map((d, i) => toModel(d, i));
    const plans = computePlans({ ...model, dataPlane: { nodeSets } });
    const unsound = kept.map((d) => ({ d, why: d.cluster === undefined ? [] : differences(d, plans.find((p) => p.nodeSet.name === d.view.name)) })).filter((x) => x.why.length > 0);
    if (unsound.length === 0) return kept;
    for (const { d, why } of unsound) {
      keep(ctx, d.view.item, ['spec'], `the inventory would not generate what this NodeSet has: ${why.join('; ')}`);
      note(ctx, d.view.item, ['metadata', 'name'], 'warning', `NodeSet ${d.view.name} is not imported: what the inventory generates for it would differ from the package (${why.join('; ')}); it stays yours`, 'make the NodeSet, its nova service and ConfigMap what docs/dataplane.md describes, then import again, or keep managing them by hand');
    }
    kept = kept.filter((d) => !unsound.some((u) => u.d === d));
  }
}

function toModel(d: Draft, i: number): NodeSet {
  const e = d.entry;
  const type = e.ephemeral?.type === 'local' ? 'local' : 'rbd';
  return { at: ['spec', 'dataPlane', 'nodeSets', i], name: e.name, cluster: d.cluster, ephemeral: { type, pool: e.ephemeral?.pool ?? DEFAULT_POOL, glanceStore: e.ephemeral?.glanceStore }, cell: e.cell ?? DEFAULT_CELL, multipath: e.multipath ?? true };
}

function differences(d: Draft, plan: ComputePlan | undefined): string[] {
  if (!plan) return ['the inventory resolves no Ceph cluster for it'];
  const out: string[] = [];
  const nova = d.view.nova;
  if (nova?.item && nova.name !== plan.serviceName) out.push(`its nova service is ${nova.name}, the inventory's is ${plan.serviceName}`);
  const configMaps = d.view.dataSources.filter((s) => s.kind === 'ConfigMap').map((s) => s.name);
  if (nova?.item && d.ini && !configMaps.includes(plan.configMapName)) out.push(`its nova config comes from ${configMaps.join(', ') || 'no ConfigMap'}, the inventory's from ConfigMap ${plan.configMapName}`);
  if (d.view.cephMount && !sameMounts(plan.extraMount, d.view.cephMount.value)) out.push(`it mounts ${d.view.cephMount.secrets.map((s) => `Secret ${s.name}${s.keys ? ` (keys ${s.keys.join(', ')})` : ''}`).join(' and ') || 'another volume'} at ${DATAPLANE_CEPH_DIR}, the inventory mounts ${JSON.stringify(plan.extraMount.volumes)}`);
  if (d.ini) {
    // Options the source leaves as placeholders (rbd_secret_uuid = CHANGEME) are the cluster's placeholders: not a difference.
    const lines = compareIniOptions(iniOptions(plan.novaConfig), d.ini)
      .filter((x) => !(x.kind === 'value-changed' && SOURCE_PLACEHOLDER.test(x.right)) && !(x.kind === 'option-extra' && SOURCE_PLACEHOLDER.test(x.value)))
      .map((x) => describeIniDifference(x, maskCredential));
    if (lines.length) out.push(`nova config: ${lines.join(', ')}`);
  }
  return out;
}

function planFor(model: Inventory, n: NodeSet): ComputePlan | undefined {
  return computePlans({ ...model, dataPlane: { nodeSets: [n] } })[0];
}

/** Files read in name order (nova.conf.d): a later file's option replaces an earlier one's. */
function merged(files: IniOptions[]): IniOptions {
  const out: IniOptions = new Map();
  for (const f of files) for (const [s, opts] of f) out.set(s, new Map([...(out.get(s) ?? []), ...opts]));
  return out;
}

/** The imported inventory as the tool's model, placeholders stood in for; undefined when it does not load. */
export function trialModel(spec: Record<string, any>, standIn: (field: readonly (string | number)[]) => string): Inventory | undefined {
  const data = structuredClone({ apiVersion: 'backends.rhoso.io/v1alpha1', kind: 'BackendInventory', metadata: { name: 'backends' }, spec });
  for (const p of findPlaceholderValues(data)) {
    let parent: any = data;
    for (const seg of p.path.slice(0, -1)) parent = parent[seg];
    parent[p.path[p.path.length - 1]] = standIn(p.path);
  }
  return loadInventory(itemFromValue(data, 'inventory.yaml', 0)).inventory;
}

/**
 * spec.hosts from the package's MachineConfigs: the one role whose
 * MachineConfigs provide everything the imported back ends need, as
 * machineConfigs: check (they stay in the package; render checks them).
 */
function importHosts(ctx: ImportContext, model: Inventory | undefined): Record<string, unknown> | undefined {
  const present = machineConfigs(ctx.items);
  if (!model || present.length === 0) return undefined;
  const roles = [...new Set(present.map((mc) => labelOf(mc.item, ROLE_LABEL)).filter((r): r is string => typeof r === 'string'))].sort();
  const fits = roles.filter((role) => {
    const needed = neededMachineConfigs(model, { role, machineConfigs: 'check' });
    return needed.length > 0 && needed.every((n) => present.some((mc) => labelOf(mc.item, ROLE_LABEL) === role && provides(mc.config, n.def.detect)));
  });
  if (fits.length !== 1) {
    const needed = neededMachineConfigs(model, { role: 'worker', machineConfigs: 'check' });
    if (needed.length > 0) {
      note(ctx, present[0].item, ['metadata', 'name'], 'info', `the package's MachineConfigs ${fits.length > 1 ? `provide what the back ends need for several roles (${fits.join(', ')})` : 'do not provide everything the back ends need for one role'}: import writes no spec.hosts, so render neither generates nor checks them`, `add spec.hosts (docs/hosts.md) with the role of the nodes that run the storage pods`);
    }
    return undefined;
  }
  const role = fits[0];
  const used = present.filter((mc) => labelOf(mc.item, ROLE_LABEL) === role && neededMachineConfigs(model, { role, machineConfigs: 'check' }).some((n) => provides(mc.config, n.def.detect)));
  note(ctx, used[0].item, ['metadata', 'name'], 'info', `spec.hosts: role ${role}, machineConfigs: check: the package's MachineConfigs ${used.map((mc) => nameOf(mc.item)).join(', ')} provide what the back ends' protocols need on the OpenShift nodes; they stay yours, and render checks them (RB212)`);
  const hosts: Record<string, unknown> = {};
  if (role !== 'worker') hosts.role = role;
  hosts.machineConfigs = 'check';
  const fc = fcSelector(ctx, model);
  if (fc) hosts.fcNodeSelector = fc;
  return hosts;
}

/**
 * The nodes with FC HBAs: the nodeSelector every FC pod of the source has
 * (the FC back ends' cinder-volume, the backups, the glance APIs that serve a
 * cinder store: the pods render gives fcNodeSelector), when they all have
 * the same one; otherwise none (the back ends keep their own).
 */
function fcSelector(ctx: ImportContext, model: Inventory): Record<string, string> | undefined {
  const cp = ctx.controlPlane?.obj;
  if (!cp || !fcInUse(model)) return undefined;
  const template = cp.spec?.cinder?.template ?? {};
  const selectors: unknown[] = [
    ...model.cinder.backends.filter(isFc).map((b) => template.cinderVolumes?.[b.name]?.nodeSelector),
    ...model.cinder.backups.map((b) => (b.deprecatedSingleBackup ? template.cinderBackup : template.cinderBackups?.[b.name])?.nodeSelector),
    ...model.glance.apis.filter((a) => servesCinderStore(model, a)).map((a) => cp.spec?.glance?.template?.glanceAPIs?.[a.name]?.nodeSelector),
  ];
  const first = selectors[0];
  if (!first || typeof first !== 'object' || Object.keys(first).length === 0) return undefined;
  return selectors.every((s) => isDeepStrictEqual(s, first)) ? (first as Record<string, string>) : undefined;
}
