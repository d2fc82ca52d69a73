import { parseAllDocuments, LineCounter } from 'yaml';
import fs from 'node:fs';
const text = fs.readFileSync('examples/multi-vendor/inventory.yaml', 'utf8');
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  const lc = new LineCounter();
  const d = parseAllDocuments(text, { version: '1.1', lineCounter: lc });
  const t2 = performance.now();
  d[0].toString();
  console.log(i, (t2 - t).toFixed(2), (performance.now() - t2).toFixed(2));
}
