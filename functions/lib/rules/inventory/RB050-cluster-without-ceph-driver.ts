/** RB050: `cluster:` on a back end whose driver does not read a Ceph cluster. */
import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const clusterWithoutCephDriver: Rule<InventoryRuleContext> = {
  id: 'RB050',
  name: 'cluster-without-ceph-driver',
  severity: 'error',
  summary: 'A back end names a Ceph cluster (cluster:) but its driver does not use Ceph.',
  why: 'The cluster is silently ignored: no Ceph files reach the pod and no option refers to it, which is not what the inventory says.',
  fix: 'Remove `cluster:` from the back end, or use a Ceph driver (ceph-rbd, cephfs, cephfs-nfs).',
  check({ inventory, item }, report) {
    for (const [service, list] of [['cinder', inventory.cinder.backends], ['manila', inventory.manila.backends]] as const) {
      for (const b of list) {
        const d = getDriver(b.driver, service);
        if (b.cluster === undefined || !d || d.needsCephCluster) continue;
        report({ item, path: [...b.at, 'cluster'], message: `driver ${b.driver} does not use a Ceph cluster, so cluster "${b.cluster}" would be ignored`, hint: 'remove cluster:, or pick a Ceph driver' });
      }
    }
  },
};
