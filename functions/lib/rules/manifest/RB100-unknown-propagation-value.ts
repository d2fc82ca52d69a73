import { nearest } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { extraVols } from './helpers.js';
import { manifestIndex } from './model.js';

export const unknownPropagationValue: Rule<ManifestRuleContext> = {
  id: 'RB100',
  name: 'unknown-propagation-value',
  severity: 'error',
  summary: 'A `propagation` value is neither a built-in type (CinderVolume, GlanceAPI, ...) nor an instance name of any service in the control plane.',
  why: 'Propagation values are matched by exact, case-sensitive string equality and never validated: a typo such as `CinderBackups` or `cindervolume` silently mounts nothing, and the pod starts without its Ceph keyring or certificate.',
  fix: '`propagation: [CinderVolume, CinderBackups]` -> `propagation: [CinderVolume, CinderBackup]`',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const ev of extraVols(cp)) {
        ev.propagation?.forEach((value, k) => {
          if (typeof value !== 'string' || cp.validValues.has(value)) return;
          // A patch may target instances its base defines: only lower-case names can be instances.
          if (cp.partial && /^[a-z0-9-]+$/.test(value)) return;
          const near = nearest(value, cp.validValues);
          const listed = near !== undefined && ev.propagation!.includes(near);
          report({
            item: cp.item,
            path: [...ev.path, 'propagation', k],
            message: `"${value}" matches no pod: it is not a built-in propagation type nor a cinderVolumes, manilaShares or glanceAPIs key of this control plane, so the volume is silently not mounted`,
            hint: near === undefined ? 'use a built-in type such as CinderVolume, CinderBackup, GlanceAPI, ManilaShare, or a back-end key' : listed ? `remove it: "${near}" is already listed` : `did you mean "${near}"?`,
          });
        });
      }
    }
  },
};
