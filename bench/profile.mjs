// Where a render's time goes (issue 15): runs dist/rhoso-backends.cjs (and its program file) under
// `node --cpu-prof` and attributes every sample to a stage of the run, mapped
// back to the sources through a source map of the same esbuild bundle.
//
//   node bench/profile.mjs [--runs N] [--interval US] [--top N] -- ARGS...
//   e.g. node bench/profile.mjs --runs 5 -- render examples/multi-vendor
//
// Prints, per stage, the median CPU ms over the runs (the profile starts after
// Node's bootstrap: the process's wall time and `node -e 0` are printed next
// to it), then the heaviest source files by self time. The first run fills the
// code cache for the profiling flags and is not counted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMainSection } from '../scripts/build-steps/lib/bundle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const CLI = path.join(root, 'dist', 'rhoso-backends.cjs');

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const opts = sep === -1 ? argv : argv.slice(0, sep);
const cliArgs = sep === -1 ? ['render', path.join(root, 'examples', 'multi-vendor')] : argv.slice(sep + 1);
const option = (name, dflt) => (opts.includes(name) ? opts[opts.indexOf(name) + 1] : dflt);
const RUNS = Number(option('--runs', 5));
const INTERVAL = Number(option('--interval', 100));
const TOP = Number(option('--top', 25));
const FOCUS = option('--focus');
const PARENT = opts.includes('--parent'); // with --focus: name each function's caller too // also list the heaviest functions (self time) of the stages whose name contains this

// The main section as esbuild built it, with a source map (same options as scripts/build-steps/lib/bundle.mjs).
const built = await buildMainSection(root, { logLevel: 'silent', sourcemap: 'external' });
const map = new SourceMap(JSON.parse(built.outputFiles.find((f) => f.path.endsWith('.map')).text));
// The launcher's table: offsets and lines of the sections in the program file.
const SECTIONS = JSON.parse(fs.readFileSync(CLI, 'latin1').match(/^const SECTIONS = (.*);$/m)[1]);
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {'.length;
const mainCode = built.outputFiles.find((f) => !f.path.endsWith('.map')).text;
// The build writes non-ASCII characters as \uXXXX (5 more columns each): where they are, per line, in the stored text.
const escapesByLine = mainCode.split('\n').map((text) => {
  const at = [];
  let shift = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) at.push(i + shift), (shift += 5);
  return at;
});
const escapedLength = mainCode.length + 5 * escapesByLine.reduce((n, a) => n + a.length, 0);
if (WRAPPER + escapedLength + 3 !== SECTIONS.main[1] - SECTIONS.main[0]) console.error('profile: dist/rhoso-backends.program is not a build of these sources (run node scripts/build.mjs): sources will be wrong');

/** A profile frame -> {name, source}: which source file of ours, which package, or which part of Node. */
function locate(frame) {
  const { url, lineNumber: line, columnNumber: column, functionName } = frame;
  const name = functionName || '(anonymous)';
  if (!url) return { name, source: name.startsWith('(') ? name : '(native)' };
  if (url.startsWith('node:')) return { name, source: url };
  if (url.endsWith('rhoso-backends.cjs')) return { name, source: 'loader (bootstrap.cjs)' };
  if (!url.endsWith('rhoso-backends.program')) return { name, source: url };
  const sections = Object.entries(SECTIONS).sort((a, b) => b[1][2] - a[1][2]);
  const hit = sections.find(([, s]) => line >= s[2]);
  if (!hit) return { name, source: '?' };
  const [section, s] = hit;
  if (section !== 'main') return { name, source: section };
  const l = line - s[2];
  let c = l === 0 ? column - WRAPPER : column;
  c -= 5 * (escapesByLine[l] ?? []).filter((at) => at < c).length;
  const entry = map.findEntry(l, c);
  const src = entry?.originalSource ?? '?';
  return { name, source: src.replace(/^.*?(node_modules\/|functions\/|build\/generated\/)/, '$1') };
}

/** The stage a sample belongs to: the innermost frame on its stack that names one. */
function stageOf(stack) {
  for (const f of stack) {
    const s = f.source;
    const rule = s.match(/rules\/(manifest|inventory|merge)\/(RB\d+)/);
    if (rule) return `${rule[1]} rule ${rule[2]}`;
    if (f.name === 'check' && s.endsWith('pipeline/run.ts')) return 'manifest rules: shared (index, model, helpers)';
    const byName = {
      readInputs: 'read + parse input (io/package.ts)',
      loadStage: 'load: schema, defaults, inventory rules, catalog',
      readPackageFiles: 'read package files',
      expand: 'expand',
      expandDataPlane: 'expand data plane',
      merge: 'merge (+ prune)',
      applyDataPlane: 'data plane apply',
      withProviders: 'secrets: providers',
      applyableDocuments: 'applyable documents',
      stringifyStream: 'stringify',
      outputFiles: 'stringify',
      writeOutputDir: 'write output dir',
      printDiagnostics: 'diagnostics + summary',
      summaryLines: 'diagnostics + summary',
      displayPaths: 'diagnostics + summary',
      runPipeline: 'pipeline (other)',
      renderDocuments: 'render (other)',
      renderCommand: 'render (other)',
      validateCommand: 'validate (other)',
    };
    if (byName[f.name] && (f.source.startsWith('functions/') || f.source === 'loader (bootstrap.cjs)')) return byName[f.name];
    // esbuild runs a lazily loaded module's top level as a method named after its file.
    if (/\.(ts|mjs|js|cjs)$/.test(f.name) && f.name.includes('/')) return `module init: ${f.name.replace(/^.*node_modules\/([^/]+)\/.*$/, '$1 (package)')}`;
    if (f.name === 'compile' && s === 'loader (bootstrap.cjs)') return 'loader: read section, compile / code cache';
    if (f.source === 'loader (bootstrap.cjs)') return 'loader (other)';
  }
  const leaf = stack[0];
  if (leaf?.source === '(garbage collector)') return '(garbage collector, outside a stage)';
  if (leaf?.source === '(program)') return '(program: V8/Node native, outside a stage)';
  if (leaf?.source === '(idle)') return '(idle)';
  if (stack.some((f) => f.name === 'writeSync' || f.name === 'writeOrBuffer' || f.name.includes('Write'))) return 'stdout write';
  if (stack.some((f) => f.source.startsWith('node:') || f.source.startsWith('node:internal'))) return 'Node internals (module loading, process exit)';
  return '(other)';
}

/** The stages, grouped into the steps of a run (the attribution table of docs/performance.md). */
function groupOf(stage) {
  if (/^Node internals|^loader|^module init|^\(program/.test(stage)) return '1 Node start-up (after the profiler starts), bundle read, compile + code cache, module init';
  if (stage.startsWith('read + parse')) return '2 read + parse the input (yaml)';
  if (stage.startsWith('load:') || stage === 'read package files') return '3 load: schema + defaults, image catalog, inventory model';
  if (stage.startsWith('inventory rule')) return '4 inventory rules';
  if (stage.startsWith('expand')) return '5 expand';
  if (/^merge|^data plane apply|^secrets: providers/.test(stage)) return '6 merge (documents from the expansion)';
  if (/^manifest rule RB16[0-3]$/.test(stage)) return '8 self-check RB160-RB163';
  if (stage === 'manifest rule RB190') return '9 RB190 CRD validation';
  if (stage.startsWith('manifest rule') || stage.startsWith('manifest rules')) return '7 manifest rules (index, model, other rules)';
  if (stage === 'stringify' || stage === 'applyable documents') return '10 stringify';
  if (stage === 'stdout write' || stage === 'write output dir') return '11 write';
  if (stage === 'diagnostics + summary') return '12 diagnostics + summary';
  return '13 other';
}

function analyse(file) {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const located = new Map(prof.nodes.map((n) => [n.id, locate(n.callFrame)]));
  const stackCache = new Map();
  const stackOf = (id) => {
    if (stackCache.has(id)) return stackCache.get(id);
    const out = [];
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const l = located.get(at);
      if (l.name !== '(root)') out.push(l);
    }
    stackCache.set(id, out);
    return out;
  };
  const stages = new Map();
  const self = new Map();
  const focus = new Map();
  const groups = new Map();
  const groupsGc = new Map();
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  let previous = '(other)';
  prof.samples.forEach((id, i) => {
    const us = prof.timeDeltas[i + 1] ?? 0; // the delta after a sample is the time it stands for
    const stack = stackOf(id);
    const leaf = stack[0];
    // A garbage-collector sample has no JS stack: it belongs to the stage that allocated (the one before it).
    const gc = leaf?.source === '(garbage collector)';
    const stage = gc ? previous : stageOf(stack);
    previous = stage;
    add(stages, stage, us);
    if (gc) add(stages, `  of which garbage collection`, us);
    add(groups, groupOf(stage), us);
    if (gc) add(groupsGc, groupOf(stage), us);
    if (FOCUS && (FOCUS === 'all' || stage.includes(FOCUS))) add(focus, leaf ? `${leaf.name} ${leaf.source.replace(/^functions\/(lib\/)?/, '')}${PARENT && stack[1] ? ` <- ${stack[1].name}` : ''}` : '?', us);
    add(self, leaf ? leaf.source.replace(/^(node_modules\/[^/]+)\/.*$/, '$1 (package)') : '?', us);
  });
  return { stages, self, focus, groups, groupsGc, total: prof.endTime - prof.startTime };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rhoso-profile-'));
const env = { ...process.env, RHOSO_BACKENDS_CACHE_DIR: path.join(dir, 'cache') };
const results = [];
const walls = [];
const bare = [];
for (let i = 0; i <= RUNS; i++) {
  // The same flags every run: the loader keeps one code cache per flag set.
  const profDir = path.join(dir, 'profiles');
  fs.rmSync(profDir, { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', String(INTERVAL), '--cpu-prof-dir', profDir, CLI, ...cliArgs], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', cwd: process.cwd() });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr.slice(0, 400)}`);
  const t1 = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0'], { env });
  const node = Number(process.hrtime.bigint() - t1) / 1e6;
  if (i === 0) continue; // fills the code cache for these flags
  results.push(analyse(path.join(profDir, fs.readdirSync(profDir)[0])));
  walls.push(wall);
  bare.push(node);
}
fs.rmSync(dir, { recursive: true, force: true });

const keys = (m) => [...new Set(results.flatMap((r) => [...r[m].keys()]))];
const med = (m, k) => median(results.map((r) => (r[m].get(k) ?? 0) / 1000));
const profiled = median(results.map((r) => r.total / 1000));
console.log(`node ${process.version}, ${RUNS} runs (medians), interval ${INTERVAL} us, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'unset'}`);
console.log(`command: rhoso-backends ${cliArgs.join(' ')}`);
console.log(`wall of the profiled process ${median(walls).toFixed(1)} ms (profiling adds overhead); node -e 0 ${median(bare).toFixed(1)} ms; profiled span ${profiled.toFixed(1)} ms`);
console.log('');
console.log(`${'step'.padEnd(82)} ${'ms'.padStart(7)} ${'%'.padStart(5)} ${'GC ms'.padStart(6)}`);
const groupKeys = keys('groups').sort((a, b) => parseInt(a) - parseInt(b));
for (const k of groupKeys) {
  const v = med('groups', k);
  console.log(`${k.replace(/^\d+ /, '').padEnd(82)} ${v.toFixed(1).padStart(7)} ${((v / profiled) * 100).toFixed(1).padStart(5)} ${med('groupsGc', k).toFixed(1).padStart(6)}`);
}
console.log('');
console.log(`${'stage'.padEnd(52)} ${'ms'.padStart(8)} ${'%'.padStart(6)}`);
for (const k of keys('stages').sort((a, b) => med('stages', b) - med('stages', a))) {
  const v = med('stages', k);
  if (v < 0.05) continue;
  console.log(`${k.padEnd(52)} ${v.toFixed(1).padStart(8)} ${((v / profiled) * 100).toFixed(1).padStart(6)}`);
}
console.log('');
console.log(`${'self time by source'.padEnd(72)} ${'ms'.padStart(8)} ${'%'.padStart(6)}`);
for (const k of keys('self').sort((a, b) => med('self', b) - med('self', a)).slice(0, TOP)) {
  const v = med('self', k);
  console.log(`${k.slice(-72).padEnd(72)} ${v.toFixed(1).padStart(8)} ${((v / profiled) * 100).toFixed(1).padStart(6)}`);
}

if (FOCUS) {
  console.log('');
  console.log(`${`self time in stages matching "${FOCUS}"`.padEnd(72)} ${'ms'.padStart(8)}`);
  for (const k of keys('focus').sort((a, b) => med('focus', b) - med('focus', a)).slice(0, TOP)) console.log(`${k.slice(0, 72).padEnd(72)} ${med('focus', k).toFixed(1).padStart(8)}`);
}
