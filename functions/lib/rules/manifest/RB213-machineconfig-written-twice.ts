import { labelOf, nameOf } from '../../io/resources.js';
import { MANAGED_BY, MANAGED_BY_LABEL } from '../../expand/plan.js';
import { neededMachineConfigs, ROLE_LABEL } from '../../hosts/prerequisites.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { machineConfigs, provides } from './machine-configs.js';

export const machineConfigWrittenTwice: Rule<ManifestRuleContext> = {
  id: 'RB213',
  name: 'machineconfig-written-twice',
  severity: 'warning',
  summary: 'hosts.machineConfigs: generate, and a hand-written MachineConfig in the package already provides the same thing for the same role.',
  why:
    'The Machine Config Operator merges every MachineConfig of a pool in name order, so of two configs writing /etc/multipath.conf the later one silently wins; the package then holds two sources for one setting, and changing the hand-written one may change nothing.',
  fix: 'delete the hand-written MachineConfig, or set hosts.machineConfigs: check to keep yours and stop generating',
  check(ctx, report) {
    const inv = ctx.inventory;
    const hosts = inv?.hosts;
    if (!inv || !hosts || hosts.machineConfigs !== 'generate') return;
    const own = machineConfigs(ctx.items).filter((mc) => labelOf(mc.item, ROLE_LABEL) === hosts.role && labelOf(mc.item, MANAGED_BY_LABEL) !== MANAGED_BY);
    for (const need of neededMachineConfigs(inv, hosts)) {
      for (const mc of own.filter((m) => provides(m.config, need.def.detect))) {
        report({
          item: mc.item,
          path: ['metadata', 'name'],
          message: `${nameOf(mc.item)} provides ${need.def.purpose}, which the inventory also generates as ${need.name}`,
          hint: 'delete this MachineConfig, or set spec.hosts.machineConfigs: check in the inventory',
        });
      }
    }
  },
};
