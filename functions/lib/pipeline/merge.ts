/**
 * Merge: applies an Expansion to the package.
 *
 * Transformer mode (the package holds the control plane / version): only the
 * owned fields change, everything else (comments included) is kept. Generator
 * mode (it does not): a minimal resource is created first. Ownership is
 * recorded in the output (managed-by label on generated resources, a
 * managed-fields annotation on edited ones), so removing a back end from the
 * inventory removes exactly what was generated for it, and nothing else.
 */
// Node's structural equality on plain data (what toObject and the expansion hold).
import { isDeepStrictEqual as deepEqual } from 'node:util';
import { Pair, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { isMap, isScalar, isSeq } from '../io/yaml-nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import {
  annotationOf,
  deleteAnnotation,
  ensureMap,
  itemFromValue,
  kindOf,
  labelOf,
  nameOf,
  namespaceOf,
  setAnnotation,
  toObject,
  type Item,
  type Origin,
} from '../io/resources.js';
import { KPT_INTERNAL_ANNOTATIONS, PACKAGE_PATH_ANNOTATION } from '../io/kpt-annotations.js';
import type { Inventory } from '../inventory/model.js';
import {
  ADOPTED_CONFIG_ANNOTATION,
  ADOPTED_MOUNTS_ANNOTATION,
  INVENTORY_ANNOTATION,
  MANAGED_BY,
  MANAGED_BY_LABEL,
  MANAGED_FIELDS_ANNOTATION,
  type Expansion,
  type OwnedEntry,
} from '../expand/plan.js';
import { controlPlaneSkeleton, serviceSkeleton, versionSkeleton } from '../expand/skeleton.js';
import { adoptTemplateConfigs } from './adopt-template-config.js';
import { entryDifferences, isMountList, listItemPointer, MOUNT_LISTS, reachVerdicts, type Adoption, type ReachVerdict } from './adopt.js';
import { parsePointer, pointerOf } from './owned-fields.js';
import { nodeFromPlain } from '../io/plain-nodes.js';

/** A generated Secret / ExternalSecret whose name a hand-written resource in the package already has (RB090 reports it). */
export interface GeneratedResourceClash {
  kind: string;
  name: string;
  /** The file of the hand-written resource. */
  path: string;
  /** The inventory field that asked for the generated one. */
  origin: (string | number)[];
}

/** What merge found and did not resolve; rules/merge/ turns each kind into diagnostics. */
export interface MergeConflicts {
  generatedResourceExists: GeneratedResourceClash[];
  /** Owned entries left alone because the package already defines them differently by hand (RB091). */
  ownedFieldWrittenByHand: OwnedConflict[];
  /** Generated mounts left out because the package's own extraMounts reach their paths, but not exactly as they would (RB092). */
  mountReachDiffers: OwnedConflict[];
}

export interface MergeResult {
  items: Item[];
  diagnostics: Diagnostic[];
  conflicts: MergeConflicts;
  /** Hand-written entries adopted (pipeline/adopt.ts): new in this run, or recorded by an earlier one and still written by hand. */
  adopted: Adoption[];
  /** The control plane / version the tool wrote to, if any. */
  controlPlane?: Item;
  version?: Item;
}

/** kpt's bookkeeping: where an item lives and which input it was; never ours to change. */
const KEEP_ANNOTATIONS = KPT_INTERNAL_ANNOTATIONS;

/** An owned entry the package already defines differently by hand: left as it is. */
export interface OwnedConflict {
  /** The manifest that holds the hand-written entry. */
  item: Item;
  /** Its owned-field pointer (spec.cinder.template.cinderVolumes.x). */
  pointer: string;
  entry: OwnedEntry;
  /** What differs from the generated entry (pipeline/adopt.ts), one line each, credentials masked. */
  differences: string[];
  /** By reach: the user's extraMounts entries involved. */
  userItems?: string[];
}

export const isManaged = (item: Item) => labelOf(item, MANAGED_BY_LABEL) === MANAGED_BY;

/** With no inventory: remove everything an earlier run generated or owned. */
export function pruneAll(items: Item[]): MergeResult {
  const kept = items.filter((it) => !isManaged(it));
  const conflicts: MergeConflicts = { generatedResourceExists: [], ownedFieldWrittenByHand: [], mountReachDiffers: [] };
  for (const it of kept) {
    applyOwned(it, [], undefined, conflicts, []);
    if (annotationOf(it, ADOPTED_CONFIG_ANNOTATION) !== undefined) deleteAnnotation(it, ADOPTED_CONFIG_ANNOTATION);
  }
  return { items: kept, diagnostics: [], conflicts, adopted: [] };
}

export function merge(items: Item[], expansion: Expansion, inv: Inventory, inventoryItem: Item): MergeResult {
  const diagnostics: Diagnostic[] = [];
  const conflicts: MergeConflicts = { generatedResourceExists: [], ownedFieldWrittenByHand: [], mountReachDiffers: [] };
  const adopted: Adoption[] = [];
  const out = [...items];
  const cp = inv.controlPlane;
  const genDir = dirOf(inventoryItem.path);
  // Under kpt, generated files go to the inventory's package (it may be a subpackage).
  const genPackage = annotationOf(inventoryItem, PACKAGE_PATH_ANNOTATION);

  const target = (kind: string) =>
    out.find((it) => kindOf(it) === kind && nameOf(it) === cp.name && (!namespaceOf(it) || namespaceOf(it) === cp.namespace));

  // Control plane.
  let controlPlane = target('OpenStackControlPlane');
  if (!controlPlane && expansion.controlPlane.length > 0) {
    controlPlane = newItem(out, controlPlaneSkeleton(inv), genDir, genPackage);
    out.push(controlPlane);
  }
  if (controlPlane) {
    ensureServiceSections(controlPlane, expansion.controlPlane, inv);
    applyOwned(controlPlane, expansion.controlPlane, inventoryItem, conflicts, adopted);
    adoptTemplateConfigs(controlPlane, expansion.controlPlane, adopted);
  }

  // Version: only created when there is something to put in it.
  let version = target('OpenStackVersion');
  if (!version && expansion.version.length > 0) {
    version = newItem(out, versionSkeleton(inv), genDir, genPackage);
    out.push(version);
  }
  if (version) applyOwned(version, expansion.version, inventoryItem, conflicts, adopted);

  // Generated resources: update in place, add, or prune.
  const desired = new Map<string, (typeof expansion.resources)[number]>();
  for (const r of expansion.resources) desired.set(resourceKey(r.value), r);
  const result: Item[] = [];
  const present = new Set<string>();
  for (const it of out) {
    const key = `${kindOf(it)}/${nameOf(it)}`;
    const generatedByUs = isManaged(it) && it !== controlPlane && it !== version;
    if (!generatedByUs) {
      if (desired.has(key) && (kindOf(it) === 'Secret' || kindOf(it) === 'ExternalSecret')) {
        conflicts.generatedResourceExists.push({ kind: kindOf(it)!, name: nameOf(it)!, path: it.path, origin: desired.get(key)!.origin });
        present.add(key);
      }
      result.push(it);
      continue;
    }
    if (annotationOf(it, INVENTORY_ANNOTATION) !== inv.name && annotationOf(it, INVENTORY_ANNOTATION) !== undefined) {
      result.push(it); // another inventory's output
      continue;
    }
    const want = desired.get(key);
    if (!want || present.has(key)) continue; // pruned
    present.add(key);
    if (deepEqual(stripInternal(toObject(it)), want.value)) {
      result.push(withOrigins(it, inventoryItem, want.origin));
      continue;
    }
    const replaced = itemFromValue(want.value, it.path, it.index);
    for (const a of KEEP_ANNOTATIONS) {
      const v = annotationOf(it, a);
      if (v !== undefined) setAnnotation(replaced, a, v);
    }
    result.push(withOrigins(replaced, inventoryItem, want.origin));
  }
  for (const [key, r] of desired) {
    if (present.has(key)) continue;
    const it = newItem(result, r.value, genDir, genPackage);
    result.push(withOrigins(it, inventoryItem, r.origin));
  }
  return { items: result, diagnostics, conflicts, adopted, controlPlane, version };
}

function withOrigins(it: Item, source: Item, at: (string | number)[]): Item {
  it.origins = [{ path: [], source, at }];
  return it;
}

function resourceKey(v: Record<string, any>): string {
  return `${v.kind}/${v.metadata?.name}`;
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i + 1);
}

/** A new item at <inventory dir>/<kind>_<name>.yaml, indexed after anything already in that file. */
function newItem(existing: Item[], value: Record<string, any>, dir: string, packagePath?: string): Item {
  const path = `${dir}${String(value.kind).toLowerCase()}_${value.metadata?.name}.yaml`;
  const index = existing.filter((it) => it.path === path).length;
  const item = itemFromValue(value, path, index);
  if (packagePath) setAnnotation(item, PACKAGE_PATH_ANNOTATION, packagePath);
  return item;
}

/** Adds a service section skeleton (required fields) before its first owned entry, when absent. */
function ensureServiceSections(item: Item, entries: OwnedEntry[], inv: Inventory): void {
  for (const service of ['manila', 'glance'] as const) {
    if (!entries.some((e) => e.path[0] === 'spec' && e.path[1] === service)) continue;
    if (item.doc.hasIn(['spec', service, 'template'])) continue;
    const skeleton = serviceSkeleton(inv, service);
    for (const [k, v] of Object.entries(skeleton)) {
      const section = ensureMap(item.doc, ['spec', service]);
      if (!section.has(k)) section.set(nodeFromPlain(item.doc, k), nodeFromPlain(item.doc, v));
    }
  }
}

/**
 * Makes `item` hold exactly `entries` among the fields it owns: removes what an
 * earlier run owned and no longer wants, sets what changed, adopts what the
 * user wrote the same way (pipeline/adopt.ts: kept as written), reports
 * entries that would overwrite something the user wrote differently.
 */
function applyOwned(item: Item, entries: OwnedEntry[], inventoryItem: Item | undefined, conflicts: MergeConflicts, adopted: Adoption[]): void {
  const previous = new Set<string>(readOwned(item));
  const previousReach = readAdoptedMounts(item);
  const index = new EntryIndex();
  const wanted = new Map<string, OwnedEntry>();
  for (const e of entries) wanted.set(pointerOf(e), e);

  for (const p of [...previous].sort().reverse()) {
    if (wanted.has(p)) continue;
    const ptr = parsePointer(p);
    if (ptr) removeAt(item.doc, ptr.path, ptr.key, ptr.byName, index);
  }

  const reach = inventoryItem ? mountsByReach(item, wanted, index) : new Map<string, ReachVerdict>();
  const reachAdopted: Record<string, string[]> = {};
  const owned: string[] = [];
  const origins: Origin[] = [];
  for (const [p, e] of wanted) {
    const verdict = reach.get(p);
    if (verdict?.kind === 'differs') {
      conflicts.mountReachDiffers.push({ item, pointer: p, entry: e, differences: verdict.differences, userItems: verdict.userItems });
      continue;
    }
    if (verdict?.kind === 'adopted') {
      // Not added: the user's mounts give the same pods the same files. Recorded apart (not an entry of this document).
      const by = [...new Set(verdict.mounts.map((m) => m.itemPointer))].sort();
      reachAdopted[p] = by;
      adopted.push({ item, pointer: p, entry: e, reach: verdict.mounts, recorded: deepEqual(previousReach[p], by) });
      continue;
    }
    const existing = getAt(item.doc, e.path, e.key, e.kind === 'item', index);
    // Plain values (manila.enabled, targetVersion) are set whatever the package says, but a switch the user turned
    // off (manila.enabled: false, not written by an earlier run) is never turned on silently: RB091 reports it.
    if (e.kind === 'value' && e.value === true && existing === false && !previous.has(p)) {
      if (inventoryItem) conflicts.ownedFieldWrittenByHand.push({ item, pointer: p, entry: e, differences: [`${e.key} is true (what the inventory's entries need), not false`] });
      continue;
    }
    // Entries may be the user's.
    const written = existing !== undefined && e.kind !== 'value';
    if (written && !deepEqual(existing, e.value)) {
      const differences = entryDifferences(e, existing, item.doc);
      if (differences.length > 0 && !previous.has(p)) {
        if (inventoryItem) conflicts.ownedFieldWrittenByHand.push({ item, pointer: p, entry: e, differences });
        continue;
      }
      // Ours already: the inventory's value replaces what differs. Semantically equal: adopted, the user's text kept
      // (on later runs too, so rendering the output again is byte-identical).
      if (differences.length > 0) setAt(item.doc, e.path, e.key, e.kind === 'item', e.value, index);
      else if (inventoryItem) adopted.push({ item, pointer: p, entry: e, recorded: previous.has(p) });
    } else {
      if (written && !previous.has(p) && inventoryItem) adopted.push({ item, pointer: p, entry: e, recorded: false });
      if (existing === undefined || e.kind === 'value') {
        if (!deepEqual(existing, e.value)) setAt(item.doc, e.path, e.key, e.kind === 'item', e.value, index);
      }
    }
    owned.push(p);
    if (inventoryItem) {
      const path = e.kind === 'item' ? [...e.path, indexByName(item.doc, e.path, e.key, index)] : [...e.path, e.key];
      origins.push({ path, source: inventoryItem, at: e.origin });
      for (const f of e.fieldOrigins ?? []) origins.push({ path: [...path, ...f.path], source: inventoryItem, at: f.at, field: true });
    }
  }
  item.origins = origins;
  if (owned.length > 0) setAnnotation(item, MANAGED_FIELDS_ANNOTATION, JSON.stringify(owned.sort()));
  else if (annotationOf(item, MANAGED_FIELDS_ANNOTATION) !== undefined) deleteAnnotation(item, MANAGED_FIELDS_ANNOTATION);
  const reachKeys = Object.keys(reachAdopted).sort();
  if (reachKeys.length > 0) setAnnotation(item, ADOPTED_MOUNTS_ANNOTATION, JSON.stringify(Object.fromEntries(reachKeys.map((k) => [k, reachAdopted[k]]))));
  else if (annotationOf(item, ADOPTED_MOUNTS_ANNOTATION) !== undefined) deleteAnnotation(item, ADOPTED_MOUNTS_ANNOTATION);
}

/** Generated mounts adopted by reach in an earlier run: pointer -> the user's entries that give them. */
function readAdoptedMounts(item: Item): Record<string, string[]> {
  const raw = annotationOf(item, ADOPTED_MOUNTS_ANNOTATION);
  if (!raw) return {};
  try {
    const v = JSON.parse(raw);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}

/**
 * Reach verdicts (pipeline/adopt.ts) for the generated extraMounts items the
 * document does not hold by name. Only computed when the document has
 * extraMounts entries of its own: the plain copy it needs costs as much as the document.
 */
function mountsByReach(item: Item, wanted: Map<string, OwnedEntry>, index: EntryIndex): Map<string, ReachVerdict> {
  const candidates = [...wanted].filter(([, e]) => e.kind === 'item' && isMountList(e.path) && getAt(item.doc, e.path, e.key, true, index) === undefined);
  if (candidates.length === 0) return new Map();
  const hasOwnMounts = MOUNT_LISTS.some((path) => {
    const seq = container(item.doc, path, false);
    return isSeq(seq) && seq.items.some((n, i) => !wanted.has(listItemPointer(path, isMap(n) ? { name: n.get('name') } : undefined, i)));
  });
  if (!hasOwnMounts) return new Map();
  // The pods of the output: the owned service entries in place (a hand-written one where it stays).
  const cp = item.doc.toJS({ maxAliasCount: 100 }) ?? {};
  for (const e of wanted.values()) {
    if (e.kind === 'item') continue;
    let node = cp;
    for (const s of e.path) node = node[s] && typeof node[s] === 'object' ? node[s] : (node[s] = {});
    // Plain values are set whatever the package says (manila.enabled); other entries stay where the user wrote them.
    if (e.kind === 'value' || node[e.key] === undefined || node[e.key] === null) node[e.key] = e.value;
  }
  return reachVerdicts(cp, candidates.map(([pointer, entry]) => ({ pointer, entry })), new Set(wanted.keys()));
}

/** Deletes the entry at an owned-field pointer (and the containers that leaves empty): how `adopt` hands an adopted entry to the inventory. */
export function removeOwnedEntry(doc: Document, pointer: string): boolean {
  const ptr = parsePointer(pointer);
  if (!ptr) return false;
  removeAt(doc, ptr.path, ptr.key, ptr.byName, new EntryIndex());
  return true;
}

function readOwned(item: Item): string[] {
  const raw = annotationOf(item, MANAGED_FIELDS_ANNOTATION);
  if (!raw) return [];
  try {
    const v = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((s) => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The entries of the containers applyOwned edits, by map key and by list-item
 * name, built once per container: YAMLMap/YAMLSeq lookups are linear scans,
 * which made applying n entries to one container O(n^2) (1,000 back ends in
 * cinderVolumes or extraMounts). Lives for one applyOwned call and is kept in
 * step with every edit made through it; a container edited any other way is
 * forgotten and re-indexed on next use. First match wins, as in yaml's own lookups.
 */
class EntryIndex {
  private readonly byKey = new Map<YAMLMap, Map<string, Pair>>();
  private readonly byName = new Map<YAMLSeq, Map<string, number>>();

  pairs(map: YAMLMap): Map<string, Pair> {
    let idx = this.byKey.get(map);
    if (!idx) {
      idx = new Map();
      for (const p of map.items) {
        const k = isScalar(p.key) ? p.key.value : p.key;
        if (typeof k === 'string' && !idx.has(k)) idx.set(k, p as Pair);
      }
      this.byKey.set(map, idx);
    }
    return idx;
  }

  positions(seq: YAMLSeq): Map<string, number> {
    let idx = this.byName.get(seq);
    if (!idx) {
      idx = new Map();
      for (let i = 0; i < seq.items.length; i++) {
        const n = seq.items[i];
        const name = isMap(n) ? n.get('name') : undefined;
        if (typeof name === 'string' && !idx.has(name)) idx.set(name, i);
      }
      this.byName.set(seq, idx);
    }
    return idx;
  }

  forget(node: unknown): void {
    if (isMap(node)) this.byKey.delete(node);
    else if (isSeq(node)) this.byName.delete(node);
  }
}

function container(doc: Document, path: string[], create: 'map' | 'seq' | false, index?: EntryIndex): YAMLMap | YAMLSeq | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    if (!isMap(node)) return undefined;
    let next: unknown = node.get(path[i], true);
    if (next === undefined || next === null || (isScalar(next) && next.value === null)) {
      if (!create) return undefined;
      next = i === path.length - 1 && create === 'seq' ? new YAMLSeq(doc.schema) : new YAMLMap(doc.schema);
      node.set(nodeFromPlain(doc, path[i]), next);
      index?.forget(node);
    }
    node = next;
  }
  return isMap(node) || isSeq(node) ? (node as YAMLMap | YAMLSeq) : undefined;
}

function indexByName(doc: Document, path: string[], name: string, index: EntryIndex): number {
  const seq = container(doc, path, false);
  if (!isSeq(seq)) return -1;
  return index.positions(seq).get(name) ?? -1;
}

function getAt(doc: Document, path: string[], key: string, byName: boolean, index: EntryIndex): unknown {
  const c = container(doc, path, false);
  if (byName) {
    if (!isSeq(c)) return undefined;
    const i = index.positions(c).get(key);
    return i === undefined ? undefined : (c.items[i] as YAMLMap).toJSON();
  }
  if (!isMap(c)) return undefined;
  const node = index.pairs(c).get(key)?.value;
  return node === undefined || node === null ? undefined : isScalar(node) ? node.value : (node as YAMLMap).toJSON();
}

function setAt(doc: Document, path: string[], key: string, byName: boolean, value: unknown, index: EntryIndex): void {
  const c = container(doc, path, byName ? 'seq' : 'map', index);
  const node = nodeFromPlain(doc, value);
  if (byName && isSeq(c)) {
    const positions = index.positions(c);
    const i = positions.get(key);
    if (i !== undefined) c.items[i] = node;
    else {
      c.items.push(node);
      positions.set(key, c.items.length - 1);
    }
  } else if (isMap(c)) {
    const pairs = index.pairs(c);
    const existing = pairs.get(key);
    if (existing) existing.value = node;
    else {
      const pair = new Pair(nodeFromPlain(doc, key), node);
      c.items.push(pair);
      pairs.set(key, pair);
    }
  }
}

function removeAt(doc: Document, path: string[], key: string, byName: boolean, index: EntryIndex): void {
  const c = container(doc, path, false);
  if (byName && isSeq(c)) {
    const i = index.positions(c).get(key);
    if (i !== undefined) {
      c.items.splice(i, 1);
      index.forget(c); // later items moved
    }
  } else if (isMap(c)) {
    const pairs = index.pairs(c);
    const pair = pairs.get(key);
    if (pair) {
      c.items.splice(c.items.indexOf(pair), 1);
      pairs.delete(key);
    }
  }
  // Remove containers this left empty, up to (not including) spec/metadata.
  for (let depth = path.length; depth > 1; depth--) {
    const parent = container(doc, path.slice(0, depth - 1), false);
    const here = container(doc, path.slice(0, depth), false);
    if (!isMap(parent) || !here || here.items.length > 0) break;
    parent.delete(path[depth - 1]);
    index.forget(parent);
  }
}

function stripInternal(obj: Record<string, any>): Record<string, any> {
  const ann = obj.metadata?.annotations;
  if (ann) {
    for (const a of KEEP_ANNOTATIONS) delete ann[a];
    if (Object.keys(ann).length === 0) delete obj.metadata.annotations;
  }
  return obj;
}

