/**
 * The shipped files stand alone: dist/rhoso-backends.cjs and the
 * dist/rhoso-backends.program it reads, copied out of the repository (no
 * node_modules anywhere above them), render exactly what the in-repo build
 * renders, with the start-up code cache cold, warm, corrupt or switched off;
 * without its program file, or with one of another build, the launcher stops
 * with one line that says so.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CLI, NODE, PROGRAM, ROOT, runCli } from '../support/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rhoso-bundle-copy-'));
const copy = path.join(tmp, 'bin', 'rhoso-backends.cjs');
const pkg = path.join(tmp, 'package');
const home = path.join(tmp, 'home');
fs.mkdirSync(path.dirname(copy), { recursive: true });
fs.copyFileSync(CLI, copy);
fs.copyFileSync(PROGRAM, path.join(tmp, 'bin', 'rhoso-backends.program'));
fs.cpSync(path.join(ROOT, 'examples', 'multi-vendor'), pkg, { recursive: true });
fs.mkdirSync(home);

function runCopy(args: string[], env: NodeJS.ProcessEnv = {}, launcher = copy) {
  const r = spawnSync(NODE, [launcher, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    // Nothing that could lead module resolution back to the repository.
    env: { PATH: process.env.PATH, HOME: home, ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const cacheDir = path.join(home, '.cache', 'rhoso-backends');
const reference = runCli(['render', 'examples/multi-vendor'], { env: { RHOSO_BACKENDS_CACHE: 'off' } });

test('the in-repo render of the example succeeds (the reference)', () => {
  assert.is(reference.code, 0, reference.stderr);
  assert.ok(reference.stdout.length > 0);
});

test('the copy outside the repository renders the same bytes, cache cold then warm', () => {
  assert.not.ok(fs.existsSync(path.join(tmp, 'node_modules')));
  const cold = runCopy(['render', 'package']);
  assert.is(cold.code, 0, cold.stderr);
  assert.is(cold.stdout, reference.stdout);
  const files = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8'));
  assert.ok(files.some((f) => f.endsWith('-main-render.v8')), files.join(', '));
  const warm = runCopy(['render', 'package']);
  assert.is(warm.code, 0, warm.stderr);
  assert.is(warm.stdout, reference.stdout);
});

test('the cache is private: directory 0700, files 0600, no temporary files left', () => {
  if (process.platform === 'win32') return;
  assert.is(fs.statSync(cacheDir).mode & 0o777, 0o700);
  for (const f of fs.readdirSync(cacheDir)) {
    assert.ok(f.endsWith('.v8'), `unexpected file ${f}`);
    assert.is(fs.statSync(path.join(cacheDir, f)).mode & 0o777, 0o600, f);
  }
});

test('a corrupt or foreign cache file is ignored, then replaced', () => {
  const file = fs.readdirSync(cacheDir).find((f) => f.endsWith('-main-render.v8'))!;
  fs.writeFileSync(path.join(cacheDir, file), 'not a V8 code cache', { mode: 0o600 });
  const r = runCopy(['render', 'package']);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout, reference.stdout);
  assert.ok(fs.statSync(path.join(cacheDir, file)).size > 1000, 'rewritten with a real cache');
});

test('RHOSO_BACKENDS_CACHE=off writes nothing; RHOSO_BACKENDS_CACHE_DIR moves the cache', () => {
  const otherHome = path.join(tmp, 'home-off');
  fs.mkdirSync(otherHome);
  const off = runCopy(['render', 'package'], { HOME: otherHome, RHOSO_BACKENDS_CACHE: 'off' });
  assert.is(off.stdout, reference.stdout);
  assert.not.ok(fs.existsSync(path.join(otherHome, '.cache')));
  const moved = path.join(tmp, 'elsewhere');
  const r = runCopy(['render', 'package'], { HOME: otherHome, RHOSO_BACKENDS_CACHE_DIR: moved });
  assert.is(r.stdout, reference.stdout);
  assert.ok(fs.readdirSync(moved).some((f) => f.endsWith('.v8')));
  assert.not.ok(fs.existsSync(path.join(otherHome, '.cache')));
});

test('errors and exit codes are the same from the copy (validate of a broken control plane)', () => {
  const broken = path.join(ROOT, 'test', 'rules', 'RB190-crd-schema', 'fires-unknown-fields', 'controlplane.yaml');
  fs.copyFileSync(broken, path.join(tmp, 'controlplane.yaml'));
  const r = runCopy(['validate', 'controlplane.yaml']);
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /controlplane\.yaml:11:3: error\[RB190\]: spec\.cinderr: unknown field "cinderr"/);
  assert.match(r.stderr, /did you mean "secretName"\?/);
});

test('a symlink to the launcher runs it (Node resolves the main script to its real path, where the program file is)', () => {
  if (process.platform === 'win32') return;
  const link = path.join(tmp, 'on-path', 'rhoso-backends');
  fs.mkdirSync(path.dirname(link));
  fs.symlinkSync(copy, link);
  const r = runCopy(['render', 'package'], {}, link);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout, reference.stdout);
});

/** A copy of the launcher in its own folder, next to `program` (or alone): what it prints and exits with. */
function launcherWith(name: string, program: string | undefined) {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  fs.copyFileSync(CLI, path.join(dir, 'rhoso-backends.cjs'));
  if (program !== undefined) fs.writeFileSync(path.join(dir, 'rhoso-backends.program'), program, 'latin1');
  return { file: path.join(dir, 'rhoso-backends.program'), ...runCopy(['render', 'package'], {}, path.join(dir, 'rhoso-backends.cjs')) };
}

test('the launcher without its program file: one line that says so, exit 3, nothing on stdout', () => {
  const r = launcherWith('alone', undefined);
  assert.is(r.code, 3);
  assert.is(r.stdout, '');
  assert.is(r.stderr, `rhoso-backends: ${r.file} is missing; install dist/rhoso-backends.cjs and dist/rhoso-backends.program together\n`);
});

test('a program file of another build is refused the same way (never run with the code cache of this build)', () => {
  const build = sectionsBuild(fs.readFileSync(CLI, 'latin1'));
  const other = fs.readFileSync(PROGRAM, 'latin1').replace(/^\/\/ rhoso-backends program [0-9a-f]+/, '// rhoso-backends program 0123456789abcdef');
  const r = launcherWith('other-build', other);
  assert.is(r.code, 3);
  assert.is(r.stdout, '');
  assert.is(
    r.stderr,
    `rhoso-backends: ${r.file} is from another build (program 0123456789abcdef, launcher ${build}); install dist/rhoso-backends.cjs and dist/rhoso-backends.program together\n`,
  );
  const foreign = launcherWith('not-a-program', 'console.log("hello")\n');
  assert.is(foreign.code, 3);
  assert.is(foreign.stdout, '');
  assert.match(foreign.stderr, /^rhoso-backends: \S+ is not a rhoso-backends program file \(launcher [0-9a-f]{16}\); install dist\/rhoso-backends\.cjs and dist\/rhoso-backends\.program together\n$/);
});

/** The launcher's section table (offsets into the program file): name -> [start, end, line, splits]. */
function sectionsOf(launcher: string): Record<string, [number, number, number, number[]]> {
  return JSON.parse(launcher.match(/^const SECTIONS = (.*);$/m)![1].replace(/\s+/g, ''));
}

/** The launcher's build id. */
function sectionsBuild(launcher: string): string {
  return JSON.parse(launcher.match(/^const BUILD = (.*);$/m)![1]);
}

test('the bundle requires only Node built-ins and its own chunks', () => {
  const text = `${fs.readFileSync(CLI, 'latin1')}\n${fs.readFileSync(PROGRAM, 'latin1')}`;
  // Calls only: ajv's runtime helpers carry their own `require("...")` as source text in a string.
  const required = new Set([...text.matchAll(/(?<![\w.'"$])require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
  assert.ok(required.size > 0);
  const builtins = new Set(builtinModules);
  for (const id of required) {
    const ok = id.startsWith('node:') || builtins.has(id) || id.startsWith('rhoso-backends:');
    assert.ok(ok, `the bundle requires "${id}"`);
  }
});

test('every stored section is where the launcher table says, in the program file of its build', () => {
  const launcher = fs.readFileSync(CLI, 'latin1');
  const text = fs.readFileSync(PROGRAM, 'latin1');
  assert.ok(text.startsWith(`// rhoso-backends program ${sectionsBuild(launcher)}\n`), 'the program file names the build of the launcher');
  const sections = sectionsOf(launcher);
  assert.equal(Object.keys(sections).sort(), [
    'chunk/command-adopt',
    'chunk/command-completion',
    'chunk/command-explain',
    'chunk/command-import',
    'chunk/command-plan-update',
    'chunk/crd-validators',
    'chunk/host-validators',
    'chunk/inventory-errors',
    'main',
  ]);
  for (const [name, [start, end, line, splits, ...rest]] of Object.entries(sections)) {
    // Every section is plain code (the loader reads only the sections a run needs), its `*` `/` pairs split.
    assert.equal(rest, [], `${name}: stored as plain code`);
    const code = text.slice(start, end);
    assert.ok(code.startsWith('(function (exports, require, module, __filename, __dirname) {'), name);
    assert.not.ok(code.includes('*/'), `${name}: a comment end inside the section`);
    for (const at of splits) assert.is(code.slice(at - 1, at + 1), '* ', `${name}: split at ${at}`);
    assert.is(text.slice(0, start).split('\n').length - 1, line, `${name}: line offset`);
    assert.is(text.slice(start - `/*@${name}\n`.length, start), `/*@${name}\n`);
  }
});

test('an invalid inventory: the copy loads the every-error validator chunk and reports each error', () => {
  const bad = path.join(tmp, 'bad-inventory');
  fs.mkdirSync(bad);
  const text = fs.readFileSync(path.join(pkg, 'inventory.yaml'), 'utf8');
  // Two schema errors: a render runs the first-error validator, then the chunk that finds both.
  const broken = text.replace('volumeBackendName: powermax', 'volumeBackendNme: powermax').replace('uniquePodNames: false', 'uniquePodNames: sometimes');
  assert.is.not(broken, text);
  fs.writeFileSync(path.join(bad, 'inventory.yaml'), broken.includes('uniquePodNames: sometimes') ? broken : broken.replace('  controlPlane:\n', '  controlPlane:\n    uniquePodNames: sometimes\n'));
  const r = runCopy(['render', 'bad-inventory']);
  assert.is(r.code, 1, r.stderr);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /error\[schema\]: spec\.cinder\.backends\[2\]\.volumeBackendNme: unknown field "volumeBackendNme" \(did you mean "volumeBackendName"\?\)/);
  assert.match(r.stderr, /error\[schema\]: spec\.controlPlane\.uniquePodNames: must be a boolean/);
  const inRepo = runCli(['render', bad]);
  assert.is(r.stderr.replaceAll(bad, 'BAD').replace(/bad-inventory/g, 'BAD'), inRepo.stderr.replaceAll(bad, 'BAD').replace(/bad-inventory/g, 'BAD'));
});

test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test.run();
