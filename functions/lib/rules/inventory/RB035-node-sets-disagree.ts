import { resolveCluster } from '../../expand/ceph.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const nodeSetsDisagree: Rule<InventoryRuleContext> = {
  id: 'RB035',
  name: 'node-sets-disagree',
  severity: 'error',
  summary: 'Two node sets of the same Ceph cluster differ in ephemeral, cell or multipath settings.',
  why: 'Node sets of one cluster share one nova service and ConfigMap (nova-custom-ceph[-<cluster>], ceph-nova[-<cluster>]); two settings for one file cannot both hold, and one node set would silently get the other\'s.',
  fix: 'give both node sets the same ephemeral, cell and multipath values, or split them across clusters',
  check({ inventory, item }, report) {
    const first = new Map<string, (typeof inventory.dataPlane.nodeSets)[number]>();
    for (const n of inventory.dataPlane.nodeSets) {
      const cluster = resolveCluster(inventory, n.cluster)?.name;
      if (!cluster) continue;
      const other = first.get(cluster);
      if (!other) {
        first.set(cluster, n);
        continue;
      }
      for (const field of ['ephemeral', 'cell', 'multipath'] as const) {
        if (JSON.stringify(n[field]) === JSON.stringify(other[field])) continue;
        report({ item, path: [...n.at, field], message: `node sets ${other.name} and ${n.name} share cluster ${cluster} (and its nova service) but differ in ${field}`, hint: `write the same ${field} as ${other.name}: ${JSON.stringify(other[field])}` });
      }
    }
  },
};
