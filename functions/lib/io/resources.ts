/**
 * A KRM object as the pipeline sees it: one YAML document (comments and key
 * order kept), where it lives in the package, and where it was parsed from.
 */
import { Document, isMap, isScalar, YAMLMap } from 'yaml';
import type { Diagnostic, ResourceRef } from '../diagnostics/diagnostic.js';
import { fieldPath } from '../diagnostics/diagnostic.js';
import { nodeFromPlain, plainFromDocument } from './plain-nodes.js';
import { nodeAt, pos, YAML_OPTIONS, type SourceFile } from './yaml.js';

import { LOCAL_CONFIG_ANNOTATION } from './kpt-annotations.js';

// Importers of these names predate kpt-annotations.ts, their one home.
export {
  ID_ANNOTATION,
  INDEX_ANNOTATION,
  LEGACY_ID_ANNOTATION,
  LEGACY_INDEX_ANNOTATION,
  LEGACY_PATH_ANNOTATION,
  LOCAL_CONFIG_ANNOTATION,
  PATH_ANNOTATION,
} from './kpt-annotations.js';

export interface Item {
  doc: Document;
  /** Package-relative file path (kpt's internal.config.kubernetes.io/path). */
  path: string;
  /** Index of the document within its file. */
  index: number;
  /** The parsed file, when the item came from one; gives line/column. */
  file?: SourceFile;
  /**
   * For content the tool generated: which inventory entry each part came
   * from, so a rule that fires on generated output points at the inventory.
   */
  origins?: Origin[];
}

export interface Origin {
  /** Path inside this item that the origin covers (prefix). */
  path: (string | number)[];
  /** The inventory item and the path of the entry in it. */
  source: Item;
  at: (string | number)[];
  /** The diagnostic names the inventory field `at` rather than the generated path (it is where the user wrote the value). */
  field?: boolean;
}

export function itemFromValue(value: unknown, path: string, index: number): Item {
  const doc = new Document(undefined, YAML_OPTIONS);
  if (value !== undefined) doc.contents = nodeFromPlain(doc, value) as Document['contents'];
  return { doc, path, index };
}

/** Plain-JS view of an item (YAML 1.1 semantics, aliases expanded). */
export function toObject(item: Item): Record<string, any> {
  const js = plainFromDocument(item.doc, 100);
  return js && typeof js === 'object' && !Array.isArray(js) ? js : {};
}

export function getString(item: Item, path: readonly (string | number)[]): string | undefined {
  const v = item.doc.getIn(path);
  // Collections come back as YAML nodes: a list or map is not a string value.
  return typeof v === 'string' ? v : v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}

export const kindOf = (item: Item) => getString(item, ['kind']);
export const apiVersionOf = (item: Item) => getString(item, ['apiVersion']);
export const nameOf = (item: Item) => getString(item, ['metadata', 'name']);
export const namespaceOf = (item: Item) => getString(item, ['metadata', 'namespace']);

export function annotationOf(item: Item, key: string): string | undefined {
  return getString(item, ['metadata', 'annotations', key]);
}

export function labelOf(item: Item, key: string): string | undefined {
  return getString(item, ['metadata', 'labels', key]);
}

export function isKrm(item: Item): boolean {
  return !!kindOf(item) && !!apiVersionOf(item);
}

export function isLocalConfig(item: Item): boolean {
  const kind = kindOf(item);
  // ImageCatalog (spec.images.catalog) is read by the tool like the inventory; the cluster has no such kind.
  return annotationOf(item, LOCAL_CONFIG_ANNOTATION) === 'true' || kind === 'Kptfile' || kind === 'BackendInventory' || kind === 'ImageCatalog';
}

export function refOf(item: Item): ResourceRef {
  return { apiVersion: apiVersionOf(item), kind: kindOf(item), name: nameOf(item), namespace: namespaceOf(item) };
}

/**
 * The map at `path`, created (as a plain mapping) where missing. `doc.setIn`
 * would create missing levels as JS Maps, which the YAML 1.1 schema prints as !!omap.
 */
export function ensureMap(doc: Document, path: readonly string[]): YAMLMap {
  let node: unknown = doc.contents;
  for (const seg of path) {
    const map = node as YAMLMap;
    let next = map.get(seg, true) as unknown;
    if (!isMap(next)) {
      next = new YAMLMap(doc.schema);
      map.set(doc.createNode(seg), next);
    }
    node = next;
  }
  return node as YAMLMap;
}

/** Sets an annotation, creating metadata.annotations when needed; no-op when unchanged. */
export function setAnnotation(item: Item, key: string, value: string): void {
  if (annotationOf(item, key) === value) return;
  if (!isMap(item.doc.contents)) return;
  // Never replace what the user wrote: a metadata or annotations that is not a map stays as it is (and is reported elsewhere).
  for (const at of [['metadata'], ['metadata', 'annotations']]) {
    const existing = item.doc.getIn(at, true);
    if (existing !== undefined && existing !== null && !isMap(existing) && !(isScalar(existing) && existing.value === null)) return;
  }
  ensureMap(item.doc, ['metadata', 'annotations']).set(item.doc.createNode(key), item.doc.createNode(value));
}

export function deleteAnnotation(item: Item, key: string): void {
  const ann = item.doc.getIn(['metadata', 'annotations']) as YAMLMap | undefined;
  if (!isMap(ann)) return;
  ann.delete(key);
  if (ann.items.length === 0) (item.doc.getIn(['metadata']) as YAMLMap).delete('annotations');
}

/** A diagnostic pointing at `path` inside `item` (the key itself with `key: true`). */
export function diagnosticAt(
  item: Item | undefined,
  path: readonly (string | number)[],
  d: Omit<Diagnostic, 'file' | 'line' | 'column' | 'field' | 'index'>,
  key = false,
): Diagnostic {
  const out: Diagnostic = { ...d, field: fieldPath(path) || undefined };
  if (item) {
    out.file = item.path;
    out.index = item.index;
    if (!out.resource && isKrm(item)) out.resource = refOf(item);
    const node = nodeAt(item.doc, path, key);
    const origin = node?.range ? undefined : originOf(item, path);
    if (origin) {
      // Generated content: point at the inventory entry it came from.
      const at = diagnosticAt(origin.source, origin.at, d);
      return { ...out, field: origin.field ? at.field : out.field, file: at.file, index: at.index, line: at.line, column: at.column };
    }
    if (item.file) {
      const p = pos(item.file, node);
      out.line = p.line;
      out.column = p.column;
    }
  }
  return out;
}

function originOf(item: Item, path: readonly (string | number)[]): Origin | undefined {
  let best: Origin | undefined;
  for (const o of item.origins ?? []) {
    if (o.path.length <= path.length && o.path.every((s, i) => String(s) === String(path[i])) && (!best || o.path.length > best.path.length)) best = o;
  }
  return best;
}
