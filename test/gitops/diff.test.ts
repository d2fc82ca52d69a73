/** functions/lib/io/diff.ts: unified diffs that GNU patch applies exactly. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { unifiedDiff } from '../../functions/lib/io/diff.js';
import { tempDir } from './support/package.js';

test('equal texts give an empty diff', () => {
  assert.is(unifiedDiff('a/x', 'b/x', 'a\nb\n', 'a\nb\n'), '');
});

test('one changed line, with three lines of context, as diff -u prints it', () => {
  const from = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\n';
  const to = 'l1\nl2\nl3\nL4\nl5\nl6\nl7\n';
  assert.is(unifiedDiff('a/x', 'b/x', from, to), '--- a/x\n+++ b/x\n@@ -1,7 +1,7 @@\n l1\n l2\n l3\n-l4\n+L4\n l5\n l6\n l7\n');
});

test('far-apart changes make separate hunks', () => {
  const lines = Array.from({ length: 20 }, (_, i) => `l${i + 1}`);
  const changed = [...lines];
  changed[1] = 'X';
  changed[17] = 'Y';
  const d = unifiedDiff('a', 'b', lines.join('\n') + '\n', changed.join('\n') + '\n');
  assert.equal(d.match(/^@@ .* @@$/gm), ['@@ -1,5 +1,5 @@', '@@ -15,6 +15,6 @@']);
});

test('new and deleted files diff against /dev/null', () => {
  assert.is(unifiedDiff('a/x', 'b/x', undefined, 'one\ntwo\n'), '--- /dev/null\n+++ b/x\n@@ -0,0 +1,2 @@\n+one\n+two\n');
  assert.is(unifiedDiff('a/x', 'b/x', 'one\n', undefined), '--- a/x\n+++ /dev/null\n@@ -1 +0,0 @@\n-one\n');
});

test('a missing final newline is marked', () => {
  assert.is(unifiedDiff('a', 'b', 'x\ny', 'x\ny\n'), '--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n');
});

test('property: patch(from, unifiedDiff(from, to)) == to, with either search', () => {
  const dir = tempDir('diff');
  const line = fc.constantFrom('a', 'b', 'c', 'd', '', '  key: value', '- item');
  const text = fc.tuple(fc.array(line, { maxLength: 30 }), fc.boolean()).map(([ls, nl]) => (ls.length ? ls.join('\n') + (nl ? '\n' : '') : ''));
  fc.assert(
    fc.property(text, text, (from, to) => {
      const file = path.join(dir, 'f');
      fs.writeFileSync(file, from);
      // The classic search with a trace, and the linear-space one that takes over for large diffs.
      return [undefined, 0].every((traceBudget) => {
        fs.writeFileSync(file, from);
        const d = unifiedDiff('a/f', 'b/f', from, to, { traceBudget });
        if (from === to) return d === '';
        const r = spawnSync('patch', ['-s', '-p1', '--no-backup-if-mismatch', '-r', '-', file], { input: d, encoding: 'utf8', cwd: dir });
        return r.status === 0 && fs.readFileSync(file, 'utf8') === to;
      });
    }),
    { numRuns: 150 },
  );
});

test('property: the diff is a shortest one (as many changed lines as an LCS says), with either search', () => {
  const lcs = (a: string[], b: string[]) => {
    let row = new Array(b.length + 1).fill(0);
    for (const x of a) {
      const next = [0];
      for (let j = 1; j <= b.length; j++) next.push(x === b[j - 1] ? row[j - 1] + 1 : Math.max(row[j], next[j - 1]));
      row = next;
    }
    return row[b.length];
  };
  const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 60 });
  fc.assert(
    fc.property(lines, lines, (a, b) => {
      return [undefined, 0].every((traceBudget) => {
        const d = unifiedDiff('a/f', 'b/f', a.map((l) => `${l}\n`).join(''), b.map((l) => `${l}\n`).join(''), { traceBudget });
        const changed = d.split('\n').filter((l) => /^[-+][a-d]$/.test(l)).length;
        return changed === a.length + b.length - 2 * lcs(a, b);
      });
    }),
    { numRuns: 300 },
  );
});

test.run();
