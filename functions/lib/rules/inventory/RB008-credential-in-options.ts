import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

/** Option names that hold secrets whatever the driver (so custom drivers are covered too). */
export const SECRET_OPTION = /(^|_)(password|passwd|token|secret|secret_key|access_key|private_key|api_key|login)$/;

export const credentialInOptions: Rule<InventoryRuleContext> = {
  id: 'RB008',
  name: 'credential-in-options',
  severity: 'error',
  summary: 'A credential (password, token, login, or a key the driver keeps in its Secret) is written under `options`.',
  why: '`options` land in customServiceConfig in the OpenStackControlPlane, in plain text, in Git, and in every `oc get` output.',
  fix: 'Move `pure_api_token` from `options:` to the back end\'s `credentials:` (secretName, externalSecret or, in a lab, values).',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      const profile = getDriver(b.driver, b.service);
      const secretKeys = new Set([...(profile?.secretKeys.required ?? []), ...(profile?.secretKeys.optional ?? [])]);
      for (const key of Object.keys(b.options)) {
        const credentialLike = SECRET_OPTION.test(key);
        if (!credentialLike && (!secretKeys.has(key) || profile?.secretKeys.alsoInOptions?.includes(key))) continue;
        // Vendor guides keep addresses such as san_ip in the Secret; those are only sensitive by convention.
        const severity = credentialLike ? 'error' : 'warning';
        report({
          item,
          path: [...b.at, 'options', key],
          key: true,
          severity,
          message: credentialLike
            ? `"${key}" is a credential and would be written in plain text into customServiceConfig`
            : `"${key}" belongs in the credentials Secret for ${profile!.id} (vendor guides keep it there)`,
          hint: 'move it under credentials (secretName, externalSecret, or values with allowPlaintext)',
        });
      }
    }
  },
};
