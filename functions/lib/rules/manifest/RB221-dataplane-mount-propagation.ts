import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { dataPlaneIndex } from './dataplane.js';

/** What the data plane matches nodeTemplate.extraMounts against (Propagate([Compute]), DATAPLANE.md §1.2). */
const MATCHING = ['Compute', 'All'];

export const dataPlaneMountPropagation: Rule<ManifestRuleContext> = {
  id: 'RB221',
  name: 'dataplane-mount-propagation',
  severity: 'error',
  summary: 'A NodeSet\'s nodeTemplate.extraMounts item has a propagation value other than Compute or All (a control-plane value such as CinderVolume), or lists both.',
  why:
    'The data plane matches these mounts against [Compute] only: any other value silently drops the mount, so ceph-client finds no files (DATAPLANE.md §6 row 14); Compute and All together mount it twice, and the job is rejected for a duplicate volume.',
  fix: '`propagation: [CinderVolume]` -> leave propagation out (or `[Compute]`)',
  check(ctx, report) {
    for (const ns of dataPlaneIndex(ctx.items).nodeSets) {
      const mounts = ns.obj.spec?.nodeTemplate?.extraMounts;
      if (!Array.isArray(mounts)) continue;
      mounts.forEach((m, i) => {
        const prop = m?.propagation;
        if (!Array.isArray(prop)) return;
        prop.forEach((v, j) => {
          if (MATCHING.includes(v)) return;
          report({ item: ns.item, path: ['spec', 'nodeTemplate', 'extraMounts', i, 'propagation', j], message: `"${v}" matches nothing on the data plane (only Compute or All do): this mount is silently not mounted`, hint: 'remove propagation (the data-plane default mounts it), or write [Compute]' });
        });
        if (MATCHING.every((v) => prop.includes(v))) {
          report({ item: ns.item, path: ['spec', 'nodeTemplate', 'extraMounts', i, 'propagation'], message: 'Compute and All both match: the volume is mounted twice and the ansible job is rejected', hint: 'keep one of them, or remove propagation' });
        }
      });
    }
  },
};
