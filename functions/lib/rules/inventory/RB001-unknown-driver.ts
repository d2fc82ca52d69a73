import { driverIds, getDriver } from '../../catalog/index.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

export const unknownDriver: Rule<InventoryRuleContext> = {
  id: 'RB001',
  name: 'unknown-driver',
  severity: 'error',
  summary: 'A back end names a driver id that is not in the driver catalog.',
  why: 'Without a catalog entry the tool cannot know the driver class, options, secrets or image rules.',
  fix: '`driver: pure-iscs` -> `driver: pure-iscsi`; for a driver the catalog lacks, `driver: custom` with `volumeDriver:` / `shareDriver:`.',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      if (getDriver(b.driver, b.service)) continue;
      const ids = driverIds(b.service);
      const other = getDriver(b.driver);
      report({
        item,
        path: [...b.at, 'driver'],
        message: other
          ? `driver "${b.driver}" is a ${other.service} driver, not a ${b.service} one`
          : `unknown ${b.service} driver "${b.driver}"`,
        hint: didYouMean(b.driver, ids) || `known ${b.service} drivers: ${ids.join(', ')}`,
      });
    }
  },
};
