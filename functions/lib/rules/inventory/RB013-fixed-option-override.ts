import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

export const fixedOptionOverride: Rule<InventoryRuleContext> = {
  id: 'RB013',
  name: 'fixed-option-override',
  severity: 'error',
  summary: 'An option that the driver id fixes (e.g. netapp_storage_protocol) is set to a different value.',
  why: 'The driver id already says which protocol is used; a second, different value would silently win in the INI.',
  fix: '`driver: netapp-ontap-nfs` + `netapp_storage_protocol: iscsi` -> `driver: netapp-ontap-iscsi`.',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      const profile = getDriver(b.driver, b.service);
      for (const [k, fixed] of Object.entries(profile?.options.fixed ?? {})) {
        if (!(k in b.options)) continue;
        if (String(b.options[k]).toLowerCase() === String(fixed).toLowerCase()) continue;
        report({ item, path: [...b.at, 'options', k], message: `driver ${profile!.id} sets ${k} = ${fixed}`, hint: `remove ${k}, or pick the driver id for ${b.options[k]}` });
      }
    }
  },
};
