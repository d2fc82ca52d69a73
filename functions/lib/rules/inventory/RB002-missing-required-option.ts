import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';
import { visibleCredentialKeys } from './credential-keys.js';

export const missingRequiredOption: Rule<InventoryRuleContext> = {
  id: 'RB002',
  name: 'missing-required-option',
  severity: 'error',
  summary: 'A driver option the catalog marks as required is not set.',
  why: 'The driver fails to start (or connects to nothing) without it; cinder-volume then stays down.',
  fix: 'Add it under `options:` (e.g. `netapp_server_hostname: 10.0.0.5`), or under the credentials when it is sensitive.',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      const profile = getDriver(b.driver, b.service);
      if (!profile) continue;
      const visible = visibleCredentialKeys(b.credentials);
      for (const key of profile.options.required ?? []) {
        if (key in b.options || (visible && visible.includes(key))) continue;
        report({
          item,
          path: [...b.at, 'options'],
          message: `driver ${profile.id} needs option "${key}"`,
          hint: `add ${key}: "<value>" under options (quoted, so YAML keeps it as written)`,
        });
      }
    }
  },
};
