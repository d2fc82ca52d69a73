import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import fs from 'node:fs';
const SUB_ARRAYS = ['anyOf', 'oneOf', 'allOf'];
const SUB_OBJ = ['items', 'additionalProperties', 'not'];
const SUB_MAPS = ['properties', 'patternProperties'];
function children(node, fn) {
  for (const k of SUB_MAPS) if (node[k]) for (const p of Object.keys(node[k])) node[k][p] = fn(node[k][p]);
  for (const k of SUB_OBJ) if (node[k] && typeof node[k] === 'object') node[k] = fn(node[k]);
  for (const k of SUB_ARRAYS) if (Array.isArray(node[k])) node[k] = node[k].map(fn);
}
export function dedupe(schema, min = 300) {
  const counts = new Map();
  const count = (n) => { const c = structuredClone(n); children(c, count); const k = JSON.stringify(n); counts.set(k, (counts.get(k) ?? 0) + 1); return n; };
  children(schema, count);
  const defs = {}; const names = new Map();
  const replace = (n) => { const key = JSON.stringify(n); const copy = { ...n }; children(copy, replace); if ((counts.get(key) ?? 0) >= 2 && key.length >= min) { let name = names.get(key); if (!name) { name = `s${names.size}`; names.set(key, name); defs[name] = copy; } return { $ref: `#/$defs/${name}` }; } return copy; };
  const out = { ...schema }; children(out, replace);
  return { ...out, $defs: defs };
}
for (const f of ['openstackcontrolplane-main', 'openstackcontrolplane-18-stable']) {
  for (const min of [100, 300, 1000]) {
    const schema = dedupe(JSON.parse(fs.readFileSync(`schemas/crd/${f}.json`, 'utf8')), min);
    const t = performance.now();
    const ajv = new Ajv({ allErrors: true, verbose: process.env.V === "1", strict: false, validateFormats: false, inlineRefs: false, code: { source: true, lines: false } });
    const v = ajv.compile(schema);
    const code = standaloneCode.default(ajv, v);
    console.log(f, min, Object.keys(schema.$defs).length, JSON.stringify(schema).length, code.length, (performance.now() - t).toFixed(0) + 'ms');
  }
}
