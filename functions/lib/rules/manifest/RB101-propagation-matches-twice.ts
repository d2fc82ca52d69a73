import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { extraVols, listPods, quoteList } from './helpers.js';
import { fieldPathOf, manifestIndex } from './model.js';

/** Built-in values that include every pod of another built-in value (the umbrella first). */
const UMBRELLAS: Record<string, string[]> = {
  Cinder: ['CinderAPI', 'CinderScheduler', 'CinderBackup', 'CinderVolume'],
  Manila: ['ManilaAPI', 'ManilaScheduler', 'ManilaShare'],
  Glance: ['GlanceAPI'],
  Heat: ['HeatAPI', 'HeatEngine'],
  Keystone: ['KeystoneCron', 'KeystoneBootstrap'],
  Neutron: ['NeutronAPI'],
  Barbican: ['BarbicanAPI', 'BarbicanWorker', 'BarbicanKeystoneListener'],
};

export const propagationMatchesTwice: Rule<ManifestRuleContext> = {
  id: 'RB101',
  name: 'propagation-matches-twice',
  severity: 'error',
  summary: 'Two values of one `propagation` list match the same pod (`[CinderVolume, mybackend]`, `[All, X]`, `[Cinder, CinderVolume]`).',
  why: 'The operators add an extraVol entry once for every matching value, with no de-duplication: the pod gets the same volume twice and Kubernetes rejects the StatefulSet.',
  fix: '`propagation: [CinderVolume, pure-iscsi]` -> `propagation: [pure-iscsi]` (or `[CinderVolume]` for every back end)',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      const reported = new Set<string>();
      const byPath = new Map<string, { pods: string[]; values: Set<string> }>();
      for (const { pod, takes } of cp.mounts) {
        for (const t of takes) {
          if (t.times < 2) continue;
          const key = fieldPathOf(t.path);
          const agg = byPath.get(key) ?? { pods: [], values: new Set<string>() };
          agg.pods.push(pod.id);
          for (const v of t.matchedBy) agg.values.add(v);
          byPath.set(key, agg);
        }
      }
      for (const ev of extraVols(cp)) {
        const values = (ev.propagation ?? []).filter((v): v is string => typeof v === 'string');
        const key = fieldPathOf(ev.path);
        const found = byPath.get(key);
        if (found) {
          reported.add(key);
          report({
            item: cp.item,
            path: [...ev.path, 'propagation'],
            message: `${quoteList([...found.values])} all match ${listPods(found.pods)}: the volumes of this entry are added ${found.values.size} times and the pod is rejected`,
            hint: hintFor([...found.values]),
          });
          continue;
        }
        // Pods a patch or another service defines are not simulated; overlapping built-ins always collide.
        const overlap = staticOverlap(values);
        if (overlap && !reported.has(key)) {
          report({
            item: cp.item,
            path: [...ev.path, 'propagation'],
            message: `${quoteList(overlap)} match the same pods: every pod they reach gets the volumes of this entry twice and is rejected`,
            hint: hintFor(overlap),
          });
        }
      }
    }
  },
};

function staticOverlap(values: string[]): string[] | undefined {
  if (values.includes('All') && values.length > 1) return values;
  for (const [umbrella, parts] of Object.entries(UMBRELLAS)) {
    const part = values.find((v) => parts.includes(v));
    if (values.includes(umbrella) && part) return [umbrella, part];
  }
  return undefined;
}

function hintFor(values: string[]): string {
  if (values.includes('All')) return 'use ["All"] alone, or list only the specific values';
  return `keep only one of ${quoteList(values)}`;
}
