/**
 * Applies the compute plans to the package after merge (dataplane/locate.ts):
 * (a) a NodeSet in the package gets the Ceph mount in nodeTemplate.extraMounts
 *     and the Ceph services in spec.services. Only the entries the tool owns
 *     change (recorded in the annotation below); comments, the user's services
 *     and mounts stay. A NodeSet the inventory no longer names gets its
 *     recorded edits undone (the replaced `nova` comes back).
 */
import { isMap, isScalar, isSeq, YAMLSeq, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { annotationOf, deleteAnnotation, diagnosticAt, kindOf, setAnnotation, type Item } from '../io/resources.js';
import type { Inventory } from '../inventory/model.js';
import { CEPH_VOLUME, DATAPLANE_CEPH_DIR, type ComputePlan } from './computes.js';
import { homeOf, isPatch, NODESET_KIND } from './locate.js';
import { noServicesOwnership, undoServices, withCephServices, type ServicesOwnership } from './services.js';
import { sameMounts } from '../pipeline/adopt.js';

export const DATAPLANE_OWNED_ANNOTATION = 'backends.rhoso.io/managed-dataplane';
const SERVICES_PATH = ['spec', 'services'];
const MOUNTS_PATH = ['spec', 'nodeTemplate', 'extraMounts'];

interface Owned {
  services: ServicesOwnership;
  /** Volume names of the nodeTemplate.extraMounts items the tool added. */
  extraMounts: string[];
}

function readOwned(it: Item): Owned | undefined {
  const raw = annotationOf(it, DATAPLANE_OWNED_ANNOTATION);
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw);
    return { services: { inserted: v.services?.inserted ?? [], replaced: v.services?.replaced ?? {} }, extraMounts: v.extraMounts ?? [] };
  } catch {
    return undefined;
  }
}

function writeOwned(it: Item, owned: Owned): void {
  const empty = owned.extraMounts.length === 0 && owned.services.inserted.length === 0 && Object.keys(owned.services.replaced).length === 0;
  if (empty) {
    if (annotationOf(it, DATAPLANE_OWNED_ANNOTATION) !== undefined) deleteAnnotation(it, DATAPLANE_OWNED_ANNOTATION);
    return;
  }
  const value = JSON.stringify({ services: { inserted: [...owned.services.inserted].sort(), replaced: owned.services.replaced }, extraMounts: owned.extraMounts });
  if (annotationOf(it, DATAPLANE_OWNED_ANNOTATION) !== value) setAnnotation(it, DATAPLANE_OWNED_ANNOTATION, value);
}

export function applyDataPlane(items: Item[], plans: ComputePlan[], inv: Inventory | undefined, inventoryItem: Item | undefined): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const edited = new Set<Item>();
  for (const plan of plans) {
    const home = homeOf(items, inv!, plan.nodeSet);
    if (home.kind !== 'nodeset') continue; // (b) is checked, not edited (expand/dataplane.ts); (c) is a generated patch
    edited.add(home.item);
    const previous = readOwned(home.item) ?? { services: noServicesOwnership(), extraMounts: [] };
    const owned: Owned = { services: editServices(home.item, SERVICES_PATH, previous.services, plan.serviceName), extraMounts: [] };
    const mounted = editMounts(home.item, previous.extraMounts, plan);
    if (typeof mounted === 'string' && inventoryItem) {
      diagnostics.push(diagnosticAt(inventoryItem, plan.nodeSet.at, { severity: 'error', rule: 'RB214', message: `${home.item.path}: NodeSet ${plan.nodeSet.name} already mounts ${mounted} by hand, not what the inventory would mount`, hint: `delete that extraMounts item so the inventory owns the Ceph files (it mounts ${JSON.stringify(plan.extraMount)})` }));
      owned.extraMounts = previous.extraMounts;
    } else owned.extraMounts = Array.isArray(mounted) ? mounted : [CEPH_VOLUME];
    writeOwned(home.item, owned);
  }
  // Undo what an earlier run did to NodeSets and values the inventory no longer names.
  for (const it of items) {
    if (edited.has(it) || !readOwned(it)) continue;
    if (kindOf(it) !== NODESET_KIND || isPatch(it)) continue;
    const previous = readOwned(it)!;
    editServices(it, SERVICES_PATH, previous.services, undefined);
    removeMounts(it.doc, previous.extraMounts);
    deleteAnnotation(it, DATAPLANE_OWNED_ANNOTATION);
  }
  return diagnostics;
}

/** Rewrites the services list node by node, so the user's entries keep their comments. */
function editServices(it: Item, path: string[], previous: ServicesOwnership, novaService: string | undefined): ServicesOwnership {
  const seq = it.doc.getIn(path, true);
  const current = isSeq(seq) ? seq.items.map((n) => (isScalar(n) ? String(n.value) : '')) : [];
  const user = undoServices(current, previous);
  const { list, owned } = novaService ? withCephServices(user, novaService) : { list: user, owned: noServicesOwnership() };
  if (list.length === current.length && list.every((s, i) => s === current[i])) return owned;
  const pool = isSeq(seq) ? [...seq.items] : [];
  const nodes = list.map((name) => {
    const i = pool.findIndex((n) => isScalar(n) && n.value === name);
    return i >= 0 ? pool.splice(i, 1)[0] : it.doc.createNode(name);
  });
  if (isSeq(seq)) seq.items = nodes;
  else {
    const fresh = new YAMLSeq(it.doc.schema);
    fresh.items = nodes;
    it.doc.setIn(path, fresh);
  }
  return owned;
}

const volumeNames = (n: unknown): string[] => {
  const vols = isMap(n) ? n.get('volumes', true) : undefined;
  return isSeq(vols) ? vols.items.map((v) => (isMap(v) ? String(v.get('name')) : '')) : [];
};
const mountPaths = (n: unknown): string[] => {
  const ms = isMap(n) ? n.get('mounts', true) : undefined;
  return isSeq(ms) ? ms.items.map((m) => (isMap(m) ? String(m.get('mountPath')) : '')) : [];
};

/**
 * Puts the plan's Ceph mount in place; returns what clashes when the user
 * mounts Ceph files by hand, or the volume names of the user's own mount
 * when it gives the same files (adopted, kept as written).
 */
function editMounts(it: Item, previous: string[], plan: ComputePlan): string | string[] | undefined {
  const seq = it.doc.getIn(MOUNTS_PATH, true);
  const mine = isSeq(seq) && previous.length ? seq.items.findIndex((n) => volumeNames(n).some((v) => previous.includes(v))) : -1;
  if (mine >= 0) {
    // Replaced in place, so a mount the user added after ours keeps its position; one that reads the same stays as written.
    const current = ((seq as YAMLSeq).items[mine] as any)?.toJSON?.();
    if (!current || !sameMounts(current, plan.extraMount)) (seq as YAMLSeq).items[mine] = it.doc.createNode(plan.extraMount);
    else return volumeNames((seq as YAMLSeq).items[mine]);
    return undefined;
  }
  const theirs = isSeq(seq) ? seq.items.find((n) => volumeNames(n).includes(CEPH_VOLUME) || mountPaths(n).includes(DATAPLANE_CEPH_DIR)) : undefined;
  if (theirs) {
    // The user's own mount that gives the same files (however spelt): adopt it (rendering the output again changes nothing).
    if (sameMounts((theirs as any).toJSON(), plan.extraMount)) return volumeNames(theirs);
    return volumeNames(theirs).includes(CEPH_VOLUME) ? `a volume named ${CEPH_VOLUME}` : `something at ${DATAPLANE_CEPH_DIR}`;
  }
  if (isSeq(seq)) seq.items.push(it.doc.createNode(plan.extraMount));
  else it.doc.setIn(MOUNTS_PATH, it.doc.createNode([plan.extraMount]));
  return undefined;
}

function removeMounts(doc: Document, volumes: string[]): void {
  if (volumes.length === 0) return;
  const seq = doc.getIn(MOUNTS_PATH, true);
  if (!isSeq(seq)) return;
  seq.items = seq.items.filter((n) => !volumeNames(n).some((v) => volumes.includes(v)));
  if (seq.items.length === 0) doc.deleteIn(MOUNTS_PATH);
}
