/**
 * scripts/test.mjs, run as `npm test` runs it: skipped client tests are
 * counted and explained on a machine without the client, and fail with CI
 * set; the CLI-spawning test files run again on the pinned Node.js lines.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../support/cli.js';

/** A PATH with git and nothing else: no kpt, kubectl or pre-commit (the runner starts tsx and uvu by absolute path). */
const bareBin = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-runner-bin-'));
process.on('exit', () => fs.rmSync(bareBin, { recursive: true, force: true }));
fs.symlinkSync(spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim(), path.join(bareBin, 'git'));

function runner(pattern: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'test.mjs'), 'test', pattern], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { HOME: process.env.HOME, PATH: process.env.PATH, CI: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const closing = r.stdout.trim().split('\n').at(-1) ?? '';
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, closing };
}

test('without kpt on PATH: the kpt tests are skipped, counted on the closing line, with the reason and the install command', () => {
  const r = runner('gitops/kpt\\.test', { PATH: bareBin, RHOSO_TEST_RUNTIMES: 'machine' });
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.is(r.closing, '0 passed, 0 failed, 5 skipped');
  assert.match(r.stdout, /Skipped, with the reason:\n {2}5 × kpt is not on PATH \(install: apt-get install google-cloud-cli-kpt/);
  assert.match(r.stdout, 'kpt 1: render expands the inventory into the package');
});

test('without kpt on PATH and CI=true: the same tests fail, saying what to install', () => {
  const r = runner('gitops/kpt\\.test', { PATH: bareBin, RHOSO_TEST_RUNTIMES: 'machine', CI: 'true' });
  assert.is(r.code, 1);
  assert.is(r.closing, '0 passed, 5 failed, 0 skipped');
  assert.match(r.stdout, 'kpt is not on PATH (install: apt-get install google-cloud-cli-kpt');
  assert.match(r.stdout, 'with CI set, tests that need it fail instead of being skipped');
});

test('the CLI-spawning test files run once per Node.js line; one closing line adds them up', () => {
  const r = runner('runner/node-lines\\.test', { RHOSO_TEST_RUNTIMES: 'all' });
  assert.is(r.code, 0, r.stdout + r.stderr);
  const versions = [process.version, ...['node22', 'node24'].map((a) => `v${JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', a, 'package.json'), 'utf8')).version}`)];
  const headers = r.stdout.split('\n').filter((l) => l.startsWith('=== '));
  assert.equal(
    headers.map((h) => h.match(/Node\.js (v[\d.]+)/)?.[1]),
    versions,
  );
  assert.match(headers[1], ': 1 CLI-spawning test file');
  const perRun = (r.stdout.match(/Passed:\s+(\d+)/g) ?? []).map((m) => Number(m.split(/\s+/)[1]));
  assert.is(perRun.length, 3);
  assert.is(r.closing, `${perRun.reduce((a, b) => a + b, 0)} passed, 0 failed, 0 skipped`);
});

test.run();
