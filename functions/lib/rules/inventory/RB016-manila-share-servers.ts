import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const manilaShareServers: Rule<InventoryRuleContext> = {
  id: 'RB016',
  name: 'manila-share-servers',
  severity: 'error',
  summary: 'driverHandlesShareServers is set to a mode the manila driver does not support.',
  why: 'manila-share refuses to start a back end whose driver_handles_share_servers the driver cannot do (CephFS, FlashBlade and the Dell drivers only work without share servers).',
  fix: '`driver: cephfs` + `driverHandlesShareServers: true` -> remove driverHandlesShareServers (false).',
  check({ inventory, item }, report) {
    for (const b of inventory.manila.backends) {
      const allowed = getDriver(b.driver, 'manila')?.manila?.driverHandlesShareServers.allowed;
      if (b.driverHandlesShareServers === undefined || !allowed || allowed.includes(b.driverHandlesShareServers)) continue;
      report({
        item,
        path: [...b.at, 'driverHandlesShareServers'],
        message: `driver ${b.driver} does not support driver_handles_share_servers = ${b.driverHandlesShareServers ? 'True' : 'False'}`,
        hint: allowed.length === 1 ? `remove driverHandlesShareServers (the driver only works with ${allowed[0]})` : `write one of: ${allowed.join(', ')}`,
      });
    }
  },
};
