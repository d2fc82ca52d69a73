/** RB049: a Ceph user written with the `client.` prefix. */
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const cephUserPrefix: Rule<InventoryRuleContext> = {
  id: 'RB049',
  name: 'ceph-user-prefix',
  severity: 'error',
  summary: 'A Ceph cluster\'s user (or a per-service user under users) starts with "client.".',
  why: 'rbd_user, rbd_store_user, backup_ceph_user and cephfs_auth_id take the name without the prefix; `client.openstack` makes Ceph look for the user client.client.openstack and the keyring file <cluster>.client.client.openstack.keyring, so every connection fails.',
  fix: '`user: client.openstack` -> `user: openstack`',
  check({ inventory, item }, report) {
    for (const c of inventory.ceph) {
      // The cluster's user and each per-service user (users.<service>) alike.
      const users: Array<[string, string, (string | number)[]]> = [['user', c.user, [...c.at, 'user']], ...Object.entries(c.users).map(([service, u]): [string, string, (string | number)[]] => [service, u ?? '', [...c.at, 'users', service]])];
      for (const [key, user, at] of users) {
        if (!user.startsWith('client.')) continue;
        report({ item, path: at, message: `user "${user}" includes the "client." prefix, which the services add themselves`, hint: `write ${key}: ${user.slice('client.'.length) || 'openstack'}` });
      }
    }
  },
};
