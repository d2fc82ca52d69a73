import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { manifestIndex } from './model.js';

export const cinderVolumeReplicas: Rule<ManifestRuleContext> = {
  id: 'RB112',
  name: 'cinder-volume-replicas',
  severity: 'error',
  summary: 'A cinderVolumes back end has `replicas` greater than 1.',
  why: 'cinder-volume is not active-active in RHOSO: the CRD caps replicas at 1 and the API server rejects the control plane.',
  fix: '`replicas: 2` -> `replicas: 1` (0 stops the back end)',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const b of cp.backends) {
        if (b.field !== 'cinderVolumes' || typeof b.value.replicas !== 'number' || b.value.replicas <= 1) continue;
        report({ item: cp.item, path: [...b.path, 'replicas'], message: `replicas is ${b.value.replicas}; a cinder-volume back end runs at most 1 replica`, hint: 'set replicas: 1' });
      }
    }
  },
};
