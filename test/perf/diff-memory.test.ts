/**
 * functions/lib/io/diff.ts keeps memory linear in the size of the files: the
 * peak RSS of a diff with 2N changed lines is at most about 2.2 times that
 * of N changed lines (the classic search's trace alone would need ≈ 256 MB
 * for N = 2,000 and ≈ 1 GB for 4,000: past 16 MiB of trace the linear-space
 * search takes over). Each size runs in a fresh process, since
 * peak RSS only ever grows; the diff must also be the right one (applied by
 * GNU patch).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ROOT = path.resolve(__dirname, '..', '..');
const DIFF = path.join(ROOT, 'functions', 'lib', 'io', 'diff.ts');

/** A file of 2n lines and the same file with every second line changed: n lines removed, n added. */
const child = `
const { unifiedDiff } = require(${JSON.stringify(DIFF)});
const fs = require('node:fs');
const n = Number(process.argv[1]);
const from = Array.from({ length: 2 * n }, (_, i) => '      - name: backend-' + i + '\\n').join('');
const to = Array.from({ length: 2 * n }, (_, i) => (i % 2 ? '      - name: changed-' : '      - name: backend-') + i + '\\n').join('');
const d = unifiedDiff('a/f', 'b/f', from, to);
fs.writeFileSync(process.argv[2], from);
fs.writeFileSync(process.argv[3], d);
fs.writeFileSync(process.argv[4], to);
process.stdout.write(String(process.resourceUsage().maxRSS));
`;

function measure(n: number): { maxRssKiB: number; applies: boolean; removed: number; added: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rhoso-diff-rss-'));
  try {
    const [file, patch, expected] = ['f', 'f.diff', 'expected'].map((f) => path.join(dir, f));
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', child, String(n), file, patch, expected], { cwd: ROOT, encoding: 'utf8' });
    assert.is(r.status, 0, r.stderr);
    const d = fs.readFileSync(patch, 'utf8');
    const p = spawnSync('patch', ['-s', '-p1', '--no-backup-if-mismatch', '-r', '-', file], { input: d, encoding: 'utf8', cwd: dir });
    const lines = d.split('\n');
    return {
      maxRssKiB: Number(r.stdout),
      applies: p.status === 0 && fs.readFileSync(file, 'utf8') === fs.readFileSync(expected, 'utf8'),
      removed: lines.filter((l) => l.startsWith('-      ')).length,
      added: lines.filter((l) => l.startsWith('+      ')).length,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('peak RSS of the diff grows at most about 2.2x from N to 2N changed lines', () => {
  const n = 2000;
  const small = measure(n);
  const large = measure(2 * n);
  for (const [m, size] of [[small, n], [large, 2 * n]] as const) {
    assert.ok(m.applies, `the diff of ${size} changed lines applies with patch`);
    assert.is(m.removed, size, 'a shortest diff: each changed line removed once');
    assert.is(m.added, size, 'and added once');
  }
  const ratio = large.maxRssKiB / small.maxRssKiB;
  assert.ok(ratio <= 2.2, `peak RSS ${small.maxRssKiB} KiB for ${n} changed lines, ${large.maxRssKiB} KiB for ${2 * n}: ${ratio.toFixed(2)}x`);
});

test.run();
