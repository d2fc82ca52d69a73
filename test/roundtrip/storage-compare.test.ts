/**
 * The storage comparison the round-trip tests rely on (test/support/storage-compare.ts)
 * is itself tested: each case in test/roundtrip/compare/ holds a source and
 * another control plane, and expected.txt, written by hand, lists the
 * differences it must find (`equal` when none; `over-shared:` lines are
 * reported, not differences). A case named quiet* must find no difference.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readInputs } from '../../functions/lib/io/package.js';
import { compareStorage, storageSideOf } from '../support/storage-compare.js';

const CASES = path.join(__dirname, 'compare');

function side(file: string) {
  const read = readInputs([file]);
  assert.equal(read.diagnostics, [], file);
  return storageSideOf(read.items);
}

for (const name of fs.readdirSync(CASES).sort()) {
  test(`storage comparison: ${name}`, () => {
    const dir = path.join(CASES, name);
    const { differences, overShared } = compareStorage(side(path.join(dir, 'source.yaml')), side(path.join(dir, 'other.yaml')));
    const lines = [...differences, ...overShared.map((l) => `over-shared: ${l}`)];
    const expected = fs.readFileSync(path.join(dir, 'expected.txt'), 'utf8').trim();
    assert.fixture(lines.length ? lines.join('\n') : 'equal', expected);
    if (name.startsWith('quiet')) assert.equal(differences, [], 'a quiet case finds no difference');
    else assert.ok(differences.length > 0, 'the case finds its difference');
  });
}

test('the comparison is symmetric in what it finds', () => {
  for (const name of fs.readdirSync(CASES)) {
    const dir = path.join(CASES, name);
    const a = side(path.join(dir, 'source.yaml'));
    const b = side(path.join(dir, 'other.yaml'));
    const there = compareStorage(a, b);
    const back = compareStorage(b, a);
    assert.is(there.differences.length + there.overShared.length > 0, back.differences.length + back.overShared.length > 0, name);
  }
});

test.run();
