import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compareIni, describeIniDifference, iniOptions } from '../../functions/lib/ini/compare.js';

test('order, spacing, comments and repeated sections do not matter', () => {
  const a = '[DEFAULT]\nenabled_backends=a\n[a]\nvolume_backend_name = a\n# note\nsan_ip = 10.0.0.1\n';
  const b = '[a]\nsan_ip=10.0.0.1\n[DEFAULT]\n  \n;c\nenabled_backends =   a\n[a]\nvolume_backend_name=a\n';
  assert.equal(compareIni(a, b), []);
});

test('a changed value, a missing option, an extra section are each reported', () => {
  const a = '[a]\nsan_ip = 10.0.0.1\nsan_login = admin\n';
  const b = '[a]\nsan_ip = 10.0.0.2\n[b]\nx = 1\n';
  assert.equal(compareIni(a, b).map((d) => describeIniDifference(d)), [
    '[a] san_ip is 10.0.0.1, not 10.0.0.2',
    '[a] san_login = admin is missing',
    '[b] is extra',
    '[b] x = 1 is extra',
  ]);
});

test('repeated options keep every value in order; continuation lines belong to the value', () => {
  const opts = iniOptions('[a]\nk = 1\nk = 2\nlong = x\n  y\nnext = z\n');
  assert.equal(opts.get('a')!.get('k'), ['1', '2']);
  assert.equal(opts.get('a')!.get('long'), ['x\ny']);
  assert.equal(compareIni('[a]\nk = 1\nk = 2\n', '[a]\nk = 2\nk = 1\n').length, 1);
});

test('quotes around a value are dropped, as oslo.config reads it', () => {
  assert.equal(compareIni('[az1]\nstore_description = "az1 RBD backend"\n', "[az1]\nstore_description = az1 RBD backend\n"), []);
  assert.equal(compareIni("[a]\nx = 'y'\n", '[a]\nx = y\n'), []);
  assert.equal(compareIni('[a]\nx = "y\n', '[a]\nx = y\n').length, 1);
});

test('credential values can be masked in the description', () => {
  const [d] = compareIni('[a]\nsan_password = one\n', '[a]\nsan_password = two\n');
  assert.is(describeIniDifference(d, (k, v) => (/password/.test(k) ? '<hidden>' : v)), '[a] san_password is <hidden>, not <hidden>');
});

test.run();
