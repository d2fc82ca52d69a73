/** Paths in messages are the paths the user gave: relative as typed, absolute as typed, never doubled. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from '../support/cli.js';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rb-paths-')));
fs.writeFileSync(path.join(tmp, 'b10-empty'), '');
fs.mkdirSync(path.join(tmp, 'x', 'sub'), { recursive: true });
const inventory = fs.readFileSync(path.join(ROOT, 'examples', 'multi-vendor', 'inventory.yaml'), 'utf8').replace('driver: pure-iscsi', 'driver: pure-iscs');
fs.writeFileSync(path.join(tmp, 'x', 'inventory.yaml'), inventory);
const line = inventory.split('\n').findIndex((l) => l.endsWith('driver: pure-iscs')) + 1;
const at = `${line}:17: error[RB001]`;

/** [args, cwd (relative to tmp), the location the first diagnostic must start with] */
const cases: Array<[string[], string, string]> = [
  [['render', 'b10-empty'], '.', 'b10-empty:1:1: error[render]'],
  [['render', './b10-empty'], '.', './b10-empty:1:1: error[render]'],
  [['render', 'x/inventory.yaml'], '.', `x/inventory.yaml:${at}`],
  [['render', 'x'], '.', `x/inventory.yaml:${at}`],
  [['render', 'x/'], '.', `x/inventory.yaml:${at}`],
  [['render', './x'], '.', `./x/inventory.yaml:${at}`],
  [['render', '.'], 'x', `inventory.yaml:${at}`],
  [['render', '..'], 'x/sub', `../inventory.yaml:${at}`],
  [['render', path.join(tmp, 'x')], 'x/sub', `${tmp}/x/inventory.yaml:${at}`],
  [['render', path.join(tmp, 'x', 'inventory.yaml')], '.', `${tmp}/x/inventory.yaml:${at}`],
  [['validate', path.join(tmp, 'x')], '.', `${tmp}/x/inventory.yaml:${at}`],
  // Each path as given: the empty file is reported as nothing validated (sorted first), x's finding as x/inventory.yaml.
  [['validate', 'x', 'b10-empty'], '.', 'b10-empty:1:1: error[io/empty]'],
  [['validate', 'x', 'x/inventory.yaml'], '.', `x/inventory.yaml:${at}`],
  [['explain', 'x/inventory.yaml'], '.', `x/inventory.yaml:${at}`],
  [['plan-update', path.join(tmp, 'x'), '--to', '18.0.4'], '.', `${tmp}/x/inventory.yaml:${at}`],
  [['check', 'x', '--output-dir', 'out'], '.', `x/inventory.yaml:${at}`],
  [['render', 'x/nope.yaml'], '.', 'x/nope.yaml:1:1: error[io]: no such file or directory: x/nope.yaml'],
  [['render', path.join(tmp, 'nope')], '.', `${tmp}/nope:1:1: error[io]`],
];

for (const [args, cwd, expected] of cases) {
  test(`${args.join(' ')} (in ${cwd}) reports ${expected.split(':')[0]}`, () => {
    const r = runCli(args, { cwd: path.join(tmp, cwd) });
    assert.is(r.code, 1, r.stderr);
    assert.ok(r.stderr.startsWith(expected), `expected ${expected}\ngot ${r.stderr}`);
  });
}

test('the plan names the inventory by the path given', () => {
  fs.cpSync(path.join(ROOT, 'examples', 'minor-update'), path.join(tmp, 'minor'), { recursive: true });
  const abs = runCli(['plan-update', path.join(tmp, 'minor'), '--to', '18.0.4-20250110.1', '--format', 'json'], { cwd: path.join(tmp, 'x') });
  assert.is(JSON.parse(abs.stdout).inventory, `${tmp}/minor/inventory.yaml`);
  const rel = runCli(['plan-update', 'minor/inventory.yaml', '--to', '18.0.4-20250110.1', '--format', 'json'], { cwd: tmp });
  assert.is(JSON.parse(rel.stdout).inventory, 'minor/inventory.yaml');
});

test.run();
