// The floor of a render (issue 15): what no Node implementation avoids besides
// starting a process. In this fresh process, after `yaml` is loaded, it
// parses the same inventory (as render reads it: YAML 1.1, with positions)
// and stringifies the same output objects (as render prints them), writes the
// text to /dev/null, and prints the milliseconds that took. bench/run.mjs adds
// `node -e 0` to it.
//
//   node bench/floor.mjs INVENTORY OBJECTS.v8     the floor
//   node bench/floor.mjs INVENTORY RENDERED.yaml  the method used before 2026-11-28 (information)
//
// OBJECTS.v8 holds the output objects, v8-serialized by bench/run.mjs (dates,
// NaN and big numbers survive, unlike JSON): render holds them when it prints,
// so they are made before the clock starts, and making them runs none of
// `yaml`'s code, which then runs cold, as in a render. The earlier method parsed
// RENDERED with `yaml` before the clock: 700 KB of parsing left the parser
// compiled and optimised, and the young generation grown, before the timed parse
// of the inventory, so that floor was a warm one.
import fs from 'node:fs';
import v8 from 'node:v8';
import { LineCounter, parse, parseAllDocuments, stringify } from 'yaml';

const [inventoryFile, outputFile] = process.argv.slice(2);
const objects = outputFile.endsWith('.v8')
  ? v8.deserialize(fs.readFileSync(outputFile))
  : fs
      .readFileSync(outputFile, 'utf8')
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
