import { getDriver } from '../../catalog/index.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const manilaProtocols: Rule<InventoryRuleContext> = {
  id: 'RB017',
  name: 'manila-protocols',
  severity: 'error',
  summary: 'A manila back end lists a share protocol its driver does not serve.',
  why: 'enabled_share_protocols would let users create shares the back end can never export; the scheduler then fails every such request.',
  fix: '`driver: cephfs-nfs` + `protocols: [CEPHFS]` -> `protocols: [NFS]` (or `driver: cephfs`).',
  check({ inventory, item }, report) {
    for (const b of inventory.manila.backends) {
      const profile = getDriver(b.driver, 'manila');
      if (!b.protocols || !profile?.manila || profile.id === 'custom') continue;
      const supported = profile.manila.protocols;
      b.protocols.forEach((p, i) => {
        if (supported.includes(p)) return;
        report({
          item,
          path: [...b.at, 'protocols', i],
          message: `driver ${profile.id} does not serve ${p} shares`,
          hint: didYouMean(p, supported) || `it serves: ${supported.join(', ')}`,
        });
      });
    }
  },
};
