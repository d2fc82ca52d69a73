import { getDriver } from '../../catalog/index.js';
import { nearest } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';
import { visibleCredentialKeys } from './credential-keys.js';

export const credentialKeys: Rule<InventoryRuleContext> = {
  id: 'RB014',
  name: 'credential-keys',
  severity: 'error',
  summary: 'Credentials the tool can see (values, externalSecret data) lack a key the driver needs, or carry an unknown one.',
  why: 'A missing key (pure_api_token) leaves the driver unable to log in; a misspelt key is ignored by oslo.config.',
  fix: 'Add `pure_api_token: {key: storage/pure, property: token}` under credentials.externalSecret.data.',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      const profile = getDriver(b.driver, b.service);
      const visible = visibleCredentialKeys(b.credentials);
      if (!profile || !visible || !b.credentials) continue;
      const where = 'values' in b.credentials ? 'values' : 'externalSecret';
      const base = [...b.at, 'credentials', where, ...(where === 'externalSecret' ? ['data'] : [])];
      const required = profile.secretKeys.required ?? [];
      for (const key of required) {
        if (visible.includes(key) || key in b.options) continue;
        report({ item, path: base, message: `driver ${profile.id} needs credential "${key}"`, hint: `add ${key} under credentials.${where}${where === 'externalSecret' ? '.data' : ''}` });
      }
      if (profile.id === 'custom') continue;
      const known = [...required, ...(profile.secretKeys.optional ?? []), ...(profile.options.required ?? []), ...(profile.options.optional ?? [])];
      for (const key of visible) {
        if (known.includes(key)) continue;
        const near = nearest(key, known, 3);
        report({
          item,
          path: [...base, key],
          key: true,
          severity: 'warning',
          message: `credential "${key}" is not known for ${profile.id}`,
          hint: near ? `did you mean "${near}"?` : `known keys: ${[...required, ...(profile.secretKeys.optional ?? [])].join(', ')}`,
        });
      }
    }
  },
};
