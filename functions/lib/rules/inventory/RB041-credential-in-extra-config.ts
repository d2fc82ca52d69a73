import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';
import { SECRET_OPTION } from './RB008-credential-in-options.js';
import { driverCredentialKeys } from './credential-keys.js';

/** `key = value` or `key: value` at the start of an INI line (oslo.config accepts both). */
const INI_KEY = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]/;

export const credentialInExtraConfig: Rule<InventoryRuleContext> = {
  id: 'RB041',
  name: 'credential-in-extra-config',
  severity: 'error',
  summary: 'A credential is written as a raw INI line in `extraConfig`.',
  why: 'extraConfig is appended to customServiceConfig: the value would sit in plain text in the OpenStackControlPlane, in Git and in `oc get` output.',
  fix: 'Delete the `san_password = ...` line from extraConfig and add san_password under credentials (externalSecret.data, or a Secret named by secretName).',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      if (!b.extraConfig) continue;
      const profile = getDriver(b.driver, b.service);
      const known = profile ? driverCredentialKeys(profile, b) : undefined;
      const driverKeys = new Set(known ? known.secret.filter((k) => !known.alsoInOptions.includes(k)) : []);
      b.extraConfig.split('\n').forEach((line, i) => {
        const key = INI_KEY.exec(line)?.[1];
        if (!key) return;
        const credentialLike = SECRET_OPTION.test(key);
        if (!credentialLike && !driverKeys.has(key)) return;
        // The value is never repeated: only the key and the line number.
        report({
          item,
          path: [...b.at, 'extraConfig'],
          within: { line: i, column: line.indexOf(key) },
          severity: credentialLike ? 'error' : 'warning',
          message: credentialLike
            ? `line ${i + 1} of extraConfig sets "${key}", a credential that would be written in plain text into customServiceConfig`
            : `line ${i + 1} of extraConfig sets "${key}", which vendor guides keep in the credentials Secret of ${profile!.id}`,
          hint: `remove that line and add ${key} under credentials (externalSecret.data or the Secret named by secretName)`,
        });
      });
    }
  },
};
