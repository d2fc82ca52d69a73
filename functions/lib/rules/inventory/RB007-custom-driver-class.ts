import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const customDriverClass: Rule<InventoryRuleContext> = {
  id: 'RB007',
  name: 'custom-driver-class',
  severity: 'error',
  summary: '`driver: custom` without volumeDriver/shareDriver, or a driver class given for a catalog driver.',
  why: 'A custom back end has no class unless you give one; for catalog drivers the class comes from the catalog and a second one would be ignored.',
  fix: '`driver: custom` + `volumeDriver: cinder.volume.drivers.ibm.storwize_svc.storwize_svc_iscsi.StorwizeSVCISCSIDriver`',
  check({ inventory, item }, report) {
    for (const b of inventory.cinder.backends) {
      if (b.driver === 'custom' && !b.volumeDriver) report({ item, path: [...b.at, 'driver'], message: 'driver: custom needs volumeDriver (the Python driver class)', hint: 'add volumeDriver: cinder.volume.drivers.<module>.<Class>' });
      if (b.driver !== 'custom' && b.volumeDriver) report({ item, path: [...b.at, 'volumeDriver'], key: true, message: `volumeDriver is only used with driver: custom; ${b.driver} already sets the class`, hint: 'remove volumeDriver, or use driver: custom' });
    }
    for (const b of inventory.manila.backends) {
      if (b.driver === 'custom' && !b.shareDriver) report({ item, path: [...b.at, 'driver'], message: 'driver: custom needs shareDriver (the Python share driver class)', hint: 'add shareDriver: manila.share.drivers.<module>.<Class>' });
      if (b.driver !== 'custom' && b.shareDriver) report({ item, path: [...b.at, 'shareDriver'], key: true, message: `shareDriver is only used with driver: custom; ${b.driver} already sets the class`, hint: 'remove shareDriver, or use driver: custom' });
    }
  },
};
