/** RB047: a back-end section or glance store named DEFAULT (any case): oslo.config's [DEFAULT] is not a back end. */
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const defaultSection: Rule<InventoryRuleContext> = {
  id: 'RB047',
  name: 'default-section',
  severity: 'error',
  summary: 'A cinder back end, manila share back end or glance store whose INI section (or store id) is DEFAULT, in any case.',
  why: 'The back end\'s options would land in [DEFAULT]: cinder renders `[DEFAULT] volume_backend_name = DEFAULT` with duplicated [DEFAULT] headers, glance `enabled_backends = DEFAULT:swift`; no back end is configured and service options are overwritten.',
  fix: '`section: DEFAULT` -> `section: pure` (or leave section out: it defaults to the back-end name)',
  check({ inventory, item }, report) {
    for (const b of [...inventory.cinder.backends, ...inventory.manila.backends]) {
      if (b.section.toUpperCase() !== 'DEFAULT') continue;
      const written = item.doc.hasIn([...b.at, 'section']);
      if (!written && b.name === 'default') continue; // the reserved name: RB003 reports it
      report({ item, path: [...b.at, written ? 'section' : 'name'], message: `section "${b.section}" is oslo.config's [DEFAULT] section, not a back-end section`, hint: `name the section after the back end, e.g. section: ${b.driver.split('-')[0]}` });
    }
    for (const s of inventory.glance.stores) {
      if (s.name.toUpperCase() !== 'DEFAULT') continue;
      report({ item, path: [...s.at, 'name'], message: `store "${s.name}" would be the [DEFAULT] section and enabled_backends = ${s.name}:${s.type}`, hint: `name the store after what it is, e.g. name: ${s.type}_store` });
    }
  },
};
