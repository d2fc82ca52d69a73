// The floor of the YAML stage: what the `yaml` library alone takes to parse a
// rendered stream and emit it again (YAML 1.1, no line folding, as render
// emits), in a fresh process like the render it is compared with.
//
//   node bench/yaml-floor.mjs FILE     prints the milliseconds spent on parse + emit
import fs from 'node:fs';
import { parseAllDocuments } from 'yaml';

const text = fs.readFileSync(process.argv[2], 'utf8');
const start = process.hrtime.bigint();
const docs = parseAllDocuments(text, { version: '1.1', uniqueKeys: false });
const out = docs.map((d) => d.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: false })).join('---\n');
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (out.length === 0) throw new Error('yaml-floor: nothing parsed');
process.stdout.write(`${ms.toFixed(3)}\n`);
