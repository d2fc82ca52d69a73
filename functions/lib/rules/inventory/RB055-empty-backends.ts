/** RB055: an empty list of back ends (or stores, backups): nothing is rendered for it. */
import { isSeq } from 'yaml';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

const LISTS: Array<[string[], string]> = [
  [['spec', 'cinder', 'backends'], 'cinder back end'],
  [['spec', 'cinder', 'backups'], 'cinder backup'],
  [['spec', 'manila', 'backends'], 'manila back end'],
  [['spec', 'glance', 'stores'], 'glance store'],
  [['spec', 'ceph'], 'Ceph cluster'],
  [['spec', 'mounts'], 'mount'],
];

export const emptyBackends: Rule<InventoryRuleContext> = {
  id: 'RB055',
  name: 'empty-backends',
  severity: 'warning',
  summary: 'A list of the inventory is empty (`backends: []`), so nothing is rendered for that service.',
  why: 'An empty list usually means entries were lost (a bad merge, a template that produced nothing); the render would succeed and, with pruning, remove what earlier renders made.',
  fix: 'Add the entries, or delete the empty list.',
  check({ item }, report) {
    for (const [path, what] of LISTS) {
      const node = item.doc.getIn(path, true);
      if (!isSeq(node) || node.items.length > 0) continue;
      report({ item, path, message: `no ${what} is listed here, so nothing is rendered for it`, hint: `add a ${what}, or delete the empty list` });
    }
  },
};
