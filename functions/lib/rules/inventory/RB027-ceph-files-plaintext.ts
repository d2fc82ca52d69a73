import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const cephFilesPlaintext: Rule<InventoryRuleContext> = {
  id: 'RB027',
  name: 'ceph-files-plaintext',
  severity: 'error',
  summary: 'ceph[].files generates the cluster Secret from package files, but spec.secrets.allowPlaintext is not true.',
  why: 'The keyring is a credential: generating the Secret writes it in plain text into a manifest, which usually ends up in Git.',
  fix: 'Drop `files:` and create the Secret out of band (SealedSecret, SOPS, External Secrets) under secretName; for a lab, set spec.secrets.allowPlaintext: true.',
  check({ inventory, item }, report) {
    if (inventory.secrets.allowPlaintext) return;
    for (const c of inventory.ceph) {
      if (c.files) report({ item, path: [...c.at, 'files', 'keyring'], message: `the keyring of Ceph cluster ${c.name} would be written in plain text into Secret ${c.secretName}`, hint: 'remove files and provide the Secret another way, or set spec.secrets.allowPlaintext: true' });
    }
  },
};
