import { backupSelectorSources, glanceApiSelectorSources, volumeSelectorSources, type SelectorSource } from '../../hosts/placement.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const nodeSelectorConflict: Rule<InventoryRuleContext> = {
  id: 'RB030',
  name: 'node-selector-conflict',
  severity: 'error',
  summary:
    'A pod\'s node selectors contradict each other: a back end\'s or backup\'s own nodeSelector, hosts.fcNodeSelector (FC HBA nodes) and hosts.poolNodeSelector (the custom MachineConfig pool) give one label two values.',
  why:
    'The tool combines them into one nodeSelector; a label with two values can only be written one way, and either way the pod lands on nodes without the HBAs or without the MachineConfigs (iscsid, multipathd) it needs, or on no node at all.',
  fix: '`fcNodeSelector: {hba: fc}` with a back end `nodeSelector: {hba: none}` -> drop the back end\'s label, or make it `hba: fc`',
  check({ inventory, item }, report) {
    const pods: Array<{ what: string; list: SelectorSource[] }> = [
      ...inventory.cinder.backends.map((b) => ({ what: `cinder-volume ${b.name}`, list: volumeSelectorSources(inventory, b) })),
      ...inventory.cinder.backups.map((b) => ({ what: `cinder-backup ${b.name}`, list: backupSelectorSources(inventory, b) })),
      ...inventory.glance.apis.map((a) => ({ what: `glance API ${a.name}`, list: glanceApiSelectorSources(inventory, a) })),
    ];
    for (const pod of pods) {
      for (let i = 1; i < pod.list.length; i++) {
        for (const [key, value] of Object.entries(pod.list[i].labels)) {
          const earlier = pod.list.slice(0, i).find((s) => s.labels[key] !== undefined && s.labels[key] !== value);
          if (!earlier) continue;
          report({
            item,
            path: [...pod.list[i].at, key],
            message: `${pod.what} would need ${key}=${JSON.stringify(value)} (${pod.list[i].what}) and ${key}=${JSON.stringify(earlier.labels[key])} (${earlier.what})`,
            hint: `use ${key}: ${JSON.stringify(earlier.labels[key])} here, or change ${earlier.at.join('.')}`,
          });
        }
      }
    }
  },
};
