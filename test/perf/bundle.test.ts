/**
 * The shipped file stands alone: dist/rhoso-backends.cjs copied out of the
 * repository (no node_modules anywhere above it) renders exactly what the
 * in-repo build renders, with its start-up code cache cold, warm, corrupt or
 * switched off.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CLI, NODE, ROOT, runCli } from '../support/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rhoso-bundle-copy-'));
const copy = path.join(tmp, 'bin', 'rhoso-backends.cjs');
const pkg = path.join(tmp, 'package');
const home = path.join(tmp, 'home');
fs.mkdirSync(path.dirname(copy), { recursive: true });
fs.copyFileSync(CLI, copy);
fs.cpSync(path.join(ROOT, 'examples', 'multi-vendor'), pkg, { recursive: true });
fs.mkdirSync(home);

function runCopy(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(NODE, [copy, ...args], {
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

/** The file's section table: name -> [start, end, line, splits, encoding?]. */
function sectionsOf(text: string): Record<string, [number, number, number, number[], string?]> {
  return JSON.parse(text.match(/^const SECTIONS = (.*);$/m)![1].replace(/\s+/g, ''));
}

/** The file with every deflated chunk inflated (their code is not in the file as text). */
function allCode(text: string): string {
  const chunks = Object.values(sectionsOf(text)).filter((s) => s[4] === 'deflate');
  return [text, ...chunks.map(([start, end]) => zlib.inflateRawSync(Buffer.from(text.slice(start, end), 'base64')).toString('latin1'))].join('\n');
}

test('the bundle requires only Node built-ins and its own chunks', () => {
  const text = allCode(fs.readFileSync(CLI, 'latin1'));
  // Calls only: ajv's runtime helpers carry their own `require("...")` as source text in a string.
  const required = new Set([...text.matchAll(/(?<![\w.'"$])require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
  assert.ok(required.size > 0);
  const builtins = new Set(builtinModules);
  for (const id of required) {
    const ok = id.startsWith('node:') || builtins.has(id) || id.startsWith('rhoso-backends:');
    assert.ok(ok, `dist/rhoso-backends.cjs requires "${id}"`);
  }
});

test('every stored section is reachable: the CRD validator chunk loads from the copy', () => {
  const text = fs.readFileSync(CLI, 'latin1');
  const sections = sectionsOf(text);
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
  for (const [name, [start, end, line, , encoding]] of Object.entries(sections)) {
    // The chunks, which most runs never load, are stored deflated (base64): Node reads and scans the whole file at every start.
    assert.is(encoding, name === 'main' ? undefined : 'deflate', name);
    const code = encoding === 'deflate' ? zlib.inflateRawSync(Buffer.from(text.slice(start, end), 'base64')).toString('latin1') : text.slice(start, end);
    assert.ok(code.startsWith('(function (exports, require, module, __filename, __dirname) {'), name);
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
