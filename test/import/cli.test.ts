/**
 * `rhoso-backends import` as users run it: the inventory on stdout (or
 * --output FILE, or --write into the package), diagnostics on stderr,
 * nothing written on errors, no credential in any stream, --write never
 * replaces a different inventory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { ROOT, runCli } from '../support/cli.js';

const CASES = path.join(ROOT, 'test', 'import', 'cases');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-import-cli-'));
const run = (args: string[]) => runCli(args, { cwd: tmp });
const copyCase = (name: string) => {
  const dir = path.join(tmp, name);
  fs.cpSync(path.join(CASES, name, 'input'), dir, { recursive: true });
  return dir;
};

test('stdout is the inventory the library writes; stderr the findings and the report', () => {
  copyCase('cinder-pure-iscsi');
  const r = run(['import', 'cinder-pure-iscsi']);
  assert.is(r.code, 0, r.stderr);
  const inventory = parse(r.stdout);
  assert.is(inventory.kind, 'BackendInventory');
  assert.is(inventory.spec.cinder.backends[0].driver, 'pure-iscsi');
  assert.match(r.stdout, /^# yaml-language-server: \$schema=\S+\n/);
  assert.match(r.stderr, /^cinder-pure-iscsi\/custom-container\.yaml:\d+:\d+: error\[RB137\]/m);
  assert.match(r.stderr, /^imported 1 cinder back end, /m);
  assert.match(r.stderr, /^1 placeholder to fill in before render/m);
  const json = run(['import', 'cinder-pure-iscsi', '--format', 'json']);
  assert.is(json.stdout, r.stdout);
  assert.ok(JSON.parse(json.stderr).some((d: any) => d.rule === 'import'));
});

test('--output FILE: the file gets the inventory, its $schema line points at the shipped schema', () => {
  copyCase('glance-nfs');
  fs.mkdirSync(path.join(tmp, 'out'));
  const r = run(['import', 'glance-nfs', '--output', 'out/inventory.yaml']);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout, '');
  const text = fs.readFileSync(path.join(tmp, 'out', 'inventory.yaml'), 'utf8');
  const ref = /\$schema=(\S+)/.exec(text)![1];
  assert.ok(fs.existsSync(path.resolve(tmp, 'out', ref)), ref);
});

test('--write puts inventory.yaml into the package; again is a no-op; a different inventory is never replaced', () => {
  const dir = copyCase('manila-netapp');
  const first = run(['import', 'manila-netapp', '--write']);
  assert.is(first.code, 0, first.stderr);
  const written = fs.readFileSync(path.join(dir, 'inventory.yaml'), 'utf8');
  assert.is(parse(written).spec.manila.backends[0].driver, 'netapp-ontap');
  const again = run(['import', 'manila-netapp', '--write']);
  assert.is(again.code, 0, again.stderr);
  assert.is(fs.readFileSync(path.join(dir, 'inventory.yaml'), 'utf8'), written);
  const changed = written.replace('netapp_transport_type: http', 'netapp_transport_type: https');
  fs.writeFileSync(path.join(dir, 'inventory.yaml'), changed);
  const refused = run(['import', 'manila-netapp', '--write']);
  assert.is(refused.code, 1);
  assert.match(refused.stderr, /^manila-netapp\/inventory\.yaml:1:1: error\[import\]: the package already has a BackendInventory \(inventory\.yaml\); import does not replace it/m);
  assert.is(fs.readFileSync(path.join(dir, 'inventory.yaml'), 'utf8'), changed);
});

test('plaintext credentials appear in no output stream', () => {
  copyCase('plaintext-credentials');
  const r = run(['import', 'plaintext-credentials']);
  assert.is(r.code, 0, r.stderr);
  for (const secret of ['Sup3r-S3cret-Passw0rd', '11111111-2222-3333-4444-555555555555', 'AKIAEXAMPLEACCESSKEY', 'wJalrXUtnFEMIexampleSECRETkey']) {
    assert.not.ok(r.stdout.includes(secret), 'stdout');
    assert.not.ok(r.stderr.includes(secret), 'stderr');
  }
  assert.match(r.stderr, /create the Secret cinder-volume-ontap-secrets with a key ontap\.conf/);
});

test('no control plane: exit 1, nothing on stdout; --output and --write together are a usage error', () => {
  fs.mkdirSync(path.join(tmp, 'empty'));
  fs.writeFileSync(path.join(tmp, 'empty', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
  const r = run(['import', 'empty']);
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /error\[import\]: no OpenStackControlPlane in the input/);
  const both = run(['import', 'empty', '--write', '--output', 'x.yaml']);
  assert.is(both.code, 2);
  assert.match(both.stderr, /give --output FILE or --write, not both/);
});

test.run();
