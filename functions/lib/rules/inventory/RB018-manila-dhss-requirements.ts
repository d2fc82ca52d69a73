import { getDriver } from '../../catalog/index.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';
import { visibleCredentialKeys } from './credential-keys.js';

/** `[name]` headers in a back end's raw extraConfig lines. */
const headersIn = (text: string): Set<string> => new Set([...text.matchAll(/^[ \t]*\[([^\]\r\n]+)\][ \t]*$/gm)].map((m) => m[1].trim()));

export const manilaDhssRequirements: Rule<InventoryRuleContext> = {
  id: 'RB018',
  name: 'manila-dhss-requirements',
  severity: 'error',
  summary: 'A setting the chosen share-server mode needs is missing (NetApp: netapp_vserver without share servers, netapp_root_volume_aggr with them), or network_config_group names a section the share pod does not have.',
  why: 'Without share servers the NetApp driver works inside one existing SVM and must be told which; with them it creates SVMs and needs a root aggregate. With share servers manila reads the network plugin options from the section network_config_group names (left out: the back end\'s own section, with the default Neutron plugin, manila/share/driver.py); a section that is not there silently gives the Neutron plugin instead of the one meant.',
  fix: '`network_config_group: membernet` -> add the section: `sections: {membernet: {network_api_class: manila.network.standalone_network_plugin.StandaloneNetworkPlugin, ...}}`; `driverHandlesShareServers: true` -> add `netapp_root_volume_aggr` to the credentials.',
  check({ inventory, item }, report) {
    for (const b of inventory.manila.backends) {
      const group = b.options.network_config_group;
      if (typeof group === 'string' && group !== b.section && !(group in b.sections) && !(group in inventory.manila.sections) && !headersIn(b.extraConfig).has(group)) {
        report({
          item,
          path: [...b.at, 'options', 'network_config_group'],
          message: `network_config_group names section [${group}], which back end ${b.name}'s share pod does not have: manila would read no network plugin options there and use the Neutron plugin`,
          hint: `add the section under sections: {${group}: {network_api_class: ..., ...}}, or remove network_config_group (then the plugin options are read from [${b.section}])`,
        });
      }
      const profile = getDriver(b.driver, 'manila');
      const m = profile?.manila;
      if (!m) continue;
      const dhss = b.driverHandlesShareServers ?? m.driverHandlesShareServers.default;
      const mode = dhss ? 'true' : 'false';
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
