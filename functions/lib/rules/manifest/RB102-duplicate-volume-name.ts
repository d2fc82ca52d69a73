import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { listPods } from './helpers.js';
import { fieldPathOf, manifestIndex } from './model.js';
import { duplicates, reachedVolumes } from './per-pod.js';

export const duplicateVolumeName: Rule<ManifestRuleContext> = {
  id: 'RB102',
  name: 'duplicate-volume-name',
  severity: 'error',
  summary: 'Two extraMounts volumes with the same name reach one pod (across the service template list and the top-level spec.extraMounts).',
  why: 'openstack-operator appends the top-level list to each service template\'s list, and each matching entry adds its volumes: two volumes of one name in one pod make Kubernetes reject the StatefulSet.',
  fix: 'Define the `ceph` volume once: either in spec.extraMounts or in spec.cinder.template.extraMounts, not both; or rename one of them.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const d of duplicates(reachedVolumes(cp))) {
        report({
          item: cp.item,
          path: d.later.path,
          message: `volume "${d.later.value}" reaches ${listPods(d.pods)} a second time (first from ${fieldPathOf(d.first.path.slice(0, -1))}): the pod is rejected`,
          hint: 'define the volume once, or give one of them another name',
        });
      }
    }
  },
};
