import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';
import { driverCredentialKeys } from './credential-keys.js';

export const missingCredentials: Rule<InventoryRuleContext> = {
  id: 'RB012',
  name: 'missing-credentials',
  severity: 'error',
  summary: 'A driver that keeps keys in a Secret has no `credentials`.',
  why: 'Without the array address and login in a customServiceConfigSecrets Secret the driver cannot reach the array.',
  fix: 'Add `credentials: {externalSecret: {data: {san_ip: {key: storage/pure, property: san_ip}, ...}}}` or `credentials: {secretName: cinder-volume-pure-secrets}`.',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      if (b.credentials) continue;
      const profile = getDriver(b.driver, b.service);
      if (!profile) continue;
      // Keys a guide allows in options (netapp_server_hostname) count when written there.
      const keys = driverCredentialKeys(profile, b).required.filter((k) => !(k in b.options));
      if (keys.length === 0) continue;
      report({
        item,
        path: [...b.at, 'name'],
        message: `driver ${profile.id} needs credentials (${keys.join(', ')}) and this back end has none`,
        hint: 'add credentials.externalSecret (values read from your secret store) or credentials.secretName (a SealedSecret, SOPS file or existing Secret holding the INI fragment)',
      });
    }
  },
};
