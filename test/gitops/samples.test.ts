/**
 * kptfile-samples/ and examples/gitops/ work with the real clients: the
 * exec Kptfile (mutator + validator) renders a package with
 * `kpt fn render --allow-exec`, the image Kptfile names the Containerfile's
 * two images, and the committed kpt example is already rendered (kpt
 * changes nothing).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import YAML from 'yaml';
import { ROOT } from '../support/cli.js';
import { copyPackage, runTool, snapshot, tempDir, treeDiff } from './support/package.js';
import { needs } from '../support/skip.js';

/** Tests that drive kpt (skipped with the reason, locally, when missing). */
const withKpt = needs(['kpt']);

const kptfile = (name: string) => YAML.parse(fs.readFileSync(path.join(ROOT, 'kptfile-samples', name, 'Kptfile'), 'utf8'));
const render = (pkg: string) => runTool('kpt', ['fn', 'render', pkg, '--allow-exec'], { cwd: tempDir('cwd') });

test('exec sample: mutator fn and validator validate, both with configPath', () => {
  const k = kptfile('exec');
  assert.equal(k.pipeline.mutators, [{ exec: 'rhoso-backends fn', configPath: 'inventory.yaml' }]);
  assert.equal(k.pipeline.validators, [{ exec: 'rhoso-backends validate', configPath: 'inventory.yaml' }]);
});

withKpt('exec sample: kpt renders a package with it, validator passing, and a second render changes nothing', () => {
  const pkg = copyPackage(path.join(ROOT, 'examples', 'gitops', 'argocd', 'storage'), 'sample');
  fs.copyFileSync(path.join(ROOT, 'kptfile-samples', 'exec', 'Kptfile'), path.join(pkg, 'Kptfile'));
  const first = render(pkg);
  assert.is(first.code, 0, first.stderr);
  assert.match(first.stderr, '[PASS] "rhoso-backends validate"');
  assert.ok(fs.existsSync(path.join(pkg, 'openstackcontrolplane_openstack.yaml')));
  const before = snapshot(pkg);
  assert.is(render(pkg).code, 0);
  assert.is(treeDiff(before, snapshot(pkg)), '');
});

withKpt('exec sample: the validator fails the render on a broken hand edit of the output', () => {
  const pkg = copyPackage(path.join(ROOT, 'examples', 'gitops', 'kpt'), 'edited');
  fs.copyFileSync(path.join(ROOT, 'kptfile-samples', 'exec', 'Kptfile'), path.join(pkg, 'Kptfile'));
  const cp = path.join(pkg, 'openstackcontrolplane_openstack.yaml');
  // A user mounts a volume into every pod with a propagation value that matches no service.
  const text = fs.readFileSync(cp, 'utf8');
  fs.writeFileSync(cp, text.replace(/^spec:\n/m, 'spec:\n  extraMounts:\n    - name: typo\n      extraVol:\n        - propagation: [CinderVolumes]\n          volumes: [{name: x, secret: {secretName: x}}]\n          mounts: [{name: x, mountPath: /etc/x}]\n'));
  const before = snapshot(pkg);
  const r = render(pkg);
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /RB100/);
  assert.is(treeDiff(before, snapshot(pkg)), '', 'nothing written when a function fails');
});

test('image sample: the mutator and validator images are the Containerfile targets', () => {
  const k = kptfile('image');
  const containerfile = fs.readFileSync(path.join(ROOT, 'Containerfile'), 'utf8');
  assert.match(k.pipeline.mutators[0].image, /\/rhoso-backends:\d+\.\d+\.\d+$/);
  assert.match(k.pipeline.validators[0].image, /\/rhoso-backends-validate:\d+\.\d+\.\d+$/);
  assert.match(containerfile, /^FROM function AS validate\nCMD \["validate"\]$/m);
  for (const f of [...k.pipeline.mutators, ...k.pipeline.validators]) assert.is(f.configPath, 'inventory.yaml');
});

withKpt('examples/gitops/kpt is committed rendered: kpt fn render changes nothing', () => {
  const pkg = copyPackage(path.join(ROOT, 'examples', 'gitops', 'kpt'), 'kpt');
  const before = snapshot(pkg);
  const r = render(pkg);
  assert.is(r.code, 0, r.stderr);
  assert.is(treeDiff(before, snapshot(pkg)), '');
});

test.run();
