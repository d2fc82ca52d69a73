import { labelOf } from '../../io/resources.js';
import { neededMachineConfigs, ROLE_LABEL } from '../../hosts/prerequisites.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { machineConfigs, provides } from './machine-configs.js';

export const hostMachineConfigMissing: Rule<ManifestRuleContext> = {
  id: 'RB212',
  name: 'host-machineconfig-missing',
  severity: 'error',
  summary:
    'hosts.machineConfigs: check, and the package has no MachineConfig for the pool\'s role that provides what an iSCSI, FC or NVMe back end needs on the OpenShift nodes (iscsid, multipathd, the NVMe-oF modules, unique NVMe host IDs).',
  why:
    'cinder-volume, cinder-backup and glance (cinder store) use the host\'s iscsid and multipathd through nsenter and the host\'s NVMe modules and host IDs (DATAPLANE.md §4.2, §5): without them attaches fail (iSCSI login errors, no multipath devices, every node presenting the same NVMe host NQN) only when a volume is first used.',
  fix: 'add the MachineConfig to the package (`rhoso-backends explain PATH` lists what each protocol needs), or set hosts.machineConfigs: generate to let the tool write it',
  check(ctx, report) {
    const inv = ctx.inventory;
    const hosts = inv?.hosts;
    if (!inv || !hosts || hosts.machineConfigs !== 'check' || !ctx.inventoryItem) return;
    const present = machineConfigs(ctx.items).filter((mc) => labelOf(mc.item, ROLE_LABEL) === hosts.role);
    for (const need of neededMachineConfigs(inv, hosts)) {
      if (present.some((mc) => provides(mc.config, need.def.detect))) continue;
      report({
        item: ctx.inventoryItem,
        path: ['spec', 'hosts', 'machineConfigs'],
        message: `no MachineConfig with role ${hosts.role} in the package provides ${need.def.purpose}, which ${need.protocols.join(', ')} back end(s) ${need.backends.map((b) => b.name).join(', ')} need`,
        hint: `add a MachineConfig like ${need.name} (labels ${ROLE_LABEL}: ${hosts.role}), or set hosts.machineConfigs: generate`,
      });
    }
  },
};
