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
import { isMap, isScalar, isSeq, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldPath } from '../diagnostics/diagnostic.js';
import {
  annotationOf,
  deleteAnnotation,
  diagnosticAt,
  ensureMap,
  ID_ANNOTATION,
  INDEX_ANNOTATION,
  itemFromValue,
  kindOf,
  labelOf,
  LEGACY_ID_ANNOTATION,
  LEGACY_INDEX_ANNOTATION,
  LEGACY_PATH_ANNOTATION,
  nameOf,
  namespaceOf,
  PATH_ANNOTATION,
  setAnnotation,
  toObject,
  type Item,
  type Origin,
} from '../io/resources.js';
import type { Inventory } from '../inventory/model.js';
import {
  INVENTORY_ANNOTATION,
  MANAGED_BY,
  MANAGED_BY_LABEL,
  MANAGED_FIELDS_ANNOTATION,
  type Expansion,
  type OwnedEntry,
} from '../expand/plan.js';
import { controlPlaneSkeleton, serviceSkeleton, versionSkeleton } from '../expand/skeleton.js';
import { parsePointer, pointerOf } from './owned-fields.js';

export interface MergeResult {
  items: Item[];
  diagnostics: Diagnostic[];
  /** The control plane / version the tool wrote to, if any. */
  controlPlane?: Item;
  version?: Item;
}

/** kpt's bookkeeping: where an item lives and which input it was; never ours to change. */
const PACKAGE_PATH_ANNOTATION = 'internal.config.kubernetes.io/package-path';
const KEEP_ANNOTATIONS = [
  PATH_ANNOTATION,
  INDEX_ANNOTATION,
  ID_ANNOTATION,
  LEGACY_PATH_ANNOTATION,
  LEGACY_INDEX_ANNOTATION,
  LEGACY_ID_ANNOTATION,
  PACKAGE_PATH_ANNOTATION,
  'internal.config.kubernetes.io/seqindent',
  'internal.config.kubernetes.io/annotations-migration-resource-id',
];

export const isManaged = (item: Item) => labelOf(item, MANAGED_BY_LABEL) === MANAGED_BY;

/** With no inventory: remove everything an earlier run generated or owned. */
export function pruneAll(items: Item[]): MergeResult {
  const kept = items.filter((it) => !isManaged(it));
  for (const it of kept) applyOwned(it, [], undefined, []);
  return { items: kept, diagnostics: [] };
}

export function merge(items: Item[], expansion: Expansion, inv: Inventory, inventoryItem: Item): MergeResult {
  const diagnostics: Diagnostic[] = [];
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
    applyOwned(controlPlane, expansion.controlPlane, inventoryItem, diagnostics);
  }

  // Version: only created when there is something to put in it.
  let version = target('OpenStackVersion');
  if (!version && expansion.version.length > 0) {
    version = newItem(out, versionSkeleton(inv), genDir, genPackage);
    out.push(version);
  }
  if (version) applyOwned(version, expansion.version, inventoryItem, diagnostics);

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
        diagnostics.push(
          diagnosticAt(inventoryItem, desired.get(key)!.origin, {
            severity: 'error',
            rule: 'RB090',
            message: `the package already has a ${kindOf(it)} named ${nameOf(it)} (${it.path}) that rhoso-backends did not generate`,
            hint: 'remove or rename that resource, or point credentials.secretName at it instead',
          }),
        );
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
  return { items: result, diagnostics, controlPlane, version };
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
      if (!section.has(k)) section.set(item.doc.createNode(k), item.doc.createNode(v));
    }
  }
}

/**
 * Makes `item` hold exactly `entries` among the fields it owns: removes what an
 * earlier run owned and no longer wants, sets what changed, reports entries
 * that would overwrite something the user wrote.
 */
function applyOwned(item: Item, entries: OwnedEntry[], inventoryItem: Item | undefined, diagnostics: Diagnostic[]): void {
  const previous = new Set<string>(readOwned(item));
  const wanted = new Map<string, OwnedEntry>();
  for (const e of entries) wanted.set(pointerOf(e), e);

  for (const p of [...previous].sort().reverse()) {
    if (wanted.has(p)) continue;
    const ptr = parsePointer(p);
    if (ptr) removeAt(item.doc, ptr.path, ptr.key, ptr.byName);
  }

  const owned: string[] = [];
  const origins: Origin[] = [];
  for (const [p, e] of wanted) {
    const existing = getAt(item.doc, e.path, e.key, e.kind === 'item');
    if (existing !== undefined && !previous.has(p) && e.kind !== 'value' && !deepEqual(existing, e.value)) {
      if (inventoryItem) {
        diagnostics.push(
          diagnosticAt(inventoryItem, e.origin, {
            severity: 'error',
            rule: 'RB091',
            message: `${item.path} already defines ${p.replace(/\[name=(.*)\]$/, '[name=$1]')} by hand; the inventory would overwrite it`,
            hint: `delete it from ${item.path} so the inventory owns it, or rename the back end`,
          }),
        );
      }
      continue;
    }
    if (existing === undefined || !deepEqual(existing, e.value)) setAt(item.doc, e.path, e.key, e.kind === 'item', e.value);
    owned.push(p);
    if (inventoryItem) {
      const path = e.kind === 'item' ? [...e.path, indexByName(item.doc, e.path, e.key)] : [...e.path, e.key];
      origins.push({ path, source: inventoryItem, at: e.origin });
    }
  }
  item.origins = origins;
  if (owned.length > 0) setAnnotation(item, MANAGED_FIELDS_ANNOTATION, JSON.stringify(owned.sort()));
  else if (annotationOf(item, MANAGED_FIELDS_ANNOTATION) !== undefined) deleteAnnotation(item, MANAGED_FIELDS_ANNOTATION);
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

function container(doc: Document, path: string[], create: 'map' | 'seq' | false): YAMLMap | YAMLSeq | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    if (!isMap(node)) return undefined;
    let next: unknown = node.get(path[i], true);
    if (next === undefined || next === null || (isScalar(next) && next.value === null)) {
      if (!create) return undefined;
      next = i === path.length - 1 && create === 'seq' ? new YAMLSeq(doc.schema) : new YAMLMap(doc.schema);
      node.set(doc.createNode(path[i]), next);
    }
    node = next;
  }
  return isMap(node) || isSeq(node) ? (node as YAMLMap | YAMLSeq) : undefined;
}

function indexByName(doc: Document, path: string[], name: string): number {
  const seq = container(doc, path, false);
  if (!isSeq(seq)) return -1;
  return seq.items.findIndex((n) => isMap(n) && n.get('name') === name);
}

function getAt(doc: Document, path: string[], key: string, byName: boolean): unknown {
  const c = container(doc, path, false);
  if (byName) {
    if (!isSeq(c)) return undefined;
    const node = c.items.find((n) => isMap(n) && n.get('name') === key);
    return node === undefined ? undefined : (node as YAMLMap).toJSON();
  }
  if (!isMap(c)) return undefined;
  const node = c.get(key, true);
  return node === undefined ? undefined : isScalar(node) ? node.value : (node as YAMLMap).toJSON();
}

function setAt(doc: Document, path: string[], key: string, byName: boolean, value: unknown): void {
  const c = container(doc, path, byName ? 'seq' : 'map');
  const node = doc.createNode(value);
  if (byName && isSeq(c)) {
    const i = c.items.findIndex((n) => isMap(n) && n.get('name') === key);
    if (i >= 0) c.items[i] = node;
    else c.items.push(node);
  } else if (isMap(c)) {
    c.set(doc.createNode(key), node);
  }
}

function removeAt(doc: Document, path: string[], key: string, byName: boolean): void {
  const c = container(doc, path, false);
  if (byName && isSeq(c)) {
    const i = c.items.findIndex((n) => isMap(n) && n.get('name') === key);
    if (i >= 0) c.items.splice(i, 1);
  } else if (isMap(c)) c.delete(key);
  // Remove containers this left empty, up to (not including) spec/metadata.
  for (let depth = path.length; depth > 1; depth--) {
    const parent = container(doc, path.slice(0, depth - 1), false);
    const here = container(doc, path.slice(0, depth), false);
    if (!isMap(parent) || !here || here.items.length > 0) break;
    parent.delete(path[depth - 1]);
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

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as any)[k], (b as any)[k]));
}

export { fieldPath };
