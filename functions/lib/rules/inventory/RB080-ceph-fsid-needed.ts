/** RB080: a Ceph cluster without fsid that something render writes the fsid for reads. */
import { fsidReaders } from '../../expand/ceph.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const cephFsidNeeded: Rule<InventoryRuleContext> = {
  id: 'RB080',
  name: 'ceph-fsid-needed',
  severity: 'error',
  summary: 'A Ceph cluster has no fsid, but a cinder RBD back end (ceph-rbd) or a data-plane node set reads it: render writes its fsid as their rbd_secret_uuid.',
  why: 'rbd_secret_uuid is the UUID of the libvirt secret that holds the cluster\'s key on the computes; without it cinder cannot attach RBD volumes and nova cannot use the cluster ("secret not found"). Glance, manila (CephFS) and Ceph backups do not read the fsid, so only these readers need it.',
  fix: '`- name: ceph` -> `- {name: ceph, fsid: 5e6d2a36-8a1f-5d27-9f4c-2a8b6f3c1d90}` (the output of `ceph fsid` on that cluster).',
  check({ inventory, item }, report) {
    // Every render runs this: look for readers only when a cluster lacks its fsid.
    if (inventory.ceph.every((c) => c.fsid !== undefined)) return;
    const readers = fsidReaders(inventory);
    for (const c of inventory.ceph) {
      if (c.fsid !== undefined) continue;
      const who = readers.filter((r) => r.cluster === c).map((r) => r.who);
      if (who.length === 0) continue;
      report({
        item,
        path: c.at,
        message: `Ceph cluster ${c.name} has no fsid, which render writes as rbd_secret_uuid for ${who.join(', ')}`,
        hint: `add fsid: <the output of \`ceph fsid\` on cluster ${c.name}> to this entry`,
      });
    }
  },
};
