import { BUILTIN_ROLES } from '../../hosts/placement.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const machineConfigPool: Rule<InventoryRuleContext> = {
  id: 'RB031',
  name: 'machineconfig-pool',
  severity: 'error',
  summary: 'hosts.role names a custom MachineConfig pool without hosts.poolNodeSelector, or poolNodeSelector is given for the built-in worker/master pool.',
  why:
    'MachineConfigs of a custom pool reach only the nodes its MachineConfigPool selects; the storage pods must be kept on those nodes with the same selector (DATAPLANE.md §4.2), and without it they may start on nodes without iscsid or multipathd. The built-in pools need no selector: a poolNodeSelector there would be ignored.',
  fix: '`role: storage` -> `role: storage` with `poolNodeSelector: {node-role.kubernetes.io/storage: ""}` (the pool\'s nodeSelector matchLabels)',
  check({ inventory, item }, report) {
    if (!inventory.hosts) return;
    const { role, poolNodeSelector } = inventory.hosts;
    const builtin = BUILTIN_ROLES.includes(role);
    if (!builtin && !poolNodeSelector) {
      report({ item, path: ['spec', 'hosts', 'role'], message: `role ${role} is a custom MachineConfig pool, and hosts.poolNodeSelector does not say which nodes it holds`, hint: `add poolNodeSelector: {node-role.kubernetes.io/${role}: ""} (the pool's spec.nodeSelector.matchLabels)` });
    } else if (builtin && poolNodeSelector) {
      report({ item, path: ['spec', 'hosts', 'poolNodeSelector'], message: `poolNodeSelector is only for a custom pool; the ${role} pool is built in`, hint: 'remove poolNodeSelector, or set role to your custom pool\'s role' });
    }
  },
};
