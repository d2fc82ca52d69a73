import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';
import { visibleCredentialKeys } from './credential-keys.js';

export const manilaDhssRequirements: Rule<InventoryRuleContext> = {
  id: 'RB018',
  name: 'manila-dhss-requirements',
  severity: 'error',
  summary: 'A setting the chosen share-server mode needs is missing (NetApp: netapp_vserver without share servers; netapp_root_volume_aggr and a network plugin with them).',
  why: 'Without share servers the NetApp driver works inside one existing SVM and must be told which; with them it creates SVMs and needs a root aggregate and share networks. Otherwise the back end stays down.',
  fix: '`driverHandlesShareServers: true` -> add `network_config_group: membernet` (plus the [membernet] plugin options in extraConfig) and `netapp_root_volume_aggr` to the credentials.',
  check({ inventory, item }, report) {
    for (const b of inventory.manila.backends) {
      const profile = getDriver(b.driver, 'manila');
      const m = profile?.manila;
      if (!m) continue;
      const dhss = b.driverHandlesShareServers ?? m.driverHandlesShareServers.default;
      const mode = dhss ? 'true' : 'false';
      for (const key of m.optionsWhenDhss?.[mode] ?? []) {
        if (key in b.options) continue;
        report({ item, path: [...b.at, 'options'], message: `driver ${profile!.id} with driver_handles_share_servers = ${dhss ? 'True' : 'False'} needs option "${key}"`, hint: `add ${key}: <value> under options` });
      }
      // Only credentials the tool can see are checked; an opaque Secret is the user's responsibility.
      const visible = visibleCredentialKeys(b.credentials);
      if (!visible || !b.credentials) continue;
      for (const key of m.secretKeysWhenDhss?.[mode] ?? []) {
        if (visible.includes(key)) continue;
        const where = 'values' in b.credentials ? 'values' : 'externalSecret.data';
        report({ item, path: [...b.at, 'credentials'], message: `driver ${profile!.id} with driver_handles_share_servers = ${dhss ? 'True' : 'False'} needs credential "${key}"`, hint: `add ${key} under credentials.${where}` });
      }
    }
  },
};
