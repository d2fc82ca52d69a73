/**
 * pre-commit, for real (Debian's pre-commit; .ci/run installs it when
 * absent): the hook repository that integrations/pre-commit/hook-repo.mjs
 * assembles is installed with `language: node` / `language_version: system`
 * while the npm registry is unreachable (no install-time network), then
 * `try-repo` runs the validate hook on a good and a bad inventory and
 * `run` runs the check hook on a rendered folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import YAML from 'yaml';
import { ROOT } from '../support/cli.js';
import { runTool, tempDir } from './support/package.js';
import { needs } from '../support/skip.js';

/** Tests that drive pre-commit (skipped with the reason, locally, when missing). */
const withPreCommit = needs(['pre-commit']);

const GIT = ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false'];
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', [...GIT, ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

const work = tempDir('precommit');
const env: NodeJS.ProcessEnv = {
  PRE_COMMIT_HOME: path.join(work, 'cache'),
  // Any npm download fails at once: installing the hook must not need one.
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_fetch_retries: '0',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  GIT_CONFIG_NOSYSTEM: '1',
  NO_COLOR: '1',
};

// The hook repository, as published.
const hooks = path.join(work, 'hooks');
const made = spawnSync(process.execPath, [path.join(ROOT, 'integrations/pre-commit/hook-repo.mjs'), hooks], { encoding: 'utf8' });
if (made.status !== 0) throw new Error(made.stderr);
git(hooks, 'init', '-q');
git(hooks, 'add', '-A');
git(hooks, 'commit', '-q', '-m', 'hooks');
const rev = git(hooks, 'rev-parse', 'HEAD').trim();

// A user's repository: a good inventory, a bad one, and a rendered folder.
const repo = path.join(work, 'repo');
fs.mkdirSync(repo);
fs.cpSync(path.join(ROOT, 'examples/gitops/flux/backends'), path.join(repo, 'good'), { recursive: true });
fs.mkdirSync(path.join(repo, 'bad'));
fs.writeFileSync(
  path.join(repo, 'bad', 'inventory.yaml'),
  fs.readFileSync(path.join(repo, 'good', 'inventory.yaml'), 'utf8').replace('driver: nfs', 'driver: nsf'),
);
git(repo, 'init', '-q');

const preCommit = (...args: string[]) => runTool('pre-commit', args, { cwd: repo, env });

test('the hook repository declares both hooks as language: node with the system node, running the bundle', () => {
  const declared = YAML.parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
  assert.equal(declared.map((h: any) => h.id), ['rhoso-backends-validate', 'rhoso-backends-check']);
  for (const h of declared) {
    assert.is(h.language, 'node');
    assert.is(h.language_version, 'system');
    assert.match(h.entry, /^rhoso-backends (validate|check)$/);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(hooks, 'package.json'), 'utf8'));
  assert.equal(Object.keys(pkg).filter((k) => /dependencies|scripts/i.test(k)), [], 'nothing for npm to fetch or run');
  assert.is(pkg.bin['rhoso-backends'], 'dist/rhoso-backends.cjs');
  // The launcher reads its program file from beside it: npm must pack both.
  for (const f of ['dist/rhoso-backends.cjs', 'dist/rhoso-backends.program']) {
    assert.ok(pkg.files.includes(f), `package.json files: ${f}`);
    assert.ok(fs.existsSync(path.join(hooks, f)), f);
  }
});

withPreCommit('try-repo: the validate hook passes on the good inventory (installed offline)', () => {
  git(repo, 'add', '-A');
  const r = preCommit('try-repo', hooks, 'rhoso-backends-validate', '--ref', rev, '--files', 'good/inventory.yaml');
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /rhoso-backends validate\.+Passed/);
});

withPreCommit('try-repo: the validate hook fails on the bad inventory with our diagnostics', () => {
  const r = preCommit('try-repo', hooks, 'rhoso-backends-validate', '--ref', rev, '--files', 'bad/inventory.yaml');
  assert.is(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /rhoso-backends validate\.+Failed/);
  assert.match(r.stdout, /bad\/inventory\.yaml:\d+:\d+: error\[RB001\]: spec\.cinder\.backends\[1\]\.driver: unknown cinder driver "nsf" \(did you mean "nfs"\?\)/);
  assert.not.match(r.stdout, /\n\s+at /, 'no stack trace');
});

withPreCommit('run: the check hook passes on an up-to-date rendered folder and fails with a diff on a stale one', () => {
  fs.writeFileSync(
    path.join(repo, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: rhoso-backends-check\n        args: [good, --output-dir, rendered]\n`,
  );
  const rendered = runTool('rhoso-backends', ['render', 'good', '--output-dir', 'rendered', '--quiet'], { cwd: repo });
  assert.is(rendered.code, 0, rendered.stderr);
  git(repo, 'add', '-A');
  const fresh = preCommit('run', '--all-files');
  assert.is(fresh.code, 0, fresh.stdout + fresh.stderr);
  assert.match(fresh.stdout, /rhoso-backends check \(rendered output up to date\)\.+Passed/);

  const inv = path.join(repo, 'good', 'inventory.yaml');
  fs.writeFileSync(inv, fs.readFileSync(inv, 'utf8').replace('section: pure', 'section: pure-a'));
  git(repo, 'add', '-A');
  const stale = preCommit('run', '--all-files');
  assert.is(stale.code, 1, stale.stdout + stale.stderr);
  assert.match(stale.stdout, /\+\+\+ b\/rendered\/openstackcontrolplane_openstack\.yaml/);
  assert.match(stale.stdout, /error\[check\]: rendered is out of date/);
});

test('commit: the validate hook checks two packages changed in one commit, each on its own', () => {
  fs.writeFileSync(
    path.join(repo, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: rhoso-backends-validate\n        files: ^clusters/\n`,
  );
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--no-verify', '-m', 'before the clusters');
  const installed = preCommit('install');
  assert.is(installed.code, 0, installed.stdout + installed.stderr);
  const inventory = fs.readFileSync(path.join(repo, 'good', 'inventory.yaml'), 'utf8');
  for (const cluster of ['prod', 'stage']) {
    fs.mkdirSync(path.join(repo, 'clusters', cluster), { recursive: true });
    fs.writeFileSync(path.join(repo, 'clusters', cluster, 'inventory.yaml'), inventory);
  }
  git(repo, 'add', '-A');
  const commit = (message: string) => runTool('git', [...GIT, 'commit', '-q', '-m', message], { cwd: repo, env });
  const both = commit('two clusters');
  assert.is(both.code, 0, both.stdout + both.stderr);
  assert.match(both.stdout + both.stderr, /rhoso-backends validate\.+Passed/);

  // A change to both packages, one of them broken: the broken one is reported, the inventories are not mixed up.
  fs.writeFileSync(path.join(repo, 'clusters', 'prod', 'inventory.yaml'), inventory.replace('name: backends', 'name: backends-prod'));
  fs.writeFileSync(path.join(repo, 'clusters', 'stage', 'inventory.yaml'), inventory.replace('driver: nfs', 'driver: nsf'));
  git(repo, 'add', '-A');
  const broken = commit('break stage');
  const out = broken.stdout + broken.stderr;
  assert.is(broken.code, 1, out);
  assert.match(out, /rhoso-backends validate\.+Failed/);
  assert.match(out, /clusters\/stage\/inventory\.yaml:\d+:\d+: error\[RB001\]: spec\.cinder\.backends\[1\]\.driver: unknown cinder driver "nsf"/);
  assert.not.match(out, /more than one BackendInventory/);
  assert.not.match(out, /clusters\/prod\/inventory\.yaml:\d+/);
  assert.match(out, /of 2 packages, each validated on its own/);
});

test.run();
