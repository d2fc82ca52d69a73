import { parseGoDuration } from '../../secrets/duration.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const refreshInterval: Rule<InventoryRuleContext> = {
  id: 'RB043',
  name: 'refresh-interval',
  severity: 'error',
  summary: 'spec.secrets.refreshInterval is not a duration Go can parse (e.g. `.h`, or more than about 292 years).',
  why: 'ESO reads refreshInterval as a Go duration; the API server rejects an ExternalSecret whose interval does not parse, so no credentials Secret is made.',
  fix: 'Write `refreshInterval: 1h` (the tool writes it as 1h0m0s), `15m`, or `0s` to fetch once.',
  check({ inventory, item }, report) {
    const text = inventory.secrets.refreshInterval;
    if (parseGoDuration(text) !== undefined) return;
    report({ item, path: ['spec', 'secrets', 'refreshInterval'], message: `"${text}" is not a Go duration ESO accepts`, hint: 'write a duration such as 1h, 30m or 1h30m (at most 2562047h)' });
  },
};
