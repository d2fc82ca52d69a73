import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { extraVols } from './helpers.js';
import { manifestIndex } from './model.js';

export const sharedInstanceName: Rule<ManifestRuleContext> = {
  id: 'RB111',
  name: 'shared-instance-name',
  severity: 'error',
  summary: 'A propagation value in the top-level spec.extraMounts names an instance key that two services use (a cinder back end and a glance API both called `az0`).',
  why: 'Instance names share one flat namespace: the value matches the pods of every service with that key, so the volume lands in pods it was not meant for (and may collide there).',
  fix: 'Give instances globally unique keys (`cinderVolumes: {az0-ceph: ...}`, `glanceAPIs: {az0: ...}`), move the entry into the service template\'s own extraMounts, or propagate with the built-in type (CinderVolume).',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      const services = new Map<string, Set<string>>();
      for (const pod of cp.pods) {
        if (!pod.instance || pod.component === 'cinder-backup') continue;
        const s = services.get(pod.instance) ?? new Set<string>();
        s.add(pod.component.replace(/-.*/, ''));
        services.set(pod.instance, s);
      }
      // A service template's own list only reaches that service's pods: only the top-level list is shared.
      for (const ev of extraVols(cp).filter((e) => e.path[1] === 'extraMounts')) {
        ev.propagation?.forEach((value, k) => {
          const owners = typeof value === 'string' ? services.get(value) : undefined;
          if (!owners || owners.size < 2) return;
          report({
            item: cp.item,
            path: [...ev.path, 'propagation', k],
            message: `"${value}" is an instance of ${[...owners].sort().join(' and ')}: the volume reaches the pods of all of them`,
            hint: 'rename the instances so each key is unique across services, or propagate by type',
          });
        });
      }
    }
  },
};
