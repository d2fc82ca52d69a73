/**
 * RB046: one Secret named as a back end's (or backup's, or glance store's)
 * credentials and also as a Ceph cluster's secretName, a file's source or a
 * mount's volume. customServiceConfigSecrets are concatenated into the
 * service config, so ceph.conf would land in cinder.conf, and the credentials
 * would reach every pod that mounts the other use.
 */
import { fieldPath } from '../../diagnostics/diagnostic.js';
import { referencedObjects } from '../../expand/mounts.js';
import type { FieldPath } from '../../inventory/model.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const secretUsedTwice: Rule<InventoryRuleContext> = {
  id: 'RB046',
  name: 'secret-used-twice',
  severity: 'error',
  summary: 'A Secret named as credentials is also used as a Ceph cluster secretName, a file source or a mount volume.',
  why: 'Credentials Secrets are concatenated into the service config (a ceph.conf would become part of cinder.conf), and mounting them elsewhere puts the back end\'s credentials into pods that must not have them (least privilege).',
  fix: 'Keep the back end\'s INI credentials in their own Secret (cinder-volume-pure-secrets) and the Ceph files or driver files in another (ceph-conf-files).',
  check({ inventory, item }, report) {
    const other = new Map<string, { what: string; at: FieldPath }>();
    const add = (name: string | undefined, what: string, at: FieldPath) => {
      if (name && !other.has(name)) other.set(name, { what, at });
    };
    for (const c of inventory.ceph) add(c.secretName, `Ceph cluster ${c.name}'s secretName`, [...c.at, 'secretName']);
    for (const b of [...inventory.cinder.backends, ...inventory.manila.backends]) {
      b.files.forEach((f, i) => add(f.secretName, `the source of file ${f.name} of ${b.name}`, [...b.at, 'files', i, 'secretName']));
    }
    for (const m of inventory.mounts) for (const name of referencedObjects(m.volume)) add(name, `the volume of mount ${m.name}`, [...m.at, 'volume']);
    const owners = [...inventory.cinder.backends, ...inventory.manila.backends, ...inventory.cinder.backups, ...inventory.glance.stores];
    for (const o of owners) {
      const creds = o.credentials;
      if (!creds || !('secretName' in creds)) continue;
      const clash = other.get(creds.secretName);
      if (!clash) continue;
      report({
        item,
        path: [...o.at, 'credentials', 'secretName'],
        message: `Secret ${creds.secretName} holds the credentials of ${o.name} and is also ${clash.what} (${fieldPath(clash.at)}): its content would be concatenated into ${o.name}'s config, and the credentials would reach other pods`,
        hint: `give the credentials their own Secret, e.g. secretName: ${o.name}-credentials`,
      });
    }
  },
};
