/**
 * The CRD subsets (schemas/crd/*.json) are what the build compiles into the
 * validators RB190 uses. Checked here: they equal a fresh extraction from the
 * upstream CRDs in test/data/reference/crds, and the generated validators
 * (with shared sub-schemas hoisted to keep the code small) accept and reject
 * exactly what a plain compile of the committed subsets does.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as generated from '../../build/generated/crd-validators.mjs';
import { suggestField } from '../../functions/lib/schema/errors.js';
import { ROOT, REFERENCE } from '../support/cli.js';
import { parseStream } from '../support/yaml.js';

const SUBSETS = path.join(ROOT, 'schemas', 'crd');

test('committed subsets equal a fresh extraction from test/data/reference/crds', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'extract-crd-subsets.mjs'), '--check', path.join(REFERENCE, 'crds')], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
});

test('subsets name their upstream commit and keep only the storage sections in full', () => {
  for (const f of ['openstackcontrolplane-main.json', 'openstackcontrolplane-18-stable.json', 'openstackversion.json']) {
    const s = JSON.parse(fs.readFileSync(path.join(SUBSETS, f), 'utf8'));
    assert.match(s.$comment, /openstack-k8s-operators\/openstack-operator@[0-9a-f]{40}/, f);
    assert.is(s.additionalProperties, false, f);
    assert.is(s.properties.spec.additionalProperties, false, f);
  }
  const cp = JSON.parse(fs.readFileSync(path.join(SUBSETS, 'openstackcontrolplane-main.json'), 'utf8'));
  const spec = cp.properties.spec.properties;
  for (const k of ['extraMounts', 'cinder', 'manila', 'glance']) assert.ok(Object.keys(spec[k]).length > 0, k);
  assert.equal(spec.nova, {}, 'other services are listed (typos are caught) but not checked');
  // Required fields the API server or the webhook always fill are not required here.
  assert.equal(spec.cinder.properties.template.required, ['databaseInstance', 'secret']);
});

// A plain compile of the committed subsets, without the build's hoisting.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const plain: Record<string, ValidateFunction> = {};
function plainValidator(file: string): ValidateFunction {
  plain[file] ??= ajv.compile(JSON.parse(fs.readFileSync(path.join(SUBSETS, file), 'utf8')));
  return plain[file];
}

const signature = (errors: ErrorObject[] | null | undefined) =>
  [...new Set((errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`))].sort();

/** Every OpenStackControlPlane / OpenStackVersion document in the samples and test fixtures, plus broken variants of each. */
function corpus(): Array<{ name: string; doc: any }> {
  const files: string[] = [];
  for (const dir of [path.join(REFERENCE, 'samples', 'upstream'), path.join(REFERENCE, 'samples', 'peers')]) {
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.yaml')) files.push(path.join(dir, f));
  }
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml')) files.push(p);
    }
  };
  walk(path.join(ROOT, 'test', 'rules'));
  const out: Array<{ name: string; doc: any }> = [];
  for (const f of files.sort()) {
    let docs: any[];
    try {
      docs = parseStream(fs.readFileSync(f, 'utf8'));
    } catch {
      continue;
    }
    docs.forEach((doc, i) => {
      if (doc?.apiVersion !== 'core.openstack.org/v1beta1' || !['OpenStackControlPlane', 'OpenStackVersion'].includes(doc.kind)) return;
      const name = `${path.relative(ROOT, f)}#${i}`;
      out.push({ name, doc });
      const broken = structuredClone(doc);
      broken.spec = { ...(broken.spec ?? {}), bogusField: 1 };
      if (broken.spec.cinder?.template) broken.spec.cinder.template.cinderVolumes = { x: { replicas: 'two', unknown: true } };
      if (broken.spec.extraMounts) broken.spec.extraMounts = [{ name: 3, extraVol: [{ volumes: [{ name: 'v', secret: { name: 'x' } }] }] }];
      if (broken.spec.customContainerImages) broken.spec.customContainerImages = { cinderApiImage: 1 };
      out.push({ name: `${name} (broken)`, doc: broken });
    });
  }
  return out;
}

test('the generated (hoisted) validators judge every sample exactly like a plain compile', () => {
  const docs = corpus();
  assert.ok(docs.length > 60, `corpus has ${docs.length} documents`);
  let rejected = 0;
  for (const { name, doc } of docs) {
    const pairs: Array<[(d: unknown) => boolean, ValidateFunction & { errors?: any }]> =
      doc.kind === 'OpenStackVersion'
        ? [[generated.version, plainValidator('openstackversion.json')]]
        : [
            [generated.controlPlaneMain, plainValidator('openstackcontrolplane-main.json')],
            [generated.controlPlane18Stable, plainValidator('openstackcontrolplane-18-stable.json')],
          ];
    for (const [gen, ref] of pairs) {
      const a = gen(doc);
      const b = ref(doc);
      assert.is(a, b, name);
      if (!a) rejected++;
      assert.equal(signature((gen as any).errors), signature(ref.errors), name);
    }
  }
  assert.ok(rejected > docs.length / 2, 'the broken variants are rejected');
});

test('did you mean: near misses, and the tail of exactly one allowed field', () => {
  assert.is(suggestField('name', ['defaultMode', 'items', 'optional', 'secretName']), 'secretName');
  assert.is(suggestField('name', ['claimName', 'readOnly']), 'claimName');
  assert.is(suggestField('cinderApiImage', ['cinderAPIImage', 'cinderBackupImage']), 'cinderAPIImage');
  assert.is(suggestField('glanceAPI', ['glanceAPIs', 'imageCache']), 'glanceAPIs');
  assert.is(suggestField('name', ['firstName', 'lastName']), undefined);
  assert.is(suggestField('zzz', ['secretName']), undefined);
});

test.run();
