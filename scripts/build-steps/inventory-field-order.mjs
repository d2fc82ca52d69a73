// Build step: the order of the inventory's fields, as the schema (and so
// docs/inventory.md) lists them, for the inventories `import` writes.
//
//   schemas/backend-inventory.schema.json -> build/generated/inventory-field-order.mjs
//
// A tree of { keys: [field, ...], fields: { field: subtree }, items: subtree,
// values: subtree } with $refs resolved; only names, no docs, so the bundle
// stays small.
import fs from 'node:fs';
import path from 'node:path';

export default async function inventoryFieldOrder({ root, gen, writeIfChanged }) {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'backend-inventory.schema.json'), 'utf8'));
  const resolve = (node) => {
    while (node && typeof node.$ref === 'string') node = node.$ref.replace(/^#\//, '').split('/').reduce((n, k) => n?.[k], schema);
    return node;
  };
  const seen = new Set();
  const walk = (raw) => {
    const node = resolve(raw);
    if (!node || typeof node !== 'object' || seen.has(node)) return undefined;
    seen.add(node);
    const out = {};
    if (node.properties) {
      out.keys = Object.keys(node.properties);
      const fields = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, walk(v)]).filter(([, v]) => v));
      if (Object.keys(fields).length) out.fields = fields;
    }
    const items = node.items && walk(node.items);
    if (items) out.items = items;
    const values = node.additionalProperties && typeof node.additionalProperties === 'object' ? walk(node.additionalProperties) : undefined;
    if (values) out.values = values;
    seen.delete(node);
    return Object.keys(out).length ? out : undefined;
  };
  writeIfChanged(path.join(gen, 'inventory-field-order.mjs'), `export const inventoryFieldOrder = ${JSON.stringify(walk(schema))};\n`);
  writeIfChanged(
    path.join(gen, 'inventory-field-order.d.mts'),
    'export interface FieldOrder { keys?: string[]; fields?: Record<string, FieldOrder>; items?: FieldOrder; values?: FieldOrder }\nexport declare const inventoryFieldOrder: FieldOrder;\n',
  );
}
