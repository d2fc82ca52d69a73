import { resolveCluster } from '../../expand/ceph.js';
import { glanceStoreFor } from '../../dataplane/computes.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const nodeSetGlanceStore: Rule<InventoryRuleContext> = {
  id: 'RB034',
  name: 'node-set-glance-store',
  severity: 'error',
  summary:
    'A node set with RBD ephemeral disks names a glance store (ephemeral.glanceStore) that is not an rbd store of its Ceph cluster, or its cluster has no rbd glance store at all (a warning: nova then copies images instead of cloning them).',
  why:
    'images_rbd_glance_store_name tells nova which glance store holds the image in the same cluster, so it can clone it; naming a missing store or one in another cluster makes nova fail the copy or download every image over the network.',
  fix: '`ephemeral: {glanceStore: az0}` on the az1 node set -> `glanceStore: az1` (the store in the node set\'s cluster), or leave it out to get that store',
  check({ inventory, item }, report) {
    for (const n of inventory.dataPlane.nodeSets) {
      if (n.ephemeral.type !== 'rbd') continue;
      const cluster = resolveCluster(inventory, n.cluster);
      if (!cluster) continue; // RB033
      const rbdStores = inventory.glance.stores.filter((s) => s.type === 'rbd' && resolveCluster(inventory, s.cluster)?.name === cluster.name).map((s) => s.name);
      if (n.ephemeral.glanceStore !== undefined) {
        if (!rbdStores.includes(n.ephemeral.glanceStore)) {
          const all = inventory.glance.stores.map((s) => s.name);
          report({
            item,
            path: [...n.at, 'ephemeral', 'glanceStore'],
            message: all.includes(n.ephemeral.glanceStore) ? `glance store ${n.ephemeral.glanceStore} is not an rbd store of cluster ${cluster.name}` : `glance store "${n.ephemeral.glanceStore}" is not defined in spec.glance.stores`,
            hint: rbdStores.length ? `use ${rbdStores.join(' or ')}` : didYouMean(n.ephemeral.glanceStore, all) || `add an rbd store with cluster: ${cluster.name}`,
          });
        }
      } else if (!glanceStoreFor(inventory, n, cluster)) {
        report({ item, path: n.at, severity: 'warning', message: `node set ${n.name}: no rbd glance store in cluster ${cluster.name}, so nova copies images into the vms pool instead of cloning them`, hint: `add a glance store {type: rbd, cluster: ${cluster.name}}` });
      }
    }
  },
};
