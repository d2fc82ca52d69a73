// Runs the uvu suite (TypeScript through tsx) and ends with the plain
// "N passed, N failed" line CI reads. Usage: node scripts/test.mjs [dir] [pattern]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? 'test';
// The optional second argument narrows the run to test files whose path matches it.
const narrow = process.argv[3];
const pattern = narrow ? `^(?=.*(?:${narrow})).*\\.test\\.ts$` : '\\.test\\.ts$';
const res = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'node_modules/uvu/bin.js'), dir, pattern], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  maxBuffer: 256 * 1024 * 1024,
  // A test that leaves a server or child process running would keep uvu alive
  // forever; fail loudly instead (the suite takes about two minutes).
  timeout: 30 * 60 * 1000,
  killSignal: 'SIGKILL',
});
if (res.error?.code === 'ETIMEDOUT') process.stderr.write('\nerror: the test run did not finish within 30 minutes and was stopped\n');
process.stdout.write(res.stdout ?? '');
process.stderr.write(res.stderr ?? '');
const plain = (res.stdout ?? '').replace(/\x1b\[[0-9;]*m/g, '');
const num = (label) => Number((plain.match(new RegExp(`${label}:\\s+(\\d+)`)) ?? [])[1] ?? 0);
const total = num('Total');
const passed = num('Passed');
const skipped = num('Skipped');
const failed = res.status === 0 ? total - passed - skipped : Math.max(1, total - passed - skipped);
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(res.status === 0 && failed === 0 && total > 0 ? 0 : 1);
