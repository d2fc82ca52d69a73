/**
 * Adoption under the real `kpt fn render --allow-exec`, which writes the
 * output back into the package: a hand-written control plane whose Ceph
 * back end, glance API and Ceph mount the inventory now generates
 * (test/fixtures/render/adopt-ceph-mount-by-reach) is adopted on the first
 * render, kept as written, reported once; rendering again changes nothing
 * and says nothing; `rhoso-backends adopt` then hands the entries to the
 * inventory and the next render writes its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as assert from 'uvu/assert';
import { test } from 'uvu';
import YAML from 'yaml';
import { ROOT } from '../support/cli.js';
import { needs } from '../support/skip.js';
import { copyPackage, runTool, snapshot, tempDir, treeDiff } from './support/package.js';

const withKpt = needs(['kpt']);
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'render', 'adopt-ceph-mount-by-reach', 'package');
const KPTFILE = path.join(ROOT, 'test', 'gitops', 'fixtures', 'sequence', 'package', 'Kptfile');

const kptRender = (pkg: string) => runTool('kpt', ['fn', 'render', pkg, '--allow-exec'], { cwd: tempDir('cwd') });
const controlPlane = (pkg: string) => YAML.parse(fs.readFileSync(path.join(pkg, 'controlplane.yaml'), 'utf8'), { version: '1.1' });

const pkg = copyPackage(FIXTURE, 'storage');
fs.copyFileSync(KPTFILE, path.join(pkg, 'Kptfile'));
const handWritten = fs.readFileSync(path.join(FIXTURE, 'controlplane.yaml'), 'utf8');

withKpt('kpt adopt 1: the first render adopts, keeps the user text and says so', () => {
  const r = kptRender(pkg);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout + r.stderr, /\[adopted\] 4 hand-written entries adopted/);
  const text = fs.readFileSync(path.join(pkg, 'controlplane.yaml'), 'utf8');
  for (const line of handWritten.split('\n').filter((l) => /=/.test(l))) assert.ok(text.includes(`${line}\n`), `kept: ${line.trim()}`);
  const cp = controlPlane(pkg);
  assert.equal(cp.spec.cinder.template.extraMounts, undefined, 'no second /etc/ceph mount');
  assert.equal(JSON.parse(cp.metadata.annotations['backends.rhoso.io/adopted-mounts']), {
    'spec.cinder.template.extraMounts[name=ceph]': ['spec.extraMounts[name=v1]'],
    'spec.glance.template.extraMounts[name=ceph]': ['spec.extraMounts[name=v1]'],
  });
});

withKpt('kpt adopt 2: rendering again changes nothing and reports nothing', () => {
  const before = snapshot(pkg);
  const r = kptRender(pkg);
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stdout + r.stderr, /\[adopted\]/);
  assert.is(treeDiff(before, snapshot(pkg)), '');
});

withKpt('kpt adopt 3: after `adopt`, the render writes the inventory its own entries', () => {
  const a = runTool('rhoso-backends', ['adopt', pkg]);
  assert.is(a.code, 0, a.stderr);
  const r = kptRender(pkg);
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stdout + r.stderr, /\[adopted\]/);
  const cp = controlPlane(pkg);
  assert.equal(cp.spec.extraMounts, undefined, "v1's only volume went");
  assert.equal(cp.spec.cinder.template.extraMounts.map((m: any) => m.name), ['ceph']);
  assert.equal(cp.spec.glance.template.extraMounts.map((m: any) => m.name), ['ceph']);
  assert.match(cp.spec.cinder.template.cinderVolumes.ceph.customServiceConfig, /^volume_backend_name = ceph$/m, 'the generated text');
  assert.equal(cp.metadata.annotations['backends.rhoso.io/adopted-mounts'], undefined);
});

test.run();
