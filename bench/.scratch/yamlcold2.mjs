import { parseAllDocuments, LineCounter, Parser, Lexer, Composer } from 'yaml';
import fs from 'node:fs';
const text = fs.readFileSync('examples/multi-vendor/inventory.yaml', 'utf8');
for (let i = 0; i < 6; i++) {
  let t = performance.now();
  const toks = [...new Lexer().lex(text)];
  const a = performance.now() - t; t = performance.now();
  const csts = [...new Parser().parse(text)];
  const b = performance.now() - t; t = performance.now();
  const d = parseAllDocuments(text);
  const c = performance.now() - t;
  console.log(i, toks.length, a.toFixed(2), b.toFixed(2), c.toFixed(2));
}
