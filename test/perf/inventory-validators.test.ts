/**
 * The build makes two validators of the inventory schema (scripts/build.mjs):
 * a small one every render runs (first error only, no schema or data in its
 * errors, annotations stripped) and one that reports every error, loaded only
 * for an invalid inventory. Render trusts the small one's verdict and the
 * defaults it fills in, so here both must agree on every inventory of the
 * repository (examples and test fixtures, valid and invalid), on generated
 * estates, and on broken variants of each: the same verdict, and for a valid
 * document the same defaulted result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fastValidator from '../../build/generated/inventory-validator.mjs';
import errorsValidator from '../../build/generated/inventory-errors-validator.mjs';
import { YAML_OPTIONS } from '../../functions/lib/io/yaml.js';
import { ROOT } from '../support/cli.js';

const yamlFiles = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f));

/** Every BackendInventory document in examples/ and test/, as render's loader reads it. */
function inventories(): Array<{ where: string; doc: Record<string, unknown> }> {
  const found: Array<{ where: string; doc: Record<string, unknown> }> = [];
  for (const file of [...yamlFiles(path.join(ROOT, 'examples')), ...yamlFiles(path.join(ROOT, 'test'))]) {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('BackendInventory')) continue;
    let docs;
    try {
      docs = parseAllDocuments(text, YAML_OPTIONS);
    } catch {
      continue; // files that do not parse are other tests' subject
    }
    for (const [i, d] of (Array.isArray(docs) ? docs : [docs]).entries()) {
      if (d.errors.length > 0) continue;
      let js;
      try {
        js = d.toJS({ maxAliasCount: 100 });
      } catch {
        continue; // alias bombs: refused before the schema (test/adversarial)
      }
      if (js && typeof js === 'object' && js.kind === 'BackendInventory') found.push({ where: `${path.relative(ROOT, file)}#${i}`, doc: js });
    }
  }
  return found;
}

/** Broken variants: a typo'd field, a wrong type, a bad enum value, a missing required field, deep in the document. */
function brokenVariants(doc: Record<string, unknown>): Array<[string, Record<string, unknown>]> {
  const out: Array<[string, Record<string, unknown>]> = [];
  const spec = doc.spec as Record<string, any> | undefined;
  if (!spec || typeof spec !== 'object') return out;
  const variant = (name: string, edit: (d: any) => void) => {
    const copy = structuredClone(doc);
    edit(copy);
    out.push([name, copy]);
  };
  variant('unknown spec field', (d) => (d.spec.cinderr = {}));
  variant('controlPlane of the wrong type', (d) => (d.spec.controlPlane = 'openstack'));
  const backends = spec.cinder?.backends;
  if (Array.isArray(backends) && backends.length > 0) {
    variant('typo in the last cinder back end', (d) => {
      const last = d.spec.cinder.backends.at(-1);
      last.volumeBackendNme = 'x';
    });
    variant('cinder back end without a name', (d) => delete d.spec.cinder.backends[0].name);
  }
  variant('operatorLine not in the enum', (d) => (d.spec.operatorLine = '18-stabel'));
  return out;
}

function verdicts(doc: Record<string, unknown>) {
  const fast = structuredClone(doc);
  const full = structuredClone(doc);
  return { fastOk: fastValidator(fast), fullOk: errorsValidator(full), fast, full };
}

test('both validators give the same verdict and the same defaults on every inventory of the repository', () => {
  const all = inventories();
  assert.ok(all.length > 300, `found ${all.length} inventories`);
  let valid = 0;
  let broken = 0;
  for (const { where, doc } of all) {
    const v = verdicts(doc);
    assert.is(v.fastOk, v.fullOk, `${where}: verdicts differ`);
    if (v.fullOk) {
      valid++;
      assert.equal(v.fast, v.full, `${where}: defaults differ`);
    } else {
      assert.ok((errorsValidator.errors ?? []).length > 0, `${where}: the full validator refused without an error`);
    }
    for (const [name, variant] of brokenVariants(doc)) {
      const b = verdicts(variant);
      assert.is(b.fastOk, b.fullOk, `${where} (${name}): verdicts differ`);
      assert.is(b.fastOk, false, `${where} (${name}): accepted a broken variant`);
      broken++;
    }
  }
  assert.ok(valid > 150, `only ${valid} valid inventories`);
  assert.ok(broken > 1000, `only ${broken} broken variants`);
});

test('both validators agree on generated estates (every driver, credentials, files, images)', async () => {
  const { inventoryYaml } = (await import(path.join(ROOT, 'bench', 'generate.mjs'))) as { inventoryYaml: (n: number) => string };
  for (const n of [20, 60, 120]) {
    const doc = parseAllDocuments(inventoryYaml(n), YAML_OPTIONS)[0]!.toJS() as Record<string, unknown>;
    const v = verdicts(doc);
    assert.ok(v.fullOk, `estate of ${n}: ${JSON.stringify(errorsValidator.errors?.[0])}`);
    assert.ok(v.fastOk, `estate of ${n}`);
    assert.equal(v.fast, v.full, `estate of ${n}: defaults differ`);
  }
});

test('the fast validator carries no schema annotations and is the smaller one', () => {
  const fast = fs.readFileSync(path.join(ROOT, 'build', 'generated', 'inventory-validator.mjs'), 'utf8');
  const full = fs.readFileSync(path.join(ROOT, 'build', 'generated', 'inventory-errors-validator.mjs'), 'utf8');
  assert.not.match(fast, /"description":/);
  assert.ok(fast.length < full.length * 0.8, `${fast.length} vs ${full.length}`);
});

test.run();
