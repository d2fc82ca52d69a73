import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { listPods } from './helpers.js';
import { fieldPathOf, manifestIndex } from './model.js';
import { duplicates, reachedMounts } from './per-pod.js';

export const duplicateMountPath: Rule<ManifestRuleContext> = {
  id: 'RB103',
  name: 'duplicate-mount-path',
  severity: 'error',
  summary: 'Two extraMounts mounts with the same mountPath reach one pod.',
  why: 'Kubernetes rejects a container with two volumeMounts at one path; with the template and top-level lists concatenated this happens easily (e.g. /etc/ceph twice).',
  fix: 'Mount /etc/ceph once per pod: drop the copy in spec.cinder.template.extraMounts when spec.extraMounts already propagates it to CinderVolume.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const d of duplicates(reachedMounts(cp))) {
        report({
          item: cp.item,
          path: d.later.path,
          message: `mountPath ${d.later.value} is mounted in ${listPods(d.pods)} a second time (first from ${fieldPathOf(d.first.path.slice(0, -1))}): the pod is rejected`,
          hint: 'mount each path once per pod, or use different paths',
        });
      }
    }
  },
};
