import { parseAllDocuments } from 'yaml';
import fs from 'node:fs';
const text = fs.readFileSync(process.argv[2], 'utf8');
const t = performance.now();
const docs = parseAllDocuments(text, { version: '1.1' });
const t2 = performance.now();
const out = docs.map((d) => d.toString({ lineWidth: 0 })).join('---\n');
const t3 = performance.now();
console.log('parse', (t2 - t).toFixed(0), 'emit', (t3 - t2).toFixed(0), out.length);
