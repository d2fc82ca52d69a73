import { cephUsersInUse } from '../../expand/ceph.js';
import type { Rule } from '../rule.js';
import { type InventoryRuleContext } from './context.js';

export const cephUserKeyring: Rule<InventoryRuleContext> = {
  id: 'RB057',
  name: 'ceph-user-keyring',
  severity: 'error',
  summary: 'A Ceph cluster generated from files (ceph[].files) has a per-service user (ceph[].users) without a keyring file in files.keyrings, or a keyring file for a user nothing reads with.',
  why: 'With per-service users each pod mounts only its own user\'s keyring (<name>.client.<user>.keyring): a missing key leaves the pod without credentials for the cluster (the kubelet refuses the volume); an unused one is a key handed out for nothing.',
  fix: '`users: {glance: glance}` -> add `files: {keyrings: {glance: files/ceph.client.glance.keyring}}`.',
  check({ inventory, item }, report) {
    for (const c of inventory.ceph) {
      if (!c.files) continue;
      const inUse = cephUsersInUse(inventory, c);
      for (const user of inUse) {
        if (user === c.user || c.files.keyrings?.[user] !== undefined) continue;
        const role = Object.entries(c.users).find(([, u]) => u === user)?.[0] ?? 'users';
        report({ item, path: [...c.at, 'users', role], message: `Ceph cluster ${c.name} generates its Secret from files, but has no keyring file for user ${user}`, hint: `add files.keyrings.${user}: <path of ${c.name}.client.${user}.keyring>` });
      }
      for (const user of Object.keys(c.files.keyrings ?? {})) {
        if (inUse.includes(user)) continue;
        report({ item, path: [...c.at, 'files', 'keyrings', user], key: true, severity: 'warning', message: `no service reads Ceph cluster ${c.name} as user ${user}`, hint: `remove it, or name it in users (users: {cinder: ${user}})` });
      }
    }
  },
};
