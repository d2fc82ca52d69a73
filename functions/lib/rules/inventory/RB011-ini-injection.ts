import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';
import { sectionOptions } from './sections.js';

export const iniInjection: Rule<InventoryRuleContext> = {
  id: 'RB011',
  name: 'multi-line-option-value',
  severity: 'error',
  summary: 'An option or credential value contains a line break (or a section name has one).',
  why: 'A line break would start a new INI line or section: the value is cut and the rest becomes other options.',
  fix: 'Put multi-line content (certificates, keys) in a file (`files:`) and point the option at its mountPath.',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      for (const [k, v] of Object.entries(b.options)) {
        if (typeof v === 'string' && /[\r\n]/.test(v)) report({ item, path: [...b.at, 'options', k], message: `value of "${k}" spans several lines`, hint: 'use a single line, or a file under files:' });
      }
      if (b.credentials && 'values' in b.credentials) {
        for (const [k, v] of Object.entries(b.credentials.values)) {
          if (typeof v === 'string' && /[\r\n]/.test(v)) report({ item, path: [...b.at, 'credentials', 'values', k], message: `value of "${k}" spans several lines`, hint: 'use a single line, or a file under files:' });
        }
      }
    }
    for (const o of sectionOptions(inventory)) {
      if (typeof o.value === 'string' && /[\r\n]/.test(o.value)) report({ item, path: o.at, message: `value of "${o.key}" spans several lines`, hint: 'use a single line, or a file under files:' });
    }
  },
};
