import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';
import { credentialOwners } from './credential-keys.js';

export const plaintextCredentials: Rule<InventoryRuleContext> = {
  id: 'RB005',
  name: 'plaintext-credentials-without-opt-in',
  severity: 'error',
  summary: '`credentials.values` is used while spec.secrets.allowPlaintext is not true.',
  why: 'Plaintext credentials would be written into a Secret manifest, which usually ends up in Git.',
  fix: 'Use `credentials: {secretName: ...}` (SealedSecret, SOPS, ExternalSecret made elsewhere) or `credentials: {externalSecret: ...}`; for a lab, set `spec.secrets.allowPlaintext: true`.',
  check({ inventory, item }, report) {
    if (inventory.secrets.allowPlaintext) return;
    for (const o of credentialOwners(inventory)) {
      if (o.credentials && 'values' in o.credentials) {
        report({
          item,
          path: [...o.at, 'credentials', 'values'],
          message: 'plaintext credentials need spec.secrets.allowPlaintext: true (they would be written into a Secret manifest in Git)',
          hint: 'use credentials.externalSecret (values stay in the store) or credentials.secretName (a SealedSecret, SOPS file or existing Secret)',
        });
      }
    }
  },
};
