/**
 * The catalog is checked like code: a misspelt key in a driver, glance store
 * or backup driver file, or a misspelt variable in a template, fails the
 * build (shown on a copy of the sources).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { allDrivers, backupDriverProfiles, glanceStoreTypes } from '../../functions/lib/catalog/index.js';
import { ROOT } from '../support/cli.js';
import { copyRepo } from '../support/repo-copy.js';

// What the build reads besides the sources: the catalog, the schemas and the reference data it compiles.
const PARTS = ['functions/lib/catalog', 'functions/lib/schema', 'scripts', 'schemas', 'package.json'];

const buildWithTypo = (file: string, from: RegExp, to: string) => {
  const copy = copyRepo(PARTS);
  try {
    copy.edit(file, (t) => t.replace(from, to));
    return copy.node(['scripts/build.mjs', '--no-bundle']);
  } finally {
    copy.remove();
  }
};

test('secretkeys: (for secretKeys:) in a driver fails the build and names the file and the key', () => {
  const r = buildWithTypo('functions/lib/catalog/drivers/cinder/nfs.yaml', /^secretKeys:/m, 'secretkeys:');
  assert.is.not(r.code, 0, r.output);
  assert.match(r.output, 'drivers/cinder/nfs.yaml');
  assert.match(r.output, 'unknown key "secretkeys" (did you mean "secretKeys"?)');
});

test('a typo inside a glance store or a backup driver fails the build too', () => {
  const store = buildWithTypo('functions/lib/catalog/glance-stores/s3.yaml', /^optional:/m, 'optionals:');
  assert.is.not(store.code, 0, store.output);
  assert.match(store.output, 'glance-stores/s3.yaml');
  const backup = buildWithTypo('functions/lib/catalog/backup-drivers/s3.yaml', /^requiredOptions:/m, 'requiredOption:');
  assert.is.not(backup.code, 0, backup.output);
  assert.match(backup.output, 'unknown key "requiredOption"');
});

test('a wrong value type fails the build (partnerImage.required must be a boolean)', () => {
  const r = buildWithTypo('functions/lib/catalog/drivers/cinder/pure-iscsi.yaml', /^  required: true$/m, '  required: yes please');
  assert.is.not(r.code, 0, r.output);
  assert.match(r.output, 'partnerImage.required: must be boolean');
});

test('a misspelt template variable fails the build, in a value, in an {{#if}} and through a nested path', () => {
  const value = buildWithTypo('functions/lib/catalog/templates/cinder-backend.hbs', /\{\{volumeBackendName\}\}/, '{{volumeBackendNam}}');
  assert.is.not(value.code, 0, value.output);
  assert.match(value.output, 'template cinder-backend.hbs: {{volumeBackendNam}} reads "volumeBackendNam", which CinderBackendContext does not have (did you mean "volumeBackendName"?)');
  const condition = buildWithTypo('functions/lib/catalog/templates/backup-nfs.hbs', /\{\{#if availabilityZone\}\}/, '{{#if availabiltyZone}}');
  assert.is.not(condition.code, 0, condition.output);
  assert.match(condition.output, 'template backup-nfs.hbs: {{availabiltyZone}}');
  const nested = buildWithTypo('functions/lib/catalog/templates/cinder-ceph-rbd.hbs', /\{\{ceph\.pools\.volumes\}\}/, '{{ceph.pool.volumes}}');
  assert.is.not(nested.code, 0, nested.output);
  assert.match(nested.output, 'reads "ceph.pool", which CinderBackendContext does not have (did you mean "ceph.pools"?)');
  const partial = buildWithTypo('functions/lib/catalog/templates/_ini-options.hbs', /\{\{key\}\}/, '{{name}}');
  assert.is.not(partial.code, 0, partial.output);
  assert.match(partial.output, '(through partial ini-options): {{name}} reads "name"');
});

test('sections a driver file leaves out get the schema defaults', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'functions/lib/catalog/catalog.schema.json'), 'utf8'));
  const props = schema.definitions.DriverProfile.properties;
  // lvm-iscsi has neither secretKeys nor networkAttachments; cinder custom has no options.
  const cases: Array<[string, string]> = [['lvm-iscsi', 'secretKeys'], ['lvm-iscsi', 'networkAttachments'], ['custom', 'options']];
  for (const [id, key] of cases) {
    const text = fs.readFileSync(path.join(ROOT, `functions/lib/catalog/drivers/cinder/${id}.yaml`), 'utf8');
    assert.not.match(text, new RegExp(`^${key}:`, 'm'), `${id}.yaml leaves out ${key}`);
    const driver = allDrivers().find((d) => d.id === id && d.service === 'cinder') as unknown as Record<string, unknown>;
    assert.equal(driver[key], props[key].default, `${id}.${key}`);
  }
  assert.is(Object.keys(glanceStoreTypes).length, fs.readdirSync(path.join(ROOT, 'functions/lib/catalog/glance-stores')).length);
  assert.is(Object.keys(backupDriverProfiles).length, fs.readdirSync(path.join(ROOT, 'functions/lib/catalog/backup-drivers')).length);
});

test.run();
