/**
 * The real `kpt fn render --allow-exec` over a package, as users run it
 * (from another working directory, the bundle on PATH as rhoso-backends):
 * render -> render again (no change) -> edit the inventory (add, remove and
 * rename back ends) -> delete the inventory (everything generated goes).
 * Each step's change to the package is a golden unified diff in
 * fixtures/sequence/expected (UPDATE_FIXTURES=1 rewrites them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import YAML from 'yaml';
import * as assert from 'uvu/assert';
import { ROOT } from '../support/cli.js';
import { copyPackage, golden, runTool, snapshot, tempDir, treeDiff } from './support/package.js';
import { needs } from '../support/skip.js';

/** Tests that drive kpt (skipped with the reason, locally, when missing). */
const withKpt = needs(['kpt']);

const FIXTURE = path.join(ROOT, 'test', 'gitops', 'fixtures', 'sequence');
const expected = (name: string) => path.join(FIXTURE, 'expected', name);

const parse = (text: string) => YAML.parse(text, { version: '1.1' });
const keys = (files: Map<string, string>, file: string, at: string[]) => Object.keys(at.reduce((o, k) => o?.[k], parse(files.get(file) ?? '{}')) ?? {});
const comments = (text: string) => text.split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));

function kptRender(pkg: string) {
  // kpt runs exec functions in the caller's working directory, not in the package.
  return runTool('kpt', ['fn', 'render', pkg, '--allow-exec'], { cwd: tempDir('cwd') });
}

const pkg = copyPackage(path.join(FIXTURE, 'package'), 'storage');
const initial = snapshot(pkg);
let rendered: Map<string, string>;

withKpt('kpt 1: render expands the inventory into the package', () => {
  const r = kptRender(pkg);
  assert.is(r.code, 0, r.stderr);
  rendered = snapshot(pkg);
  assert.fixture(treeDiff(initial, rendered), golden(expected('1-render.diff'), treeDiff(initial, rendered)));
  assert.equal(keys(rendered, 'controlplane.yaml', ['spec', 'cinder', 'template', 'cinderVolumes']), ['lvm', 'pure-iscsi', 'ontap-nfs', 'nfs']);
  assert.ok(rendered.has('openstackversion_openstack.yaml'), 'the version is generated next to the inventory');
});

withKpt('kpt 2: rendering again changes nothing (idempotent, comments kept once)', () => {
  const r = kptRender(pkg);
  assert.is(r.code, 0, r.stderr);
  assert.is(treeDiff(rendered, snapshot(pkg)), '');
});

withKpt('kpt 3: adding, removing and renaming back ends changes exactly their parts', () => {
  fs.copyFileSync(path.join(FIXTURE, 'steps', '3-inventory.yaml'), path.join(pkg, 'inventory.yaml'));
  const before = snapshot(pkg);
  const r = kptRender(pkg);
  assert.is(r.code, 0, r.stderr);
  const after = snapshot(pkg);
  const diff = treeDiff(before, after);
  assert.fixture(diff, golden(expected('3-edit.diff'), diff));
  assert.equal(keys(after, 'controlplane.yaml', ['spec', 'cinder', 'template', 'cinderVolumes']), ['lvm', 'ontap-nfs', 'pure-gold', 'powerstore']);
  assert.equal(keys(after, 'openstackversion_openstack.yaml', ['spec', 'customContainerImages', 'cinderVolumeImages']), ['pure-gold']);
  assert.equal(
    [...after.keys()].filter((f) => f.startsWith('externalsecret_')),
    ['externalsecret_cinder-volume-ontap-nfs-secret-files.yaml', 'externalsecret_cinder-volume-ontap-nfs-secrets.yaml', 'externalsecret_cinder-volume-powerstore-secrets.yaml', 'externalsecret_cinder-volume-pure-gold-secrets.yaml'],
  );
  assert.is(after.get('user-ca-bundle.yaml'), initial.get('user-ca-bundle.yaml'), 'user resources untouched');
});

withKpt('kpt 4: deleting the inventory removes everything generated, and nothing the user wrote', () => {
  fs.rmSync(path.join(pkg, 'inventory.yaml'));
  // kpt requires configPath to exist: decommissioning drops it (the function then finds no inventory).
  const kptfile = path.join(pkg, 'Kptfile');
  fs.writeFileSync(kptfile, fs.readFileSync(kptfile, 'utf8').replace(/\n\s+configPath: inventory\.yaml/, ''));
  const before = snapshot(pkg);
  const r = kptRender(pkg);
  assert.is(r.code, 0, r.stderr);
  const after = snapshot(pkg);
  const diff = treeDiff(before, after);
  assert.fixture(diff, golden(expected('4-remove.diff'), diff));
  const all = [...after.values()].join('\n');
  assert.not.ok(all.includes('app.kubernetes.io/managed-by'), 'no generated resource is left');
  assert.not.ok(all.includes('backends.rhoso.io'), 'no ownership annotation is left');
  assert.equal([...after.keys()], ['Kptfile', 'controlplane.yaml', 'user-ca-bundle.yaml']);
  // kpt re-indents comments when it writes a file; the content and every comment are the user's.
  assert.equal(parse(after.get('controlplane.yaml')!), parse(initial.get('controlplane.yaml')!), 'the hand-written control plane is back to what the user wrote');
  assert.equal(comments(after.get('controlplane.yaml')!), comments(initial.get('controlplane.yaml')!));
});

withKpt('kpt: an inventory error fails the render, prints our diagnostics and leaves the package as it was', () => {
  const bad = copyPackage(path.join(FIXTURE, 'package'), 'bad');
  const inv = path.join(bad, 'inventory.yaml');
  fs.writeFileSync(inv, fs.readFileSync(inv, 'utf8').replace('driver: pure-iscsi', 'driver: pure-iscs'));
  const before = snapshot(bad);
  const r = kptRender(bad);
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /RB001/);
  assert.match(r.stderr, /did you mean "pure-iscsi"/);
  assert.is(treeDiff(before, snapshot(bad)), '', 'package unchanged');
});

test.run();
