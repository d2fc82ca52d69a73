// The performance benchmark (issue 6): `npm run bench` (builds first).
//
// Prints one line per figure, each a ratio of two commands measured side by
// side in this run (same machine, same environment, runs interleaved, median
// of RUNS runs), with PASS/FAIL against the goal, and exits 1 when a figure
// fails. docs/performance.md explains the figures and records results.
//
//   node bench/run.mjs [--runs N] [--cold]
//
// --runs N   runs per command (default 15, the minimum the issue allows)
// --cold     measure with the start-up code cache off (RHOSO_BACKENDS_CACHE=off),
//            i.e. what a user's very first run, or a run with no writable cache, costs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePackage } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const CLI = path.join(root, 'dist', 'rhoso-backends.cjs');
const NODE = process.execPath;

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? 15) || 15;
const COLD = args.includes('--cold');
if (RUNS < 15) console.error(`note: ${RUNS} runs per command; the issue asks for at least 15`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rhoso-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

// The environment every command runs in: this process's, with the tool's code
// cache in a private directory (warm after the first run, as for any user from
// their second run on) or switched off with --cold.
const env = { ...process.env, RHOSO_BACKENDS_CACHE_DIR: path.join(work, 'cache') };
if (COLD) env.RHOSO_BACKENDS_CACHE = 'off';

function run(cmd, argv, { stdout = 'ignore', extraArgs = [] } = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, [...extraArgs, ...argv], { env, cwd: root, stdio: ['ignore', stdout, 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: r.status, stderr: r.stderr ?? '', stdout: r.stdout ?? '' };
}

/** Runs once and fails loudly unless the command succeeds: a benchmark of an error path proves nothing. */
function mustSucceed(label, cmd, argv) {
  const r = run(cmd, argv, { stdout: 'pipe' });
  if (r.status !== 0) {
    console.error(`bench: ${label} failed (exit ${r.status}):\n${r.stderr.split('\n').slice(0, 15).join('\n')}`);
    process.exit(2);
  }
  return r;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Interleaves the commands RUNS times (A B C A B C ...) and returns each one's median. */
function measure(commands) {
  const times = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    commands.forEach((c, j) => {
      const r = c.run();
      if (r.status !== 0) throw new Error(`${c.label} exited ${r.status}: ${r.stderr.slice(0, 400)}`);
      times[j].push(r.value ?? r.ms);
    });
  }
  return times.map(median);
}

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const hasKubectl = kubectl.status === 0;

// Inputs: the bundled example, a hand-written control plane, generated estates.
const example = path.join(root, 'examples', 'multi-vendor');
const handWritten = path.join(here, 'fixtures', 'openstackcontrolplane.yaml');
const p100 = writePackage(100, path.join(work, 'backends-100'));
const p1000 = writePackage(1000, path.join(work, 'backends-1000'));
const rendered1000 = path.join(work, 'rendered-1000.yaml');
const outDir1000 = path.join(work, 'rendered-1000');

// Warm-up (fills the code cache for each command) and correctness checks.
mustSucceed('render of the example', NODE, [CLI, 'render', example]);
const validateProbe = run(NODE, [CLI, 'validate', handWritten], { stdout: 'pipe' });
const hasValidate = validateProbe.status === 0;
mustSucceed('render of 100 back ends', NODE, [CLI, 'render', p100]);
fs.writeFileSync(rendered1000, mustSucceed('render of 1,000 back ends', NODE, [CLI, 'render', p1000]).stdout);
mustSucceed('render --output-dir of 1,000 back ends', NODE, [CLI, 'render', p1000, '--output-dir', outDir1000, '--quiet']);
if (hasKubectl) mustSucceed('kubectl kustomize of the rendered output', 'kubectl', ['kustomize', outDir1000]);

const results = [];
const figure = (name, value, goal, detail) => {
  const pass = value !== undefined && goal.test(value);
  results.push(pass);
  const shown = value === undefined ? 'n/a' : name === 'memory' ? value.toFixed(0) : value.toFixed(2);
  console.log(`${name.padEnd(18)} ${shown.padStart(7)}   goal ${goal.text.padEnd(7)} ${pass ? 'PASS' : 'FAIL'}   ${detail}`);
};
const at = (max) => ({ text: `<= ${max}`, test: (v) => v <= max });
const atLeast = (min) => ({ text: `>= ${min}`, test: (v) => v >= min });

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`rhoso-backends benchmark: node ${process.version}, ${os.cpus().length} x ${cpu}, ${os.platform()} ${os.release()}`);
console.log(
  `environment: NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'unset'}, code cache ${COLD ? 'off (--cold)' : 'warm'}, ` +
    `${RUNS} interleaved runs per command, medians; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
);
const bundleBytes = fs.statSync(CLI).size;
console.log(`bundle: dist/rhoso-backends.cjs ${(bundleBytes / 1024).toFixed(0)} KiB; 1,000-back-end inventory ${(fs.statSync(path.join(p1000, 'inventory.yaml')).size / 1024).toFixed(0)} KiB -> ${(fs.statSync(rendered1000).size / 1024).toFixed(0)} KiB rendered`);
console.log('');

const nodeBare = { label: 'node -e 0', run: () => run(NODE, ['-e', '0']) };

// 1. startup
{
  const [render, bare] = measure([{ label: 'render example', run: () => run(NODE, [CLI, 'render', example]) }, nodeBare]);
  figure('startup', render / bare, at(1.5), `render of examples/multi-vendor ${render.toFixed(1)} ms / node -e 0 ${bare.toFixed(1)} ms (stretch goal 1.3: ${render / bare <= 1.3 ? 'met' : 'not met'})`);
}

// 2. validate-startup
if (hasValidate) {
  const [validate, bare] = measure([{ label: 'validate', run: () => run(NODE, [CLI, 'validate', handWritten]) }, nodeBare]);
  figure('validate-startup', validate / bare, at(1.5), `validate of bench/fixtures/openstackcontrolplane.yaml ${validate.toFixed(1)} ms / node -e 0 ${bare.toFixed(1)} ms`);
} else {
  figure('validate-startup', undefined, at(1.5), `validate of bench/fixtures/openstackcontrolplane.yaml did not succeed (exit ${validateProbe.status}): ${validateProbe.stderr.split('\n')[0]}`);
}

// 3-5: the large estate, all commands interleaved in one loop.
{
  const commands = [
    { label: 'render 1000', run: () => run(NODE, [CLI, 'render', p1000]) },
    { label: 'render 100', run: () => run(NODE, [CLI, 'render', p100]) },
    {
      label: 'yaml floor',
      run: () => {
        const r = run(NODE, [path.join(here, 'yaml-floor.mjs'), rendered1000], { stdout: 'pipe' });
        return { ...r, value: Number(r.stdout.trim()) };
      },
    },
  ];
  if (hasKubectl) commands.push({ label: 'kubectl kustomize', run: () => run('kubectl', ['kustomize', outDir1000]) });
  const [r1000, r100, floor, kustomize] = measure(commands);
  figure('scale-1000', r1000 / floor, at(2.0), `render of 1,000 back ends ${r1000.toFixed(0)} ms (whole process) / yaml parse + emit of its output ${floor.toFixed(0)} ms (in-process)`);
  figure('growth', r1000 / r100, at(12), `1,000 back ends ${r1000.toFixed(0)} ms / 100 back ends ${r100.toFixed(0)} ms`);
  if (hasKubectl) figure('vs-kustomize', kustomize / r1000, atLeast(3), `kubectl kustomize of the rendered dir ${kustomize.toFixed(0)} ms / render ${r1000.toFixed(0)} ms`);
  else figure('vs-kustomize', undefined, atLeast(3), 'kubectl is not on PATH');
}

// 6. memory (a separate probe: the --require hook is not in the timed runs)
{
  let peak = 0;
  for (let i = 0; i < 3; i++) {
    const r = run(NODE, [CLI, 'render', p1000], { extraArgs: ['--require', path.join(here, 'rss-probe.cjs')] });
    const kib = Number(r.stderr.match(/rhoso-bench-maxrss-kib=(\d+)/)?.[1] ?? NaN);
    peak = Math.max(peak, kib);
  }
  figure('memory', peak / 1024, at(200), `peak RSS of render at 1,000 back ends, MiB (max of 3 runs)`);
}

const failed = results.filter((r) => !r).length;
console.log('');
console.log(failed ? `${failed} of ${results.length} figures FAIL` : `all ${results.length} figures PASS`);
process.exitCode = failed ? 1 : 0;
