/**
 * The glance template's store configuration under the real `kpt fn render
 * --allow-exec` (test/fixtures/render/adopt-glance-template-stores): the
 * first render adopts it with the API that inherits it, keeps the user's
 * text and records it; rendering again changes nothing and says nothing;
 * after `rhoso-backends adopt` the template keeps only the user's other
 * options and the next render writes the API's own config with them.
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
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'render', 'adopt-glance-template-stores', 'package');
const KPTFILE = path.join(ROOT, 'test', 'gitops', 'fixtures', 'sequence', 'package', 'Kptfile');
const ADOPTED_CONFIG = 'backends.rhoso.io/adopted-config';

const kptRender = (pkg: string) => runTool('kpt', ['fn', 'render', pkg, '--allow-exec'], { cwd: tempDir('cwd') });
const controlPlane = (pkg: string) => YAML.parse(fs.readFileSync(path.join(pkg, 'controlplane.yaml'), 'utf8'), { version: '1.1' });

const pkg = copyPackage(FIXTURE, 'glance-template');
fs.copyFileSync(KPTFILE, path.join(pkg, 'Kptfile'));
const handWritten = fs.readFileSync(path.join(FIXTURE, 'controlplane.yaml'), 'utf8');

withKpt('kpt glance template 1: the first render adopts the store configuration, keeps the text and records it', () => {
  const r = kptRender(pkg);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout + r.stderr, /\[adopted\] 2 hand-written entries adopted/);
  assert.not.match(r.stdout + r.stderr, /RB145/);
  const text = fs.readFileSync(path.join(pkg, 'controlplane.yaml'), 'utf8');
  for (const line of handWritten.split('\n').filter((l) => /=/.test(l))) assert.ok(text.includes(`${line}\n`), `kept: ${line.trim()}`);
  assert.equal(JSON.parse(controlPlane(pkg).metadata.annotations[ADOPTED_CONFIG]), {
    'spec.glance.template.customServiceConfig': ['[DEFAULT] enabled_backends', '[glance_store]', '[default_backend]'],
  });
});

withKpt('kpt glance template 2: rendering again changes nothing and reports nothing', () => {
  const before = snapshot(pkg);
  const r = kptRender(pkg);
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stdout + r.stderr, /\[adopted\]/);
  assert.is(treeDiff(before, snapshot(pkg)), '');
});

withKpt('kpt glance template 3: after `adopt`, the template keeps the other options and the API gets its own config', () => {
  const a = runTool('rhoso-backends', ['adopt', pkg]);
  assert.is(a.code, 0, a.stderr);
  const r = kptRender(pkg);
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stdout + r.stderr, /\[adopted\]|RB145/);
  const cp = controlPlane(pkg);
  assert.is(cp.spec.glance.template.customServiceConfig, '[DEFAULT]\ndebug = True\n# the image store\n');
  const api = cp.spec.glance.template.glanceAPIs.default.customServiceConfig;
  assert.match(api, /^debug = True$/m, 'the template option, copied into the generated API');
  assert.match(api, /^rbd_store_pool = images$/m, 'the store, from the inventory');
  assert.equal(cp.metadata.annotations[ADOPTED_CONFIG], undefined);
  const before = snapshot(pkg);
  assert.is(kptRender(pkg).code, 0);
  assert.is(treeDiff(before, snapshot(pkg)), '', 'idempotent after adopt too');
});

test.run();
