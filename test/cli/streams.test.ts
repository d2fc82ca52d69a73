/**
 * One rule for every command (docs/cli.md): the result on stdout
 * (manifests, ResourceList, diff, report, plan, validate --format json
 * findings), human diagnostics on stderr; on an error, no result.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, parseAllDocuments } from 'yaml';
import { ROOT, runCli } from '../support/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-streams-'));
fs.cpSync(path.join(ROOT, 'examples', 'multi-vendor'), path.join(tmp, 'good'), { recursive: true });
fs.cpSync(path.join(ROOT, 'examples', 'multi-vendor'), path.join(tmp, 'bad'), { recursive: true });
const badInventory = path.join(tmp, 'bad', 'inventory.yaml');
fs.writeFileSync(badInventory, fs.readFileSync(badInventory, 'utf8').replace('driver: pure-iscsi', 'driver: pure-iscs'));
const run = (args: string[], input?: string) => runCli(args, { cwd: tmp, input });
const DIAGNOSTIC = /^bad\/inventory\.yaml:\d+:\d+: error\[RB001\]/m;

test('render: manifests on stdout, summary on stderr; on error stdout stays empty', () => {
  const ok = run(['render', 'good']);
  assert.is(ok.code, 0, ok.stderr);
  assert.ok(parseAllDocuments(ok.stdout).some((d) => d.get('kind') === 'OpenStackControlPlane'));
  assert.match(ok.stderr, /^good\/inventory\.yaml:\d+:\d+: info\[summary\]/m);
  const json = run(['render', 'good', '--format', 'json']);
  assert.is(json.stdout, ok.stdout, 'stdout stays the manifests with --format json');
  assert.ok(Array.isArray(JSON.parse(json.stderr)));
  const bad = run(['render', 'bad']);
  assert.is(bad.code, 1);
  assert.is(bad.stdout, '');
  assert.match(bad.stderr, DIAGNOSTIC);
});

test('validate: text diagnostics on stderr; --format json findings on stdout (> findings.json)', () => {
  const text = run(['validate', 'bad']);
  assert.is(text.code, 1);
  assert.is(text.stdout, '');
  assert.match(text.stderr, DIAGNOSTIC);
  assert.match(text.stderr, /^1 error\(s\), 0 warning\(s\) in 1 file\(s\)$/m);
  const json = run(['validate', '--format', 'json', 'bad']);
  assert.is(json.code, 1);
  assert.is(json.stderr, '');
  const findings = JSON.parse(json.stdout);
  assert.equal(findings.map((f: any) => [f.rule, f.file]), [['RB001', 'bad/inventory.yaml']]);
  const clean = run(['validate', '--format', 'json', 'good']);
  assert.is(clean.code, 0, clean.stdout);
  assert.equal(JSON.parse(clean.stdout).filter((f: any) => f.severity === 'error'), []);
});

test('fn: the ResourceList on stdout, nothing on stderr; unreadable input is a diagnostic on stderr', () => {
  const inventory = fs.readFileSync(path.join(tmp, 'good', 'inventory.yaml'), 'utf8');
  const list = `apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n${inventory.replace(/^/gm, '  ').replace(/^  /, '- ')}`;
  const ok = run(['fn', '--package-root', 'good'], list);
  assert.is(ok.code, 0, ok.stderr);
  assert.is(ok.stderr, '');
  assert.is(parse(ok.stdout).kind, 'ResourceList');
  const bad = run(['fn'], 'kind: [');
  assert.is(bad.code, 1);
  assert.is(bad.stdout, '');
  assert.match(bad.stderr, /error\[/);
});

test('explain: the report on stdout; errors on stderr', () => {
  const ok = run(['explain', 'good']);
  assert.is(ok.code, 0, ok.stderr);
  assert.is(ok.stderr, '');
  assert.match(ok.stdout, /^\| pod \| replicas \| mounts \| Secrets \|$/m);
  assert.ok(Array.isArray(JSON.parse(run(['explain', 'good', '--format', 'json']).stdout)));
  const bad = run(['explain', 'bad']);
  assert.is(bad.code, 1);
  assert.is(bad.stdout, '');
  assert.match(bad.stderr, DIAGNOSTIC);
});

test('check: the diff on stdout, the verdict on stderr', () => {
  const out = path.join(tmp, 'rendered');
  assert.is(run(['render', 'good', '--output-dir', 'rendered', '--quiet']).code, 0);
  const same = run(['check', 'good', '--output-dir', 'rendered']);
  assert.is(same.code, 0, same.stderr);
  assert.is(same.stdout, '');
  assert.match(same.stderr, /rendered is up to date/);
  const file = fs.readdirSync(out).find((f) => f.startsWith('openstackversion'))!;
  fs.appendFileSync(path.join(out, file), '# edited\n');
  const stale = run(['check', 'good', '--output-dir', 'rendered']);
  assert.is(stale.code, 1);
  assert.match(stale.stdout, /^--- a\/rendered\//m);
  assert.match(stale.stderr, /error\[check\]: rendered is out of date/);
});

test('plan-update: the plan on stdout; input errors on stderr', () => {
  fs.cpSync(path.join(ROOT, 'examples', 'minor-update'), path.join(tmp, 'minor'), { recursive: true });
  const ok = run(['plan-update', 'minor', '--to', '18.0.4-20250110.1', '--format', 'json']);
  assert.is(ok.stderr, '');
  assert.is(JSON.parse(ok.stdout).to, '18.0.4');
  const bad = run(['plan-update', 'bad', '--to', '18.0.4']);
  assert.is(bad.code, 1);
  assert.is(bad.stdout, '');
  assert.match(bad.stderr, DIAGNOSTIC);
});

test('usage errors: nothing on stdout, the message and usage line on stderr', () => {
  for (const argv of [['render'], ['check', 'good'], ['plan-update', 'good'], ['completion', 'fish']]) {
    const r = run(argv);
    assert.is(r.code, 2, argv.join(' '));
    assert.is(r.stdout, '', argv.join(' '));
    assert.match(r.stderr, new RegExp(`^Usage: rhoso-backends ${argv[0]} `, 'm'), argv.join(' '));
  }
});

test.run();
