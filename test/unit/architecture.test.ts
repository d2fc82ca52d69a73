/**
 * docs/architecture.md's folder table is the tree, and the layering it
 * describes holds: nothing outside rules/ reaches into a rule file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../support/cli.js';

const LIB = path.join(ROOT, 'functions', 'lib');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

test("docs/architecture.md's table lists every folder of functions/lib, and only those", () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8');
  const listed = [...doc.matchAll(/^\| `functions\/lib\/([a-z-]+)\/`/gm)].map((m) => m[1]).sort();
  const tree = fs
    .readdirSync(LIB, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  assert.equal(listed, tree);
});

test('no module outside rules/ imports a rule file (RB###-*.ts)', () => {
  const offenders: string[] = [];
  for (const file of tsFiles(path.join(ROOT, 'functions'))) {
    if (file.startsWith(path.join(LIB, 'rules') + path.sep)) continue;
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) if (/\/RB\d{3}-[^/]+$/.test(m[1])) offenders.push(`${path.relative(ROOT, file)} -> ${m[1]}`);
  }
  assert.equal(offenders, []);
});

test.run();
