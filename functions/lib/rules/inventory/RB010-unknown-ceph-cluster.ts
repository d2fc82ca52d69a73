import { getDriver } from '../../catalog/index.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

export const unknownCephCluster: Rule<InventoryRuleContext> = {
  id: 'RB010',
  name: 'unknown-ceph-cluster',
  severity: 'error',
  summary: 'A Ceph back end, store or backup names a cluster that spec.ceph does not define (or none is defined).',
  why: 'Without the cluster the tool cannot write rbd_ceph_conf / rbd_secret_uuid or mount the cluster\'s keyring.',
  fix: 'Add `spec.ceph: [{name: ceph, fsid: ..., secretName: ceph-conf-files}]`, or fix `cluster: cepj` -> `cluster: ceph`.',
  check({ inventory, item }, report) {
    const names = inventory.ceph.map((c) => c.name);
    const users: Array<{ at: (string | number)[]; cluster?: string; label: string }> = [];
    for (const b of allBackends(inventory)) if (getDriver(b.driver, b.service)?.needsCephCluster) users.push({ at: b.at, cluster: b.cluster, label: `back end ${b.name}` });
    for (const s of inventory.glance.stores) if (s.type === 'rbd') users.push({ at: s.at, cluster: s.cluster, label: `glance store ${s.name}` });
    const bk = inventory.cinder.backup;
    if (bk?.driver === 'ceph') users.push({ at: bk.at, cluster: bk.cluster, label: 'cinder backup' });
    for (const u of users) {
      if (u.cluster === undefined) {
        if (names.length === 0) report({ item, path: u.at, message: `${u.label} uses Ceph but spec.ceph defines no cluster`, hint: 'add spec.ceph: [{name: ceph, fsid: <fsid>}]' });
        else if (names.length > 1) report({ item, path: u.at, message: `${u.label} must say which Ceph cluster it uses (there are ${names.length})`, hint: `add cluster: one of ${names.join(', ')}` });
      } else if (!names.includes(u.cluster)) {
        report({ item, path: [...u.at, 'cluster'], message: `Ceph cluster "${u.cluster}" is not defined in spec.ceph`, hint: didYouMean(u.cluster, names) || `define it in spec.ceph` });
      }
    }
  },
};
