/**
 * validate as a kpt validator takes its options from a ConfigMap
 * functionConfig (the Kptfile's `configMap:`; kpt functions have no `args:`):
 * the values apply, exec flags win, an unknown key or a bad value is an
 * error result, never ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { ROOT, runCli } from '../support/cli.js';

const rendered = path.join(ROOT, 'examples', 'gitops', 'flux', 'rendered');
const items = fs
  .readdirSync(rendered)
  .filter((f) => f !== 'kustomization.yaml')
  .sort()
  .map((f) => fs.readFileSync(path.join(rendered, f), 'utf8').replace(/^---\n/, ''));

function resourceList(data: Record<string, string> | undefined): string {
  const list = ['apiVersion: config.kubernetes.io/v1', 'kind: ResourceList', 'items:', ...items.map((text) => text.trimEnd().replace(/^/gm, '  ').replace(/^  /, '- '))];
  if (data) list.push('functionConfig:', '  apiVersion: v1', '  kind: ConfigMap', '  metadata: {name: function-input}', '  data:', ...Object.entries(data).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`));
  return list.join('\n') + '\n';
}

const results = (stdout: string) => (parse(stdout).results ?? []) as Array<{ severity: string; message: string; field?: { path: string } }>;

test('without options: the rendered example passes', () => {
  const r = runCli(['validate'], { input: resourceList(undefined) });
  assert.is(r.code, 0, r.stdout + r.stderr);
});

test('ConfigMap options apply: a registry the images do not come from is an error', () => {
  const r = runCli(['validate'], { input: resourceList({ 'allowed-registry': 'mirror.example.com, quay.io' }) });
  assert.is(r.code, 1, r.stdout);
  assert.ok(results(r.stdout).some((x) => x.severity === 'error' && /mirror\.example\.com/.test(x.message)), r.stdout);
  const ok = runCli(['validate'], { input: resourceList({ 'allowed-registry': 'registry.connect.redhat.com', strict: 'false', release: '18.0.3' }) });
  assert.is(ok.code, 0, ok.stdout);
});

test('an exec flag wins over the ConfigMap', () => {
  const r = runCli(['validate', '--allowed-registry', 'registry.connect.redhat.com'], { input: resourceList({ 'allowed-registry': 'mirror.example.com' }) });
  assert.is(r.code, 0, r.stdout);
});

test('an unknown key or a bad value is an error result with a suggestion', () => {
  const typo = runCli(['validate'], { input: resourceList({ strikt: 'true' }) });
  assert.is(typo.code, 1);
  assert.equal(
    results(typo.stdout).map((x) => [x.severity, x.message, x.field?.path]),
    [['error', '[validate] unknown validate option "strikt" in the functionConfig (did you mean "strict"?)', 'data.strikt']],
  );
  for (const [data, message] of [
    [{ strict: 'yes' }, 'strict is "true" or "false", not "yes"'],
    [{ 'operator-line': '18-stabel' }, 'operator-line must be one of 18-stable, main, not "18-stabel"'],
    [{ release: '18.0' }, 'release must be a RHOSO release such as 18.0.3, not "18.0"'],
  ] as Array<[Record<string, string>, string]>) {
    const r = runCli(['validate'], { input: resourceList(data) });
    assert.is(r.code, 1, JSON.stringify(data));
    assert.match(results(r.stdout)[0].message, message);
  }
});

test.run();
