import { nearest } from '../../diagnostics/did-you-mean.js';
import { STORE_TYPES } from '../../expand/glance.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';
import { visibleCredentialKeys } from './credential-keys.js';

export const glanceStoreFields: Rule<InventoryRuleContext> = {
  id: 'RB026',
  name: 'glance-store-fields',
  severity: 'error',
  summary: 'A glance store has fields its type does not use (nfs on a non-file store, cluster on a non-rbd store, auth on a store that does not log in to keystone), lacks the credentials its type needs (s3), or has a misspelt option.',
  why: 'A field the type ignores hides a mistake (an rbd store with nfs: was probably meant to be a file store); an s3 store without host, keys and bucket cannot store images.',
  fix: '`type: s3` -> add `credentials: {externalSecret: {data: {s3_store_host: ..., s3_store_access_key: ..., s3_store_secret_key: ..., s3_store_bucket: ...}}}`.',
  check({ inventory, item }, report) {
    for (const s of inventory.glance.stores) {
      const t = STORE_TYPES[s.type];
      if (s.nfs && s.type !== 'file') report({ item, path: [...s.at, 'nfs'], key: true, message: `nfs is only used by file stores, not ${s.type}`, hint: 'remove nfs, or write type: file' });
      if (s.auth === 'applicationCredential' && !t.keystoneAuth) {
        const users = Object.values(STORE_TYPES).filter((x) => x.keystoneAuth).map((x) => x.type).join(' and ');
        report({ item, path: [...s.at, 'auth'], key: true, message: `auth is only used by ${users} stores, not ${s.type}`, hint: 'remove auth' });
      }
      if (s.cluster !== undefined && s.type !== 'rbd') report({ item, path: [...s.at, 'cluster'], key: true, message: `cluster is only used by rbd stores, not ${s.type}`, hint: 'remove cluster, or write type: rbd' });
      const visible = visibleCredentialKeys(s.credentials);
      if (t.secretKeys.required.length > 0 && !s.credentials) {
        report({ item, path: s.at, message: `${s.type} store ${s.name} needs credentials (${t.secretKeys.required.join(', ')})`, hint: `add credentials: {secretName: <Secret with a [${s.name}] fragment>} or credentials.externalSecret` });
      } else if (s.credentials && visible) {
        for (const key of t.secretKeys.required) if (!visible.includes(key)) report({ item, path: [...s.at, 'credentials'], message: `${s.type} store ${s.name} needs credential "${key}"`, hint: `add ${key} to the credentials` });
      }
      if (s.credentials && t.secretKeys.required.length + t.secretKeys.optional.length === 0) {
        report({ item, path: [...s.at, 'credentials'], key: true, severity: 'warning', message: `${s.type} stores read no credentials (glance-operator passes the service user itself)`, hint: 'remove credentials' });
      }
      const known = [...Object.keys(t.defaults), ...t.optional, ...t.secretKeys.required, ...t.secretKeys.optional, 'store_description'];
      for (const key of Object.keys(s.options)) {
        if (known.includes(key)) continue;
        const near = nearest(key, known, 2);
        if (near) report({ item, path: [...s.at, 'options', key], key: true, severity: 'warning', message: `option "${key}" is not known for ${s.type} stores`, hint: `did you mean "${near}"?` });
      }
    }
  },
};
