import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { driverIds } from '../../functions/lib/catalog/index.js';

test('catalog loads', () => {
  assert.ok(driverIds('cinder').includes('pure-iscsi'));
});

test.run();
