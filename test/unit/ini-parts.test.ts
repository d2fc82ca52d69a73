/**
 * withoutIniParts (pipeline/adopt-template-config.ts): what `adopt` leaves of
 * glance.template.customServiceConfig once the inventory owns its stores.
 * Each case reads the result as oslo.config would (ini/compare.ts) and checks
 * the user's comments and other options survive.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { iniOptions } from '../../functions/lib/ini/compare.js';
import { withoutIniParts } from '../../functions/lib/pipeline/adopt-template-config.js';

const STORES = [{ section: 'DEFAULT', key: 'enabled_backends' }, { section: 'glance_store' }, { section: 'ceph' }];
const read = (text: string) => Object.fromEntries([...iniOptions(text)].map(([s, o]) => [s, Object.fromEntries(o)]));

test('the store configuration goes, the other options and the comments before the next section stay', () => {
  const text = '[DEFAULT]\ndebug = True\nenabled_backends = ceph:rbd\n# quotas\n[glance_store]\ndefault_backend = ceph\n[ceph]\nrbd_store_pool = images\n# the formats glance accepts\n[image_format]\ndisk_formats = raw\n';
  const left = withoutIniParts(text, STORES);
  assert.equal(read(left), { DEFAULT: { debug: ['True'] }, image_format: { disk_formats: ['raw'] } });
  assert.ok(left.includes('# quotas\n') && left.includes('# the formats glance accepts\n'), left);
});

test('an option goes with its continuation lines; a section left with only its header goes', () => {
  const text = '[default]\nenabled_backends = ceph:rbd,\n  swift:swift\n[glance_store]\ndefault_backend = ceph\n[DEFAULT]\nworkers = 2\n';
  const left = withoutIniParts(text, STORES);
  assert.equal(read(left), { DEFAULT: { workers: ['2'] } });
  assert.not.ok(left.includes('swift:swift'), left);
  assert.not.ok(left.includes('[default]'), left);
});

test('nothing but comments left: empty (adopt then deletes the field)', () => {
  assert.is(withoutIniParts('# stores\n[DEFAULT]\nenabled_backends = ceph:rbd\n[glance_store]\ndefault_backend = ceph\n[ceph]\nrbd_store_pool = images\n', STORES), '');
});

test('a text without those parts is returned as it was', () => {
  const text = '[DEFAULT]\ndebug = True\n';
  assert.is(withoutIniParts(text, STORES), text);
});

test.run();
