/** validate and explain as users run them: the built bin, exit codes, formats, the kpt validator mode. */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../support/cli.js';
import { parseStream } from '../support/yaml.js';

const CASE = path.join(__dirname, 'RB100-unknown-propagation-value', 'fires-typo');
const QUIET = path.join(__dirname, 'RB100-unknown-propagation-value', 'quiet-builtins-and-instances');

test('validate: exit 1 with file:line:col diagnostics on errors, 0 when clean', () => {
  const bad = runCli(['validate', CASE]);
  assert.is(bad.code, 1, bad.stderr);
  assert.match(bad.stderr, /fires-typo\/controlplane\.yaml:12:46: error\[RB100\]: spec\.extraMounts\[0\]\.extraVol\[0\]\.propagation\[2\]: "CinderBackups"/);
  assert.match(bad.stderr, /2 error\(s\), 0 warning\(s\) in 1 file\(s\)/);
  assert.is(bad.stdout, '');
  const good = runCli(['validate', QUIET]);
  assert.is(good.code, 0, good.stderr);
});

test('validate --format json gives one record per finding', () => {
  const r = runCli(['validate', '--format', 'json', CASE]);
  // The findings are validate's result: stdout (docs/cli.md).
  assert.is(r.stderr, '');
  const records = JSON.parse(r.stdout);
  assert.is(records.length, 2);
  assert.equal(Object.keys(records[0]).sort(), ['column', 'field', 'file', 'line', 'message', 'rule', 'severity']);
});

test('validate as a kpt validator: the ResourceList comes back unchanged, with results', () => {
  const text = fs.readFileSync(path.join(CASE, 'controlplane.yaml'), 'utf8');
  const docs = parseStream(text);
  const list = { apiVersion: 'config.kubernetes.io/v1', kind: 'ResourceList', items: docs };
  const r = runCli(['validate'], { input: JSON.stringify(list) });
  assert.is(r.code, 1, r.stderr);
  const out = parseStream(r.stdout)[0];
  // Only kpt's bookkeeping annotations are added.
  assert.equal(out.items.map((i: any) => i.spec), docs.map((d) => d.spec));
  assert.equal(Object.keys(out.items[0].metadata.annotations), ['internal.config.kubernetes.io/path', 'internal.config.kubernetes.io/index']);
  assert.ok(out.results.some((x: any) => x.severity === 'error' && x.message.startsWith('[RB100]') && x.field.path === 'spec.extraMounts[0].extraVol[0].propagation[2]'));
});

test('validate rejects a malformed --release', () => {
  const r = runCli(['validate', '--release', '18.0', CASE]);
  assert.is(r.code, 2);
  assert.match(r.stderr, /--release must be a RHOSO release such as 18\.0\.3/);
});

test('explain: per-pod table of mounts and Secrets, deterministic', () => {
  const dir = path.join(__dirname, 'RB102-duplicate-volume-name', 'fires-template-and-top-level');
  const a = runCli(['explain', dir]);
  assert.is(a.code, 0, a.stderr);
  assert.match(a.stdout, /\| cinder-volume\/ceph \| 1 \| secret:ceph-conf-files → \/etc\/ceph-az0 ro<br>secret:ceph-conf-files → \/etc\/ceph ro \| ceph-conf-files \(volume\) \|/);
  assert.match(a.stdout, /\| cinder-api \| default \| – \| – \|/);
  assert.is(runCli(['explain', dir]).stdout, a.stdout);
  const json = JSON.parse(runCli(['explain', '--format', 'json', dir]).stdout);
  assert.is(json[0].controlPlane, 'openstack/openstack');
});

test('explain shows an entry taken twice', () => {
  const dir = path.join(__dirname, 'RB101-propagation-matches-twice', 'fires-type-and-instance');
  const r = runCli(['explain', dir]);
  assert.match(r.stdout, /\| cinder-volume\/ceph \| 1 \| \*\*2x\*\* secret:ceph-conf-files → \/etc\/ceph ro/);
});

test('explain without a control plane is an error', () => {
  const r = runCli(['explain', path.join(__dirname, 'RB133-partner-image-tag', 'fires-latest', 'version.yaml')]);
  assert.is(r.code, 1);
  assert.match(r.stderr, /no OpenStackControlPlane in the input/);
});

test.run();
