import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

export const missingCredentials: Rule<InventoryRuleContext> = {
  id: 'RB012',
  name: 'missing-credentials',
  severity: 'error',
  summary: 'A driver that keeps keys in a Secret has no `credentials`.',
  why: 'Without the array address and login in a customServiceConfigSecrets Secret the driver cannot reach the array.',
  fix: 'Add `credentials: {secretName: cinder-volume-pure-secrets}` (or externalSecret).',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      const profile = getDriver(b.driver, b.service);
      const keys = profile?.secretKeys.required ?? [];
      if (!profile || keys.length === 0 || b.credentials) continue;
      report({
        item,
        path: b.at,
        message: `driver ${profile.id} needs credentials (${keys.join(', ')})`,
        hint: 'add credentials: {secretName: <Secret with an INI fragment>} or credentials.externalSecret',
      });
    }
  },
};
