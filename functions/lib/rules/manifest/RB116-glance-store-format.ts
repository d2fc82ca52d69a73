import { nearest } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { enabledStores, GLANCE_STORE_TYPES } from './glance.js';
import { atIni } from './helpers.js';
import { manifestIndex } from './model.js';

export const glanceStoreFormat: Rule<ManifestRuleContext> = {
  id: 'RB116',
  name: 'glance-store-format',
  severity: 'error',
  summary: 'A glance `enabled_backends` entry is not `<id>:<type>` with a known store type.',
  why: 'glance-operator splits each entry on ":" and reads the type to decide privileges, image conversion and TLS settings; an entry without a type breaks the reconcile, and an unknown type makes glance-api fail to start.',
  fix: '`enabled_backends = default_backend` -> `enabled_backends = default_backend:rbd`',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const c of cp.components) {
        if (c.service !== 'glance') continue;
        for (const s of enabledStores(c) ?? []) {
          if (s.type !== undefined && GLANCE_STORE_TYPES.includes(s.type)) continue;
          const near = s.type === undefined ? undefined : nearest(s.type, GLANCE_STORE_TYPES);
          report({
            ...atIni(c.config!, s.entry),
            message: s.type === undefined ? `enabled_backends entry "${s.id}" has no store type` : `enabled_backends entry "${s.id}:${s.type}" has an unknown store type "${s.type}"`,
            hint: s.type === undefined ? `write "${s.id}:<type>" with a type among ${GLANCE_STORE_TYPES.join(', ')}` : near ? `did you mean "${s.id}:${near}"?` : `use one of ${GLANCE_STORE_TYPES.join(', ')}`,
          });
        }
      }
    }
  },
};
