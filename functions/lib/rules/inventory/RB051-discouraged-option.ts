/** RB051: an option the driver's guide says not to set (generic NFS: nfs_mount_options). */
import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const discouragedOption: Rule<InventoryRuleContext> = {
  id: 'RB051',
  name: 'discouraged-option',
  severity: 'warning',
  summary: 'An option is set that the driver\'s guide says to leave unset (generic NFS: nfs_mount_options).',
  why: 'The vendor documents the setting as harmful for this driver in RHOSO; it renders, but the back end may fail to mount or to snapshot.',
  fix: 'Remove the option (e.g. `nfs_mount_options: vers=4.1` from an nfs back end).',
  check({ inventory, item }, report) {
    // The catalog's options.discouraged (nfs.yaml: VENDORS.md "Generic NFS ... do not set nfs_mount_options").
    for (const [service, list] of [['cinder', inventory.cinder.backends], ['manila', inventory.manila.backends]] as const) {
      for (const b of list) {
        for (const [option, why] of Object.entries(getDriver(b.driver, service)?.options.discouraged ?? {})) {
          if (option in b.options) report({ item, path: [...b.at, 'options', option], message: why, hint: `remove ${option}` });
        }
      }
    }
  },
};
