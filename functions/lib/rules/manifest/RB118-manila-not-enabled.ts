import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { asObject, manifestIndex } from './model.js';

export const manilaNotEnabled: Rule<ManifestRuleContext> = {
  id: 'RB118',
  name: 'manila-not-enabled',
  severity: 'warning',
  summary: '`spec.manila.template.manilaShares` is set but `spec.manila.enabled` is not `true`.',
  why: 'Unlike cinder and glance, manila is disabled by default: without `enabled: true` the shares are silently never deployed. (Write `enabled: false` to keep the shares configured but off on purpose.)',
  fix: 'Add `spec.manila.enabled: true`.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      const manila = asObject(asObject(cp.obj.spec).manila);
      if (Object.keys(asObject(asObject(manila.template).manilaShares)).length === 0) continue;
      // An explicit `enabled: false` is a deliberate switch; a patch may get `enabled` from its base.
      if (manila.enabled !== undefined || cp.partial) continue;
      report({ item: cp.item, path: ['spec', 'manila'], key: true, message: 'manilaShares are defined but spec.manila.enabled is not set, and manila defaults to disabled: no share service is deployed', hint: 'add enabled: true under spec.manila' });
    }
  },
};
