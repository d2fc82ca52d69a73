import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const nodeSetCluster: Rule<InventoryRuleContext> = {
  id: 'RB033',
  name: 'node-set-cluster',
  severity: 'error',
  summary: 'A spec.dataPlane.nodeSets entry names no Ceph cluster while spec.ceph has several (or none), or names one spec.ceph does not define, or two entries name the same NodeSet.',
  why: 'The node set\'s computes get that cluster\'s files and its FSID as rbd_secret_uuid; a guess would give them the wrong cluster, and RBD disks would fail to attach with "secret not found".',
  fix: '`- name: computes-az1` -> `- {name: computes-az1, cluster: az1}`',
  check({ inventory, item }, report) {
    const names = inventory.ceph.map((c) => c.name);
    const seen = new Set<string>();
    for (const n of inventory.dataPlane.nodeSets) {
      if (seen.has(n.name)) report({ item, path: [...n.at, 'name'], message: `NodeSet ${n.name} is listed twice`, hint: 'keep one entry per OpenStackDataPlaneNodeSet' });
      seen.add(n.name);
      if (n.cluster === undefined) {
        if (names.length === 0) report({ item, path: n.at, message: `node set ${n.name}: spec.ceph defines no cluster for its computes`, hint: 'add spec.ceph: [{name: ceph, fsid: <fsid>}]' });
        else if (names.length > 1) report({ item, path: n.at, message: `node set ${n.name} must say which Ceph cluster its computes use (there are ${names.length})`, hint: `add cluster: one of ${names.join(', ')}` });
      } else if (!names.includes(n.cluster)) {
        report({ item, path: [...n.at, 'cluster'], message: `Ceph cluster "${n.cluster}" is not defined in spec.ceph`, hint: didYouMean(n.cluster, names) || 'define it in spec.ceph' });
      }
    }
  },
};
