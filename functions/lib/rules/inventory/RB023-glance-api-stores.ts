import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const glanceApiStores: Rule<InventoryRuleContext> = {
  id: 'RB023',
  name: 'glance-api-stores',
  severity: 'error',
  summary: 'A glance API names a store that does not exist, its defaultStore is not one it serves, it serves no store at all, or a store is served by no API.',
  why: 'glance-api refuses to start when default_backend is not in enabled_backends; a store no API serves is never reachable.',
  fix: '`stores: [az1, az0]` + `defaultStore: az3` -> `defaultStore: az1`.',
  check({ inventory, item }, report) {
    const names = inventory.glance.stores.map((s) => s.name);
    if (names.length === 0) {
      // The API block alone says nothing: glance is only rendered with stores.
      for (const api of inventory.glance.apis) {
        if (api.at.length > 2) report({ item, path: api.at, severity: 'warning', message: `glance API ${api.name} is ignored: spec.glance.stores is empty`, hint: 'add the stores it serves under spec.glance.stores' });
      }
      return;
    }
    for (const api of inventory.glance.apis) {
      api.stores.forEach((n, i) => {
        if (!names.includes(n)) report({ item, path: [...api.at, 'stores', i], message: `glance store "${n}" is not defined in spec.glance.stores`, hint: didYouMean(n, names) || `defined stores: ${names.join(', ')}` });
      });
      if (api.defaultStore !== undefined && !api.stores.includes(api.defaultStore)) {
        report({ item, path: [...api.at, 'defaultStore'], message: `defaultStore "${api.defaultStore}" is not one of the stores API ${api.name} serves (${api.stores.join(', ')})`, hint: didYouMean(api.defaultStore, api.stores) || `write one of: ${api.stores.join(', ')}` });
      }
    }
    for (const s of inventory.glance.stores) {
      if (!inventory.glance.apis.some((a) => a.stores.includes(s.name))) {
        report({ item, path: [...s.at, 'name'], severity: 'warning', message: `glance store ${s.name} is served by no API`, hint: 'add it to the stores of an API, or remove it' });
      }
    }
  },
};
