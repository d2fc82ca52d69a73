/**
 * functions/lib/schema/equivalent-forms.yaml is the one list of what adoption
 * treats as equal. Its CRD defaults must be the CRD's own: each `crd` line is
 * looked up in the reference OpenStackControlPlane CRD (test/data/reference/crds).
 * Its other lines must name a field of that CRD (a misspelt path would make
 * a difference go unnoticed, or an equal entry conflict).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { REFERENCE, ROOT } from '../support/cli.js';

const forms = parse(fs.readFileSync(path.join(ROOT, 'functions', 'lib', 'schema', 'equivalent-forms.yaml'), 'utf8'));
const crd = parse(fs.readFileSync(path.join(REFERENCE, 'crds', 'core.openstack.org_openstackcontrolplanes.yaml'), 'utf8'));
const root = crd.spec.versions.find((v: any) => v.name === 'v1beta1').schema.openAPIV3Schema;

/** The schemas a field path with `*` (any map key, list index or, for a service, any field) leads to. */
function schemasAt(schema: any, segments: string[]): any[] {
  if (segments.length === 0) return [schema];
  const [head, ...rest] = segments;
  const next: any[] = [];
  if (schema.items) next.push(...(head === '*' ? [schema.items] : []));
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object' && head === '*') next.push(schema.additionalProperties);
  if (schema.properties) next.push(...(head === '*' ? Object.values(schema.properties) : schema.properties[head] ? [schema.properties[head]] : []));
  return next.flatMap((s) => schemasAt(s, rest));
}

for (const kind of ['defaults', 'sets', 'ignored'] as const) {
  for (const f of forms[kind]) {
    test(`${kind}: ${f.path} is a field of the control plane CRD`, () => {
      assert.ok(schemasAt(root, f.path.split('.')).length > 0, f.path);
    });
  }
}

for (const f of forms.defaults.filter((d: any) => String(d.source).startsWith('crd '))) {
  test(`default ${f.path} = ${JSON.stringify(f.value)} is the CRD's default`, () => {
    const found = schemasAt(root, f.path.split('.'));
    assert.ok(found.length > 0);
    for (const s of found) assert.equal(s.default, f.value, `${f.path} in ${f.source}`);
  });
}

test('every non-CRD default names where Kubernetes sets it', () => {
  for (const f of forms.defaults.filter((d: any) => !String(d.source).startsWith('crd '))) assert.match(f.source, /^kubernetes /, f.path);
});

for (const f of forms.options) {
  test(`options: ${f.path} ${f.option} is a customServiceConfig of the control plane CRD, with its source`, () => {
    assert.ok(f.path.endsWith('.customServiceConfig') && schemasAt(root, f.path.split('.')).length > 0, f.path);
    assert.match(f.source, /\.py\b/, `${f.path} ${f.option}: name the service source that reads it`);
  });
}

test.run();
