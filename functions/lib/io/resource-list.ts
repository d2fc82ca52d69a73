/**
 * KRM Functions Specification I/O: a ResourceList in, a ResourceList out.
 * Items stay YAML nodes (comments kept); results follow the spec's shape
 * (severity, message, resourceRef, field.path, file.path/index).
 */
import { Document, isMap, isScalar, isSeq, type Node as YamlNode, YAMLMap, YAMLSeq } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { INDEX_ANNOTATION, LEGACY_INDEX_ANNOTATION, LEGACY_PATH_ANNOTATION, PATH_ANNOTATION, annotationOf, setAnnotation, type Item } from './resources.js';
import { parseYamlFile, pos, STRINGIFY_OPTIONS, YAML_OPTIONS } from './yaml.js';

export const RESOURCE_LIST_VERSIONS = ['config.kubernetes.io/v1', 'config.kubernetes.io/v1beta1'];
/** kpt: the absolute directory of the package an item belongs to (it may be a subpackage). */
export { PACKAGE_PATH_ANNOTATION } from './kpt-annotations.js';

export interface ResourceList {
  apiVersion: string;
  items: Item[];
  functionConfig?: Item;
}

export function parseResourceList(text: string): { list?: ResourceList; diagnostics: Diagnostic[] } {
  const parsed = parseYamlFile('<stdin>', text);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: parsed.diagnostics };
  const doc = parsed.file.docs[0];
  const fail = (message: string, hint?: string) => ({ diagnostics: [{ severity: 'error' as const, rule: 'fn/input', message, hint, file: '<stdin>', line: 1, column: 1 }] });
  if (!doc || !isMap(doc.contents)) return fail('stdin is not a ResourceList', 'kpt and kustomize send a ResourceList on stdin; to render files, use `rhoso-backends render PATH`');
  const apiVersion = String(doc.get('apiVersion') ?? '');
  if (doc.get('kind') !== 'ResourceList' || !RESOURCE_LIST_VERSIONS.includes(apiVersion)) {
    return fail(`expected kind ResourceList with apiVersion ${RESOURCE_LIST_VERSIONS.join(' or ')}`, 'to render files, use `rhoso-backends render PATH`');
  }
  const itemsNode = doc.get('items', true);
  if (itemsNode !== undefined && itemsNode !== null && !isSeq(itemsNode) && !(isScalar(itemsNode) && itemsNode.value === null)) {
    // Reading a mapping as "no items" would make fn prune everything it generated.
    const p = pos(parsed.file, itemsNode as YamlNode);
    return { diagnostics: [{ severity: 'error', rule: 'fn/input', message: 'items must be a list of resources', hint: 'write items: [...], one resource per list entry', file: '<stdin>', line: p.line, column: p.column, field: 'items' }] };
  }
  const fcNode = doc.get('functionConfig', true);
  if (fcNode !== undefined && fcNode !== null && !isMap(fcNode) && !(isScalar(fcNode) && fcNode.value === null)) {
    const p = pos(parsed.file, fcNode as YamlNode);
    return { diagnostics: [{ severity: 'error', rule: 'fn/input', message: 'functionConfig must be a resource (a mapping)', hint: 'give the BackendInventory (configPath: in the Kptfile) or leave functionConfig out', file: '<stdin>', line: p.line, column: p.column, field: 'functionConfig' }] };
  }
  const items: Item[] = [];
  if (isSeq(itemsNode)) {
    itemsNode.items.forEach((node, i) => {
      const d = wrap(node as YamlNode);
      const item: Item = { doc: d, path: '', index: 0 };
      item.path = annotationOf(item, PATH_ANNOTATION) ?? annotationOf(item, LEGACY_PATH_ANNOTATION) ?? `resource_${i}.yaml`;
      item.index = Number(annotationOf(item, INDEX_ANNOTATION) ?? annotationOf(item, LEGACY_INDEX_ANNOTATION) ?? 0);
      items.push(item);
    });
  }
  let functionConfig: Item | undefined;
  if (isMap(fcNode)) {
    functionConfig = { doc: wrap(fcNode), path: '', index: 0 };
    functionConfig.path = annotationOf(functionConfig, PATH_ANNOTATION) ?? annotationOf(functionConfig, LEGACY_PATH_ANNOTATION) ?? '';
  }
  return { list: { apiVersion, items, functionConfig }, diagnostics: parsed.diagnostics };
}

function wrap(node: YamlNode): Document {
  const d = new Document(undefined, YAML_OPTIONS);
  d.contents = node as never;
  return d;
}

/** Spec result for one diagnostic. Messages carry the hint; credential values never appear in them. */
function result(d: Diagnostic): Record<string, unknown> {
  const r: Record<string, unknown> = { message: d.hint ? `[${d.rule}] ${d.message} (${d.hint})` : `[${d.rule}] ${d.message}`, severity: d.severity };
  if (d.resource?.kind) {
    r.resourceRef = { apiVersion: d.resource.apiVersion, kind: d.resource.kind, name: d.resource.name, ...(d.resource.namespace ? { namespace: d.resource.namespace } : {}) };
  }
  if (d.field) r.field = { path: d.field };
  if (d.file && d.file !== '<stdin>') r.file = { path: d.file, index: d.index ?? 0 };
  if (d.line !== undefined && d.file !== '<stdin>') r.tags = { line: String(d.line), column: String(d.column ?? 1) };
  return r;
}

/**
 * A resource's head comment must come out as `- # comment` followed by the
 * first key, the form kpt writes: kpt copies head comments back from the
 * original by id, and a comment printed above the `-` is read by kpt as a
 * different node's, so every render would add another copy. The comment may
 * sit on the document (read from a file) or on the map (read from a list).
 */
function hoistHeadComment(doc: Document, node: YamlNode): void {
  if (!isMap(node) || node.items.length === 0 || !isScalar(node.items[0].key)) {
    if (doc.commentBefore && node && !node.commentBefore) node.commentBefore = doc.commentBefore;
    return;
  }
  const firstKey = node.items[0].key;
  const comment = [doc.commentBefore, node.commentBefore, firstKey.commentBefore].filter((c) => c).join('\n');
  if (!comment) return;
  firstKey.commentBefore = comment;
  node.commentBefore = undefined;
}

/** Serialises the output ResourceList. New items get explicit path/index annotations. */
export function stringifyResourceList(apiVersion: string, items: Item[], diagnostics: Diagnostic[], functionConfig?: Item): string {
  const out = new Document({ apiVersion, kind: 'ResourceList' }, YAML_OPTIONS);
  const seq = new YAMLSeq(out.schema);
  for (const item of items) {
    if (annotationOf(item, PATH_ANNOTATION) === undefined && annotationOf(item, LEGACY_PATH_ANNOTATION) === undefined) {
      setAnnotation(item, PATH_ANNOTATION, item.path);
      setAnnotation(item, INDEX_ANNOTATION, String(item.index));
    }
    const node = item.doc.contents as YamlNode;
    hoistHeadComment(item.doc, node);
    seq.items.push(node);
  }
  (out.contents as YAMLMap).set('items', seq);
  if (functionConfig) (out.contents as YAMLMap).set('functionConfig', functionConfig.doc.contents);
  if (diagnostics.length > 0) (out.contents as YAMLMap).set('results', out.createNode(diagnostics.map(result)));
  return out.toString(STRINGIFY_OPTIONS);
}
