/** RB049: a Ceph user written with the `client.` prefix. */
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const cephUserPrefix: Rule<InventoryRuleContext> = {
  id: 'RB049',
  name: 'ceph-user-prefix',
  severity: 'error',
  summary: 'A Ceph cluster\'s user starts with "client.".',
  why: 'rbd_user, rbd_store_user, backup_ceph_user and cephfs_auth_id take the name without the prefix; `client.openstack` makes Ceph look for the user client.client.openstack and the keyring file <cluster>.client.client.openstack.keyring, so every connection fails.',
  fix: '`user: client.openstack` -> `user: openstack`',
  check({ inventory, item }, report) {
    for (const c of inventory.ceph) {
      if (!c.user.startsWith('client.')) continue;
      report({ item, path: [...c.at, 'user'], message: `user "${c.user}" includes the "client." prefix, which the services add themselves`, hint: `write user: ${c.user.slice('client.'.length) || 'openstack'}` });
    }
  },
};
