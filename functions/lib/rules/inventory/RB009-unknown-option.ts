import { getDriver, type DriverProfile } from '../../catalog/index.js';
import { nearest } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

export const unknownOption: Rule<InventoryRuleContext> = {
  id: 'RB009',
  name: 'unknown-option',
  severity: 'warning',
  summary: 'An option is close to, but not, an option the driver profile knows (likely a typo).',
  why: 'oslo.config ignores unknown options silently: the driver runs with its default instead of your value.',
  fix: '`powermax_srpp: SRP_1` -> `powermax_srp: SRP_1`',
  check({ inventory, item }, report) {
    // Per driver, not per back end (thousands of back ends share a few drivers).
    const knownByDriver = new Map<DriverProfile, { known: string[]; knownSet: Set<string> }>();
    for (const b of allBackends(inventory)) {
      const profile = getDriver(b.driver, b.service);
      if (!profile || profile.id === 'custom') continue;
      let options = knownByDriver.get(profile);
      if (!options) {
        const known = [
          ...Object.keys(profile.options.fixed ?? {}),
          ...Object.keys(profile.options.defaults ?? {}),
          ...(profile.options.required ?? []),
          ...(profile.options.optional ?? []),
          ...(profile.secretKeys.required ?? []),
          ...(profile.secretKeys.optional ?? []),
        ];
        knownByDriver.set(profile, (options = { known, knownSet: new Set(known) }));
      }
      const { known, knownSet } = options;
      for (const key of Object.keys(b.options)) {
        if (knownSet.has(key)) continue;
        const near = nearest(key, known, 2);
        if (near) report({ item, path: [...b.at, 'options', key], key: true, message: `option "${key}" is not known for ${profile.id}`, hint: `did you mean "${near}"?` });
      }
    }
  },
};
