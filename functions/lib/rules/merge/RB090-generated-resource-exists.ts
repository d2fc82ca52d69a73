import type { Rule } from '../rule.js';
import type { MergeRuleContext } from './context.js';

export const generatedResourceExists: Rule<MergeRuleContext> = {
  id: 'RB090',
  name: 'generated-resource-exists',
  severity: 'error',
  summary: 'The package already has a Secret or ExternalSecret with the name of one the inventory would generate, and rhoso-backends did not generate it.',
  why: "Overwriting a hand-written resource would silently replace someone else's credentials.",
  fix: 'Remove or rename that resource, or point `credentials.secretName` at it instead of generating one.',
  check({ conflicts, inventoryItem }, report) {
    for (const c of conflicts.generatedResourceExists) {
      report({
        item: inventoryItem,
        path: c.origin,
        message: `the package already has a ${c.kind} named ${c.name} (${c.path}) that rhoso-backends did not generate`,
        hint: 'remove or rename that resource, or point credentials.secretName at it instead',
      });
    }
  },
};
