/**
 * The narrowest propagation that keeps a set of pods' reach: the values
 * whose pods all belong to the set, fewest values first, each pod matched by
 * exactly one value (a pod matched twice takes the entry twice, and its
 * volumes clash). Reach is judged over the storage pods the control plane
 * defines (the propagation simulator), as render judges it: placement in a
 * template list or the top-level one never changes it.
 */
import type { Pod } from '../propagation/simulate.js';

/** undefined when no such list reaches exactly `target` (pod ids). */
export function narrowestPropagation(pods: readonly Pod[], target: ReadonlySet<string>): string[] | undefined {
  const reach = (v: string) => pods.filter((p) => p.svc.includes(v)).map((p) => p.id);
  // A pod's values, most specific last in its svc list (Cinder, CinderVolume, <instance>).
  const candidates = new Map<string, { pods: string[]; specificity: number }>();
  for (const p of pods) {
    if (!target.has(p.id)) continue;
    p.svc.forEach((v, i) => {
      const pods = reach(v);
      if (!candidates.has(v) && pods.every((id) => target.has(id))) candidates.set(v, { pods, specificity: i });
    });
  }
  const chosen: string[] = [];
  const covered = new Set<string>();
  while (covered.size < target.size) {
    const next = [...candidates]
      .filter(([, c]) => c.pods.length > 0 && c.pods.every((id) => !covered.has(id)))
      .sort(([a, x], [b, y]) => y.pods.length - x.pods.length || y.specificity - x.specificity || (a < b ? -1 : 1))[0];
    if (!next) return undefined;
    chosen.push(next[0]);
    for (const id of next[1].pods) covered.add(id);
  }
  return chosen;
}
