import { Parser, parseAllDocuments } from 'yaml';
import fs from 'node:fs';
const text = fs.readFileSync(process.argv[2], 'utf8');
for (let i = 0; i < 6; i++) {
  let t = performance.now();
  let n = 0; for (const tok of new Parser().parse(text)) n++;
  const a = performance.now() - t; t = performance.now();
  parseAllDocuments(text, { version: '1.1' });
  console.log(i, 'cst', a.toFixed(0), 'full', (performance.now() - t).toFixed(0));
}
