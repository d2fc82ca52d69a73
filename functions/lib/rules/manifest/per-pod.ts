/**
 * What reaches each pod, volume by volume and mount by mount, with the path
 * of each definition: the input of the duplicate and built-in clash rules.
 * Entries taken twice by one propagation list are counted once here
 * (RB101 reports those).
 */
import type { Path } from './model.js';
import type { ControlPlane } from './model.js';

export interface Reached {
  podId: string;
  service: string;
  component: string;
  /** Volume name or mount path. */
  value: string;
  path: Path;
}

export function reachedVolumes(cp: ControlPlane): Reached[][] {
  return cp.mounts.map(({ pod, takes }) =>
    takes.flatMap((t) =>
      t.volumes
        .map((v, i): Reached | undefined => (typeof v?.name === 'string' ? { podId: pod.id, service: pod.service, component: pod.component, value: v.name, path: [...t.path, 'volumes', i, 'name'] } : undefined))
        .filter((r): r is Reached => r !== undefined),
    ),
  );
}

export function reachedMounts(cp: ControlPlane): Reached[][] {
  return cp.mounts.map(({ pod, takes }) =>
    takes.flatMap((t) =>
      t.mounts
        .map((m, i): Reached | undefined => {
          const value = normalizePath(m?.mountPath);
          return value === undefined ? undefined : { podId: pod.id, service: pod.service, component: pod.component, value, path: [...t.path, 'mounts', i, 'mountPath'] };
        })
        .filter((r): r is Reached => r !== undefined),
    ),
  );
}

function normalizePath(p: unknown): string | undefined {
  if (typeof p !== 'string') return undefined;
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

/** Second and later occurrences of a value per pod, grouped by the path of the later definition. */
export function duplicates(perPod: Reached[][]): Array<{ later: Reached; first: Reached; pods: string[] }> {
  const out = new Map<string, { later: Reached; first: Reached; pods: string[] }>();
  for (const reached of perPod) {
    const seen = new Map<string, Reached>();
    for (const r of reached) {
      const first = seen.get(r.value);
      if (!first) {
        seen.set(r.value, r);
        continue;
      }
      const key = r.path.join('/');
      const agg = out.get(key) ?? { later: r, first, pods: [] };
      agg.pods.push(r.podId);
      out.set(key, agg);
    }
  }
  return [...out.values()];
}
