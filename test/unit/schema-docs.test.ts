/** The inventory schema documents every field (editors show these descriptions; docs/inventory.md is generated from them). */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../support/cli.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'backend-inventory.schema.json'), 'utf8'));

function* properties(node: any, at: string): Generator<[string, any]> {
  if (!node || typeof node !== 'object') return;
  if (node.properties) for (const [k, v] of Object.entries(node.properties)) yield [`${at}.${k}`, v];
  for (const [k, v] of Object.entries(node)) if (k !== 'properties' && typeof v === 'object') yield* properties(v, `${at}/${k}`);
  if (node.properties) for (const [k, v] of Object.entries(node.properties)) yield* properties(v, `${at}.${k}`);
}

test('every property has a description (directly or through its $ref)', () => {
  const missing: string[] = [];
  const resolve = (v: any) => {
    if (!v.$ref) return v;
    const parts = v.$ref.replace('#/definitions/', '').split('/properties/');
    let t = schema.definitions[parts[0]];
    for (const p of parts.slice(1)) t = t?.properties?.[p];
    return { ...t, ...v };
  };
  for (const [where, v] of properties(schema, '')) {
    const r = resolve(v);
    if (!r.description) missing.push(where);
  }
  assert.equal([...new Set(missing)], []);
});

test('every example inventory points editors at the schema', () => {
  const dir = path.join(ROOT, 'examples');
  for (const e of fs.readdirSync(dir)) {
    const f = path.join(dir, e, 'inventory.yaml');
    if (!fs.existsSync(f)) continue;
    assert.match(fs.readFileSync(f, 'utf8').split('\n')[0], /^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/backend-inventory\.schema\.json$/, e);
  }
});

test.run();
