import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';
import { credentialOwners } from './credential-keys.js';

export const externalSecretStore: Rule<InventoryRuleContext> = {
  id: 'RB040',
  name: 'external-secret-without-store',
  severity: 'error',
  summary: 'An ExternalSecret would be generated (credentials.externalSecret, files[].externalSecret) but no SecretStore is named.',
  why: 'Without spec.secretStoreRef the External Secrets Operator does not know where to read the values; the Secret is never created and the back end never starts.',
  fix: 'Add `spec.secrets.store: {name: vault, kind: ClusterSecretStore}` (the default for every ExternalSecret), or `store:` under the one credentials.externalSecret.',
  check({ inventory, item }, report) {
    if (inventory.secrets.store) return;
    const hint = 'set spec.secrets.store: {name: <store>, kind: ClusterSecretStore|SecretStore}';
    for (const o of credentialOwners(inventory)) {
      if (o.credentials && 'externalSecret' in o.credentials && !o.credentials.externalSecret.store) {
        report({ item, path: [...o.at, 'credentials', 'externalSecret'], message: 'no SecretStore to read these credentials from', hint: `${hint}, or credentials.externalSecret.store` });
      }
    }
    for (const b of allBackends(inventory)) {
      b.files.forEach((f, i) => {
        if (f.externalSecret) report({ item, path: [...b.at, 'files', i, 'externalSecret'], message: `no SecretStore to read file "${f.name}" from`, hint });
      });
    }
  },
};
