// The floor of a render (issue 15): what no Node implementation avoids besides
// starting a process. In this fresh process, after `yaml` is loaded, it
// parses the same inventory (as render reads it: YAML 1.1, with positions)
// and stringifies the same output objects (as render prints them), writes the
// text to /dev/null, and prints the milliseconds that took. bench/run.mjs adds
// `node -e 0` to it.
//
//   node bench/floor.mjs INVENTORY RENDERED
import fs from 'node:fs';
import { LineCounter, parse, parseAllDocuments, stringify } from 'yaml';

const [inventoryFile, renderedFile] = process.argv.slice(2);
// The output objects as plain data, made before the clock starts: render holds them when it prints.
const objects = fs
  .readFileSync(renderedFile, 'utf8')
  .split(/^---\n/m)
  .filter((d) => d.trim() !== '')
  .map((d) => parse(d, { version: '1.1' }));
const sink = fs.openSync('/dev/null', 'w');

const start = process.hrtime.bigint();
const inventory = parseAllDocuments(fs.readFileSync(inventoryFile, 'utf8'), { version: '1.1', lineCounter: new LineCounter() });
const text = objects.map((o) => stringify(o, { version: '1.1', directives: false, lineWidth: 0, minContentWidth: 0, indentSeq: false, blockQuote: 'literal' })).join('---\n');
fs.writeSync(sink, text);
const ms = Number(process.hrtime.bigint() - start) / 1e6;

if (inventory.length === 0 || text.length === 0) throw new Error('floor: nothing parsed or printed');
process.stdout.write(`${ms.toFixed(3)}\n`);
