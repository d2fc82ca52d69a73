/**
 * Failures the property tests found, kept as fixed inputs (the shrunk
 * counterexample, not the seed: seeds stop reproducing when a generator
 * changes). Each names the property and seed that found it. Failures that
 * are plain input files live in test/adversarial/cases instead:
 *   option-wrong-type    render(inventory), seed 20240506: ajv `type` arrays crashed the schema report (exit 3)
 *   kind-not-a-string    render(inventory), seed 20240506: `kind: []` was printed as a resource
 *   lone-carriage-return render(inventory), seed 1939405938: a lone CR made the yaml package and go-yaml read different values
 * To add one: run with the seed and FUZZ_PATH printed by the failure, copy the counterexample here.
 */
import { parseDocument } from 'yaml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runInProcess } from '../../functions/cli.js';
import { YAML_OPTIONS } from '../../functions/lib/io/yaml.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const list = (items: string) => `apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n${items}`;
const itemsOf = (stdout: string) => parseDocument(stdout, YAML_OPTIONS).toJS().items;

test('fn(ResourceList), seed 894717542: a failed run must not edit items (metadata: 0 became a map)', async () => {
  const input = list('- apiVersion: 0\n  kind: BackendInventory\n  metadata: 0\n  spec: {}\n');
  const r = await runInProcess(['fn'], { stdin: input });
  assert.is(r.code, 1);
  assert.is(itemsOf(r.stdout)[0].metadata, 0);
});

test('fn(ResourceList), seed 20240506: a failed run hands back items it would have pruned, unchanged', async () => {
  // No inventory: fn prunes what an earlier run owned (a stale managed-fields annotation), then finds errors in the control plane.
  const input = list(`- apiVersion: core.openstack.org/v1beta1
  kind: OpenStackControlPlane
  metadata:
    name: openstack
    annotations:
      backends.rhoso.io/managed-fields: '["spec.cinder.template.cinderVolumes.old"]'
  spec:
    secret: [not, a, string]
    cinder:
      template:
        cinderVolumes:
          old:
            replicas: 1
`);
  const r = await runInProcess(['fn'], { stdin: input });
  assert.is(r.code, 1, r.stdout);
  const cp = itemsOf(r.stdout)[0];
  assert.equal(cp.spec.cinder.template.cinderVolumes.old, { replicas: 1 }, 'pruned although the run failed');
  assert.is(cp.metadata.annotations['backends.rhoso.io/managed-fields'], '["spec.cinder.template.cinderVolumes.old"]');
});

test('render(inventory), seed 20240506: a missing top-level field names that field', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-reg-'));
  try {
    fs.writeFileSync(path.join(dir, 'inventory.yaml'), 'kind: BackendInventory\nmetadata:\n  name: a\nspec: {}\n');
    const r = await runInProcess(['render', dir, '--format', 'json']);
    assert.is(r.code, 1);
    const errors = JSON.parse(r.stderr).filter((d: { severity: string }) => d.severity === 'error');
    assert.ok(errors.some((d: { field: string | null; line: number }) => d.field === 'apiVersion' && d.line === 1), r.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});


test('fn(ResourceList), seed 1953940225: items given as a mapping is an input error, not an empty list (which would prune)', async () => {
  const input = list('  apiVersion: backends.rhoso.io/v1alpha1\n  kind: BackendInventory\n  metadata: {name: x}\n  spec: {}\n');
  const r = await runInProcess(['fn'], { stdin: input });
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /^<stdin>:4:3: error\[fn\/input\]: items: items must be a list of resources/m);
});

test.run();
