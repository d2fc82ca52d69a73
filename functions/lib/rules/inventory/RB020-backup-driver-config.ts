import { nearest } from '../../diagnostics/did-you-mean.js';
import { BACKUP_DRIVERS } from '../../expand/backup.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';
import { visibleCredentialKeys } from './credential-keys.js';

export const backupDriverConfig: Rule<InventoryRuleContext> = {
  id: 'RB020',
  name: 'backup-driver-config',
  severity: 'error',
  summary: 'A cinder backup lacks what its driver needs (nfs: backup_share; s3: endpoint and keys), names a Ceph cluster without using Ceph, or has a misspelt option.',
  why: 'cinder-backup starts but every backup fails: with no share or endpoint the driver has nowhere to write, and without keys S3 refuses it. A misspelt option is ignored silently.',
  fix: '`driver: nfs` -> add `options: {backup_share: nfs.example.com:/backups}`; `driver: s3` -> add backup_s3_endpoint_url and credentials with backup_s3_store_access_key / backup_s3_store_secret_key.',
  check({ inventory, item }, report) {
    for (const b of inventory.cinder.backups) {
      const d = BACKUP_DRIVERS[b.driver];
      const visible = visibleCredentialKeys(b.credentials);
      for (const key of d.requiredOptions) {
        if (key in b.options || visible?.includes(key)) continue;
        report({ item, path: [...b.at, 'options'], message: `backup driver ${b.driver} needs option "${key}"`, hint: `add ${key}: <value> under options` });
      }
      if (d.secretKeys.required.length > 0) {
        if (!b.credentials) {
          report({ item, path: b.at, message: `backup driver ${b.driver} needs credentials (${d.secretKeys.required.join(', ')})`, hint: 'add credentials: {externalSecret: {data: ...}} or {secretName: <Secret with a [DEFAULT] fragment>}' });
        } else if (visible) {
          for (const key of d.secretKeys.required) {
            if (!visible.includes(key)) report({ item, path: [...b.at, 'credentials'], message: `backup driver ${b.driver} needs credential "${key}"`, hint: `add ${key} to the credentials` });
          }
        }
      }
      if (b.cluster !== undefined && !d.needsCephCluster) {
        report({ item, path: [...b.at, 'cluster'], key: true, message: `cluster is only used by the ceph backup driver, not ${b.driver}`, hint: 'remove cluster, or use driver: ceph' });
      }
      const known = [...d.requiredOptions, ...d.optionalOptions, ...d.secretKeys.required, ...d.secretKeys.optional];
      for (const key of Object.keys(b.options)) {
        if (known.includes(key)) continue;
        const near = nearest(key, known, 2);
        if (near) report({ item, path: [...b.at, 'options', key], key: true, severity: 'warning', message: `option "${key}" is not known for the ${b.driver} backup driver`, hint: `did you mean "${near}"?` });
      }
    }
  },
};
