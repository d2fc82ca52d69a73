import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

export const plaintextCredentials: Rule<InventoryRuleContext> = {
  id: 'RB005',
  name: 'plaintext-credentials-without-opt-in',
  severity: 'error',
  summary: '`credentials.values` is used while spec.secrets.allowPlaintext is not true.',
  why: 'Plaintext credentials would be written into a Secret manifest, which usually ends up in Git.',
  fix: 'Use `credentials: {secretName: ...}` (SealedSecret, SOPS, ExternalSecret made elsewhere) or `credentials: {externalSecret: ...}`; for a lab, set `spec.secrets.allowPlaintext: true`.',
  check({ inventory, item }, report) {
    if (inventory.secrets.allowPlaintext) return;
    const owners: Array<{ at: (string | number)[]; credentials?: unknown }> = [
      ...allBackends(inventory),
      ...inventory.glance.stores,
      ...(inventory.cinder.backup ? [inventory.cinder.backup] : []),
    ];
    for (const o of owners) {
      if (o.credentials && typeof o.credentials === 'object' && 'values' in o.credentials) {
        report({
          item,
          path: [...o.at, 'credentials', 'values'],
          message: 'plaintext credentials need spec.secrets.allowPlaintext: true',
          hint: 'use credentials.secretName or credentials.externalSecret instead',
        });
      }
    }
  },
};
