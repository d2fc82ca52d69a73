import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const glanceDefaultStore: Rule<InventoryRuleContext> = {
  id: 'RB025',
  name: 'glance-default-store',
  severity: 'error',
  summary: 'More than one glance store says default: true.',
  why: '[glance_store] default_backend takes one store; which one wins would depend on list order.',
  fix: 'Keep default: true on one store; use an API\'s defaultStore for per-site defaults (DCN).',
  check({ inventory, item }, report) {
    const defaults = inventory.glance.stores.filter((s) => s.default);
    for (const s of defaults.slice(1)) {
      report({ item, path: [...s.at, 'default'], message: `glance store ${s.name} is a second default store (the first is ${defaults[0].name})`, hint: 'remove default: true here, or set defaultStore on the API that should use it' });
    }
  },
};
