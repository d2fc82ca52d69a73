import { getDriver } from '../../catalog/index.js';
import { nearest } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';
import { driverCredentialKeys, visibleCredentialKeys } from './credential-keys.js';

export const credentialKeys: Rule<InventoryRuleContext> = {
  id: 'RB014',
  name: 'credential-keys',
  severity: 'error',
  summary: 'Credentials the tool can see (values, externalSecret data) lack a key the driver needs (error), or carry one the driver does not know (warning).',
  why: 'A missing key (pure_api_token) leaves the driver unable to log in and the back end down; a misspelt key is ignored by oslo.config, silently.',
  fix: 'Add `pure_api_token: {key: storage/pure, property: token}` under credentials.externalSecret.data; rename `pure_api_tokn` to `pure_api_token`.',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      const profile = getDriver(b.driver, b.service);
      const visible = visibleCredentialKeys(b.credentials);
      // A Secret named by secretName is opaque here (its INI text is encrypted or elsewhere).
      if (!profile || !visible || !b.credentials) continue;
      const where = 'values' in b.credentials ? 'values' : 'externalSecret.data';
      const base = [...b.at, 'credentials', ...where.split('.')];
      const { required, secret: secretKeys } = driverCredentialKeys(profile, b);
      const example = where === 'values' ? ': ...' : ': {key: <path in the store>, property: <field>}';
      for (const key of required) {
        if (visible.includes(key) || key in b.options) continue;
        report({ item, path: base, message: `driver ${profile.id} needs credential "${key}", which is missing`, hint: `add ${key}${example} under credentials.${where}` });
      }
      if (profile.id === 'custom') continue;
      const known = [...secretKeys, ...(profile.options.required ?? []), ...(profile.options.optional ?? [])];
      for (const key of visible) {
        if (known.includes(key)) continue;
        const near = nearest(key, known, 3);
        report({
          item,
          path: [...base, key],
          key: true,
          severity: 'warning',
          message: `credential "${key}" is not an option of driver ${profile.id} (oslo.config would ignore it)`,
          hint: near ? `did you mean "${near}"?` : `the driver's credential keys are: ${secretKeys.join(', ')}`,
        });
      }
    }
  },
};
