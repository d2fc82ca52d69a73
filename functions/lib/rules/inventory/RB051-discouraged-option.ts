/** RB051: an option the driver's guide says not to set (generic NFS: nfs_mount_options). */
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

/** Options a vendor guide says to leave unset, per driver id (VENDORS.md: "Generic NFS ... do not set nfs_mount_options"). */
const DISCOURAGED: Record<string, Record<string, string>> = {
  nfs: { nfs_mount_options: 'the cinder NFS guide for RHOSO says not to set nfs_mount_options: the driver negotiates NFS v4+ itself, and forced options can break mounts and snapshots' },
};

export const discouragedOption: Rule<InventoryRuleContext> = {
  id: 'RB051',
  name: 'discouraged-option',
  severity: 'warning',
  summary: 'An option is set that the driver\'s guide says to leave unset (generic NFS: nfs_mount_options).',
  why: 'The vendor documents the setting as harmful for this driver in RHOSO; it renders, but the back end may fail to mount or to snapshot.',
  fix: 'Remove the option (e.g. `nfs_mount_options: vers=4.1` from an nfs back end).',
  check({ inventory, item }, report) {
    for (const b of inventory.cinder.backends) {
      for (const [option, why] of Object.entries(DISCOURAGED[b.driver] ?? {})) {
        if (!(option in b.options)) continue;
        report({ item, path: [...b.at, 'options', option], message: why, hint: `remove ${option}` });
      }
    }
  },
};
