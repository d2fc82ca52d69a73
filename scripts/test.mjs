// Runs the uvu suite (TypeScript through tsx) and ends with the plain
// "N passed, N failed, N skipped" line CI reads.
//
//   node scripts/test.mjs [dir] [pattern]
//
// The optional pattern narrows the run to test files whose path matches it.
//
// Node.js lines: every test file runs on the Node.js running this script (the
// machine's). The files that spawn the bundled CLI (they import runCli, CLI or
// NODE from test/support/cli.ts, or runTool from test/gitops/support) run again
// on each Node.js line pinned as a devDependency (node_modules/node22,
// node_modules/node24), with RHOSO_TEST_NODE naming that binary (runCli starts
// the bundle with it) and its folder first on PATH (kpt, pre-commit and the
// Argo CD plugin start the bundle through its `#!/usr/bin/env node` line).
// The other tests exercise the TypeScript sources in-process, which do not
// depend on the line that later runs the bundle, so they run once; so do the
// bulk CLI suites in MACHINE_ONLY below (RHOSO_TEST_EVERY_FILE=1, the default
// with CI set, runs them on every line too).
// The pinned lines run on a whole-suite run (no pattern, as `npm test` and CI
// do); a narrowed run uses the machine's Node only unless RHOSO_TEST_RUNTIMES
// says otherwise: a comma list of `machine`, `node22`, `node24` ("all" = all).
// The runs go in parallel (RHOSO_TEST_JOBS, default: one per CPU).
//
// Skipped tests (a missing kpt, kubectl or pre-commit; test/support/skip.ts)
// are listed with their reason above the closing line.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? 'test';
const narrow = process.argv[3];
const PINNED = ['node22', 'node24'];

/**
 * CLI-spawning files that run on the machine's Node.js only: each renders
 * many inputs (generated inventories, every example, every upstream sample)
 * through code paths the other CLI suites already run on every line. What
 * differs between Node.js lines is start-up (the loader and its code cache),
 * streams, files, child processes and the network, not the plain-JavaScript
 * pipeline; test/property/spawn.test.ts checks the spawned bundle against the
 * in-process one on each line. Run three times they would nearly triple the
 * suite's time for no new coverage.
 */
const MACHINE_ONLY = new Set([
  'adversarial/corpus.test.ts', // hostile inputs, in-process but for one case
  'credentials/cases.test.ts',
  'credentials/leak.test.ts',
  'reproduce/reproduce.test.ts',
  'roundtrip/determinism.test.ts',
  'unit/examples-crd.test.ts',
  'update/cases.test.ts',
  'vendor-samples/vendor-samples.test.ts',
]);

const narrowTo = (rel) => !narrow || new RegExp(narrow, 'i').test(rel);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A test file spawns the bundle when it uses what starts it (test/support/cli.ts, test/gitops/support/package.ts). */
const SPAWNS_CLI = /\b(?:runCli|runTool|NODE)\b|\bimport\s*\{[^}]*\bCLI\b[^}]*\}\s*from\s*'[^']*\/support\/cli\.js'/;

function testFiles() {
  const base = path.resolve(root, dir);
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(abs);
      } else if (e.name.endsWith('.test.ts')) out.push(path.relative(base, abs).split(path.sep).join('/'));
    }
  };
  walk(base);
  return out.sort().filter(narrowTo);
}

function runtimesWanted() {
  const asked = process.env.RHOSO_TEST_RUNTIMES;
  if (asked === undefined || asked === '') return narrow ? ['machine'] : ['machine', ...PINNED];
  const list = asked === 'all' ? ['machine', ...PINNED] : asked.split(',').map((s) => s.trim()).filter(Boolean);
  for (const r of list) if (r !== 'machine' && !PINNED.includes(r)) throw new Error(`RHOSO_TEST_RUNTIMES: unknown runtime "${r}" (machine, ${PINNED.join(', ')}, all)`);
  return list;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rhoso-test-run-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const files = testFiles();
const cliFiles = files.filter((rel) => SPAWNS_CLI.test(fs.readFileSync(path.resolve(root, dir, rel), 'utf8')));
// CI runs every CLI-spawning file on every line (the acceptance: the bundle works on 20, 22 and 24);
// locally the bulk ones stay on the machine's Node.js unless asked.
const everyFile = /^(1|true|yes)$/i.test(process.env.RHOSO_TEST_EVERY_FILE ?? (/^(1|true)$/i.test(process.env.CI ?? '') ? '1' : ''));
const lineFiles = cliFiles.filter((rel) => everyFile || dir !== 'test' || !MACHINE_ONLY.has(rel));
const heldBack = cliFiles.length - lineFiles.length;
const passes = [];
for (const runtime of runtimesWanted()) {
  if (runtime === 'machine') {
    passes.push({ label: `Node.js ${process.version} (this machine): every test`, files, env: {} });
    continue;
  }
  const node = path.join(root, 'node_modules', runtime, 'bin', 'node');
  if (!fs.existsSync(node)) {
    passes.push({ label: `${runtime}: ${path.relative(root, node)} is missing (run npm ci)`, missing: true });
    continue;
  }
  const version = fs.readFileSync(path.join(root, 'node_modules', runtime, 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)[1];
  passes.push({
    label: `Node.js v${version} (${runtime}): ${lineFiles.length} CLI-spawning test file${lineFiles.length === 1 ? '' : 's'}${heldBack ? ` (${heldBack} bulk ones on this machine's Node.js only)` : ''}`,
    files: lineFiles,
    env: { RHOSO_TEST_NODE: node, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` },
  });
}

/** One uvu process over `pass.files`; resolves with its output and counts. */
function run(pass, index) {
  if (pass.missing || pass.files.length === 0) return Promise.resolve({ ...pass, stdout: '', stderr: '', status: pass.missing ? 1 : 0, skips: [] });
  const skipLog = path.join(tmp, `skips-${index}.jsonl`);
  const pattern = `^(?:${pass.files.map(escape).join('|')})$`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'node_modules/uvu/bin.js'), dir, pattern], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', RHOSO_TEST_SKIP_LOG: skipLog, ...pass.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    // A test that leaves a server or child process running would keep uvu
    // alive forever; fail loudly instead (a whole run takes a few minutes).
    const timer = setTimeout(() => {
      stderr += '\nerror: this test run did not finish within 30 minutes and was stopped\n';
      child.kill('SIGKILL');
    }, 30 * 60 * 1000);
    child.on('close', (status) => {
      clearTimeout(timer);
      const skips = fs.existsSync(skipLog) ? fs.readFileSync(skipLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
      resolve({ ...pass, stdout, stderr, status, skips });
    });
  });
}

async function runAll() {
  const jobs = Math.max(1, Number(process.env.RHOSO_TEST_JOBS) || os.availableParallelism?.() || os.cpus().length);
  const results = new Array(passes.length);
  let next = 0;
  const worker = async () => {
    while (next < passes.length) {
      const i = next++;
      results[i] = await run(passes[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, passes.length) }, worker));
  return results;
}

const started = Date.now();
const results = await runAll();
let passed = 0;
let failed = 0;
let skipped = 0;
const reasons = new Map();
for (const r of results) {
  process.stdout.write(`\n=== ${r.label}\n`);
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const plain = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  // The last summary is uvu's own: a test may print a nested run's output before it.
  const num = (label) => Number([...plain.matchAll(new RegExp(`^\\s*${label}:\\s+(\\d+)`, 'gm'))].at(-1)?.[1] ?? 0);
  // uvu's Total counts the tests that ran; skipped ones are counted apart.
  const total = num('Total');
  const ok = num('Passed');
  passed += ok;
  failed += r.status === 0 ? total - ok : Math.max(1, total - ok);
  skipped += num('Skipped');
  for (const s of r.skips) {
    const entry = reasons.get(s.reason) ?? { tests: new Set(), runs: new Set(), count: 0 };
    entry.tests.add(s.test);
    entry.runs.add(r.label.split(':')[0]);
    entry.count++;
    reasons.set(s.reason, entry);
  }
}
if (reasons.size > 0) {
  process.stdout.write('\nSkipped, with the reason:\n');
  for (const [reason, e] of reasons) {
    const names = [...e.tests];
    process.stdout.write(`  ${e.count} × ${reason}\n    on ${[...e.runs].join(', ')}: ${names.slice(0, 3).join('; ')}${names.length > 3 ? `; and ${names.length - 3} more` : ''}\n`);
  }
}
process.stdout.write(`\nNode.js runs: ${results.map((r) => r.label.split(':')[0]).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed === 0 && passed + skipped > 0 && results.every((r) => r.status === 0) ? 0 : 1);
