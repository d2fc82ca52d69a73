/** Back-end names to RFC 1123 labels (RB003, RB110 hints): camel case and storage terms. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { suggestLabel } from '../../functions/lib/rules/inventory/RB003-invalid-backend-name.js';

const CASES: Array<[string, string]> = [
  ['unityiSCSI', 'unity-iscsi'], // Dell guide key; `iSCSI` is one word
  ['iSCSI', 'iscsi'],
  ['powermaxFC', 'powermax-fc'],
  ['powerstoreISCSI', 'powerstore-iscsi'],
  ['pureNVMeTCP', 'pure-nvme-tcp'],
  ['HTTPServer', 'http-server'],
  ['ontap_nfs', 'ontap-nfs'],
];

for (const [name, label] of CASES) {
  test(`${name} -> ${label}`, () => {
    assert.is(suggestLabel(name), label);
  });
}

test.run();
