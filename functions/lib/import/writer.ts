/**
 * The imported inventory as a commented YAML file: the editor's `$schema`
 * line, a header saying where it came from and what is left to do, and a
 * short comment at each entry naming its source. Written with the project's
 * YAML 1.1 options, so `on`, `0644` and the like are quoted and render reads
 * exactly the values import found.
 */
import { Document, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { STRINGIFY_OPTIONS, YAML_OPTIONS } from '../io/yaml.js';
import { inventoryFieldOrder, type FieldOrder } from '../../../build/generated/inventory-field-order.mjs';

/** A comment on the node at `path` of the inventory (before it, or at the end of its line for scalars). */
export interface FieldComment {
  path: (string | number)[];
  text: string;
}

/** The inventory with every object's fields in the schema's order (docs/inventory.md's); maps keep theirs. */
export function inSchemaOrder<T>(value: T, order: FieldOrder | undefined = inventoryFieldOrder): T {
  if (Array.isArray(value)) return value.map((v) => inSchemaOrder(v, order?.items)) as T;
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const rank = (k: string) => {
    const i = order?.keys?.indexOf(k) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const sorted = order?.keys ? [...entries].sort(([a], [b]) => rank(a) - rank(b)) : entries;
  return Object.fromEntries(sorted.map(([k, v]) => [k, inSchemaOrder(v, order?.fields?.[k] ?? order?.values)])) as T;
}

export function writeInventory(inventory: Record<string, unknown>, header: string[], comments: readonly FieldComment[], schemaRef: string): string {
  const doc = new Document(inventory, YAML_OPTIONS);
  for (const c of comments) {
    const node = doc.getIn(c.path, true) as YamlNode | undefined;
    if (!node || typeof node !== 'object') continue;
    if (isMap(node) || isSeq(node)) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${c.text}` : ` ${c.text}`;
    else node.comment = ` ${c.text}`;
  }
  const lines = [`yaml-language-server: $schema=${schemaRef}`, '', ...header];
  doc.commentBefore = lines.map((l) => (l === '' ? '' : ` ${l}`)).join('\n');
  return doc.toString(STRINGIFY_OPTIONS);
}
