import type { Rule } from '../rule.js';
import { type InventoryRuleContext } from './context.js';
import { sectionsFields, WRITTEN_BY_TOOL } from './sections.js';

export const sectionWrittenByTool: Rule<InventoryRuleContext> = {
  id: 'RB056',
  name: 'section-written-by-tool',
  severity: 'error',
  summary: '`sections` names a back end\'s own section, a key the tool writes (enabled_backends, volume_driver, default_backend, ...), or a service that has nothing to render.',
  why: 'The tool writes back-end sections from `options` and the keys that enable back ends from the inventory; a second value in another INI snippet would silently win or lose depending on file order, and sections of a service with no back ends would be dropped.',
  fix: '`sections: {pure: {san_ip: ...}}` -> `options: {san_ip: ...}` on the back end `pure`; remove `DEFAULT: {enabled_backends: ...}` (the tool lists the back ends).',
  check({ inventory, item }, report) {
    const backendSections = {
      cinder: new Map(inventory.cinder.backends.map((b) => [b.section, b.name])),
      manila: new Map(inventory.manila.backends.map((b) => [b.section, b.name])),
      glance: new Map(inventory.glance.stores.map((s) => [s.name, s.name])),
    };
    const rendered = {
      cinder: inventory.cinder.backends.length + inventory.cinder.backups.length > 0,
      manila: inventory.manila.backends.length > 0,
      glance: inventory.glance.stores.length > 0,
    };
    for (const f of sectionsFields(inventory)) {
      if (f.scope === 'service' && !rendered[f.service]) {
        report({
          item,
          path: f.at,
          key: true,
          message: `spec.${f.service} has no back ends, so nothing would carry these sections`,
          hint: f.service === 'glance' ? 'add a store under spec.glance.stores, or remove sections' : `add a back end under spec.${f.service}.backends, or remove sections`,
        });
      }
      for (const [section, options] of Object.entries(f.sections)) {
        const owner = backendSections[f.service].get(section);
        if (owner !== undefined) {
          report({
            item,
            path: [...f.at, section],
            key: true,
            message: `[${section}] is the section of ${f.service === 'glance' ? 'glance store' : `${f.service} back end`} "${owner}", which the tool writes`,
            hint: f.service === 'glance' ? `put these options under options of store ${owner}` : `put these options under options of back end ${owner}`,
          });
          continue;
        }
        for (const key of Object.keys(options)) {
          if (!WRITTEN_BY_TOOL[f.service].includes(`${section}.${key}`) && !WRITTEN_BY_TOOL[f.service].includes(`*.${key}`)) continue;
          report({ item, path: [...f.at, section, key], key: true, message: `${key} is written by rhoso-backends from the inventory`, hint: `remove ${key}; the back ends, stores and their order come from spec.${f.service}` });
        }
      }
    }
  },
};
