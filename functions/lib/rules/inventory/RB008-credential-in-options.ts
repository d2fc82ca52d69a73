import { getDriver, type DriverProfile } from '../../catalog/index.js';
import { isTemplated } from '../../ini/parse.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';
import { credentialOwners, driverCredentialKeys } from './credential-keys.js';
import { sectionOptions } from './sections.js';

import { SECRET_OPTION } from './credential-keys.js';

// Its home is credential-keys.ts (import reads it too); re-exported for the rules that take it from here.
export { SECRET_OPTION };

export const credentialInOptions: Rule<InventoryRuleContext> = {
  id: 'RB008',
  name: 'credential-in-options',
  severity: 'error',
  summary: 'A credential (password, token, login, access key, or a key the driver keeps in its Secret) is written under `options` or `sections`.',
  why: '`options` land in customServiceConfig in the OpenStackControlPlane, in plain text, in Git, and in every `oc get` output.',
  fix: 'Move `pure_api_token` from `options:` to the back end\'s `credentials:` (externalSecret, secretName or, in a lab, values).',
  check({ inventory, item }, report) {
    const driverKeys = new Map<string, { id: string; keys: Set<string> }>();
    // The keys depend on the driver alone (all of its DHSS modes): one set per driver, not per back end.
    const byDriver = new Map<DriverProfile, { id: string; keys: Set<string> }>();
    for (const b of allBackends(inventory)) {
      const profile = getDriver(b.driver, b.service);
      if (!profile) continue;
      let keys = byDriver.get(profile);
      if (!keys) {
        // Keys guides put in either place (netapp_server_hostname) are fine in options.
        const { secret, alsoInOptions } = driverCredentialKeys(profile, b);
        byDriver.set(profile, (keys = { id: profile.id, keys: new Set(secret.filter((k) => !alsoInOptions.includes(k))) }));
      }
      driverKeys.set(b.at.join('/'), keys);
    }
    for (const o of credentialOwners(inventory)) {
      const driver = driverKeys.get(o.at.join('/'));
      for (const [key, value] of Object.entries(o.options)) {
        // A Go template (`{{ .ApplicationCredentialSecret }}`) is filled in by the operator from its own Secret: no credential is written.
        if (typeof value === 'string' && isTemplated(value)) continue;
        const credentialLike = SECRET_OPTION.test(key);
        if (!credentialLike && !driver?.keys.has(key)) continue;
        // Vendor guides keep addresses such as san_ip in the Secret; those are only sensitive by convention.
        report({
          item,
          path: [...o.at, 'options', key],
          key: true,
          severity: credentialLike ? 'error' : 'warning',
          message: credentialLike
            ? `"${key}" is a credential and would be written in plain text into customServiceConfig`
            : `"${key}" belongs in the credentials Secret for ${driver!.id} (vendor guides keep it there)`,
          hint: `move ${key} under credentials (externalSecret.data, a Secret named by secretName, or values with allowPlaintext)`,
        });
      }
    }
    // `sections` land in customServiceConfig exactly like options.
    for (const o of sectionOptions(inventory)) {
      if (!SECRET_OPTION.test(o.key) || (typeof o.value === 'string' && isTemplated(o.value))) continue;
      report({
        item,
        path: o.at,
        key: true,
        message: `"${o.key}" is a credential and would be written in plain text into customServiceConfig`,
        hint: `move ${o.key} into a back end's credentials, or into a Secret you list in customServiceConfigSecrets by hand`,
      });
    }
  },
};
