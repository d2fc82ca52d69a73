/**
 * The bundle everything ships (pre-commit, the container image, npm):
 * dist/rhoso-backends.cjs, a launcher, and dist/rhoso-backends.program, which
 * it reads from beside it, must run on their own (copied into a folder with
 * no node_modules anywhere above it), exactly as the Containerfile runs them.
 * (That the committed bundle equals a fresh build is checked by .ci/run on a
 * clean checkout.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import YAML from 'yaml';
import { CLI, NODE, PROGRAM, ROOT } from '../support/cli.js';
import { tempDir } from './support/package.js';
import { needs } from '../support/skip.js';

/** Tests that drive kpt (skipped with the reason, locally, when missing). */
const withKpt = needs(['kpt']);

const containerfile = fs.readFileSync(path.join(ROOT, 'Containerfile'), 'utf8');

/** The Containerfile's stages: name -> {copy, entrypoint, cmd}, inheriting from the FROM stage. */
function stages(): Map<string, { copy: Array<[string, string]>; entrypoint: string[]; cmd: string[]; user?: string }> {
  const out = new Map<string, { copy: Array<[string, string]>; entrypoint: string[]; cmd: string[]; user?: string }>();
  let current: { copy: Array<[string, string]>; entrypoint: string[]; cmd: string[]; user?: string } | undefined;
  for (const line of containerfile.split('\n')) {
    const from = line.match(/^FROM\s+(\S+)\s+AS\s+(\S+)/i);
    if (from) {
      const base = out.get(from[1]);
      current = base ? { ...base, copy: [...base.copy] } : { copy: [], entrypoint: [], cmd: [] };
      out.set(from[2], current);
      continue;
    }
    if (!current) continue;
    const copy = line.match(/^COPY\s+(?:--\S+\s+)*(\S+)\s+(\S+)\s*$/);
    if (copy) current.copy.push([copy[1], copy[2]]);
    const ep = line.match(/^ENTRYPOINT\s+(\[.*\])/);
    if (ep) current.entrypoint = JSON.parse(ep[1]);
    const cmd = line.match(/^CMD\s+(\[.*\])/);
    if (cmd) current.cmd = JSON.parse(cmd[1]);
    const user = line.match(/^USER\s+(\S+)/);
    if (user) current.user = user[1];
  }
  return out;
}

/** Runs a stage's ENTRYPOINT + CMD with its COPYed files placed in a temp root (no node_modules anywhere). */
function runStage(name: string, input: string) {
  const stage = stages().get(name)!;
  const root = tempDir(`image-${name}`);
  for (const [src, dest] of stage.copy) {
    fs.mkdirSync(path.dirname(path.join(root, dest)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, src), path.join(root, dest));
  }
  const [program, ...args] = [...stage.entrypoint, ...stage.cmd].map((a) => (a.startsWith('/') ? path.join(root, a) : a));
  const res = spawnSync(program === 'node' ? NODE : program, args, {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { PATH: path.dirname(NODE) },
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

const resourceList = () => {
  const r = spawnSync('kpt', ['fn', 'source', 'examples/gitops/kpt', '--fn-config', 'examples/gitops/kpt/inventory.yaml'], { cwd: ROOT, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  return r.stdout;
};

test('package.json gives npm nothing to fetch or run at install time', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) assert.is(pkg[field], undefined, field);
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']) assert.is(pkg.scripts?.[script], undefined, script);
  assert.is(pkg.bin['rhoso-backends'], 'dist/rhoso-backends.cjs');
  for (const f of ['dist/rhoso-backends.cjs', 'dist/rhoso-backends.program']) assert.ok(pkg.files.includes(f), `files: ${f}`);
});

test('Containerfile: every base image is a fixed build of a Node.js line the suite tests, not a floating tag', () => {
  const stageNames = new Set<string>();
  const bases: string[] = [];
  for (const m of containerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)) {
    if (!stageNames.has(m[1])) bases.push(m[1]);
    if (m[2]) stageNames.add(m[2]);
  }
  assert.ok(bases.length > 0, 'no FROM');
  const tested = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node as string).split('||').map((s) => s.trim());
  for (const image of bases) {
    const ref = /^(?<repo>[^@]+?)(?::(?<tag>[^:@/]+))?(?:@(?<digest>sha256:[0-9a-f]{64}))?$/.exec(image)?.groups;
    assert.ok(ref, image);
    assert.ok(ref.tag || ref.digest, `${image}: no tag, so it means :latest`);
    if (ref.tag) assert.match(ref.tag, /^\d+\.\d+-\d+$/, `${image}: a moving tag; write a fixed build tag such as 9.8-1791306535 (see the comment in the Containerfile)`);
    const line = /\/nodejs-(\d+)(?:-minimal)?$/.exec(ref.repo)?.[1];
    assert.ok(line && tested.includes(line), `${image}: Node.js ${line ?? '?'} is not a line the suite tests (${tested.join(', ')})`);
  }
});

test('the launcher is an executable node script (what npm links as the bin); its program file is data', () => {
  assert.ok(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
  assert.ok((fs.statSync(CLI).mode & 0o111) !== 0, 'executable');
  assert.match(fs.readFileSync(PROGRAM, 'latin1').slice(0, 64), /^\/\/ rhoso-backends program [0-9a-f]{16}\n/);
  assert.is(fs.statSync(PROGRAM).mode & 0o111, 0, 'not executable');
});

withKpt('Containerfile: non-root, and the function stage runs `fn` on what kpt sends, from the bundle alone', () => {
  const fn = stages().get('fn')!;
  assert.ok(fn.user && fn.user !== 'root' && fn.user !== '0', 'non-root');
  // The launcher finds its program file beside it, under the name the build gives it.
  assert.equal(fn.copy, [
    ['dist/rhoso-backends.cjs', '/usr/local/bin/rhoso-backends'],
    ['dist/rhoso-backends.program', '/usr/local/bin/rhoso-backends.program'],
  ]);
  const r = runStage('fn', resourceList());
  assert.is(r.code, 0, r.stderr);
  const out = YAML.parse(r.stdout);
  assert.is(out.kind, 'ResourceList');
  assert.ok(out.items.some((i: any) => i.kind === 'OpenStackControlPlane'));
  assert.is((out.results ?? []).filter((x: any) => x.severity === 'error').length, 0);
});

withKpt('Containerfile: the validate stage runs `validate` as a kpt validator', () => {
  const r = runStage('validate', resourceList());
  assert.is(r.code, 0, r.stderr);
  assert.is(YAML.parse(r.stdout).kind, 'ResourceList');
});

test.run();
