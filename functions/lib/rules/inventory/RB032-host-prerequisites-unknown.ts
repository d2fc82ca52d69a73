import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const hostPrerequisitesUnknown: Rule<InventoryRuleContext> = {
  id: 'RB032',
  name: 'host-prerequisites-unknown',
  severity: 'warning',
  summary: 'A `driver: custom` cinder back end, with hosts.machineConfigs generate or check: the tool cannot tell which protocol it uses, so it writes or checks no MachineConfig for it.',
  why:
    'iSCSI, FC and NVMe back ends need iscsid, multipathd or the NVMe-oF modules on the OpenShift nodes (DATAPLANE.md §5); for a custom class the tool knows none of that, and a back end that needs them fails at the first attach.',
  fix: 'use the catalog driver id if there is one (docs/drivers.md); otherwise make sure the pool has the MachineConfigs its protocol needs (another back end of the same protocol, or your own MachineConfig)',
  check({ inventory, item }, report) {
    const hosts = inventory.hosts;
    if (!hosts || hosts.machineConfigs === 'external') return;
    for (const b of inventory.cinder.backends) {
      if (b.driver !== 'custom') continue;
      report({ item, path: [...b.at, 'driver'], message: `back end ${b.name} uses a custom driver: no MachineConfig is ${hosts.machineConfigs === 'generate' ? 'generated' : 'checked'} for its protocol`, hint: 'if it is iSCSI, FC or NVMe-oF, see that the nodes get iscsid / multipathd / NVMe modules' });
    }
  },
};
