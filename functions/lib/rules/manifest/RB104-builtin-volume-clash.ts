import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { builtinMountPaths, builtinVolumeNames, RESERVED_PATH_PREFIXES } from './builtin-volumes.js';
import { listPods } from './helpers.js';
import { manifestIndex } from './model.js';
import { reachedMounts, reachedVolumes, type Reached } from './per-pod.js';

export const builtinVolumeClash: Rule<ManifestRuleContext> = {
  id: 'RB104',
  name: 'builtin-volume-clash',
  severity: 'error',
  summary: 'An extraMounts volume name or mount path is one the operator already uses in that pod (config-data, scripts, etc-iscsi, /etc/cinder/cinder.conf.d, /var/lib/config-data/...).',
  why: 'The operator adds its own volumes first; a second volume of the same name or a second mount at the same path makes Kubernetes reject the pod, and a mount over the generated configuration hides it.',
  fix: '`name: config-data` -> `name: pure-ca-bundle`; `mountPath: /etc/cinder/cinder.conf.d` -> `mountPath: /etc/pki/pure`',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      const hits = new Map<string, { r: Reached; pods: string[]; what: string }>();
      const add = (r: Reached, what: string) => {
        const key = r.path.join('/');
        const agg = hits.get(key) ?? { r, pods: [], what };
        agg.pods.push(r.podId);
        hits.set(key, agg);
      };
      for (const perPod of reachedVolumes(cp)) for (const r of perPod) if (builtinVolumeNames(r.service).has(r.value)) add(r, 'volume');
      for (const perPod of reachedMounts(cp)) {
        for (const r of perPod) {
          if (builtinMountPaths(r.service, r.component).has(r.value) || RESERVED_PATH_PREFIXES.some((p) => r.value === p || r.value.startsWith(`${p}/`))) add(r, 'mount');
        }
      }
      for (const { r, pods, what } of hits.values()) {
        report({
          item: cp.item,
          path: r.path,
          message:
            what === 'volume'
              ? `volume name "${r.value}" is already used by the operator in ${listPods(pods)}: the pod is rejected`
              : `${r.value} is where the operator mounts its own files in ${listPods(pods)}: this mount clashes with it or hides it`,
          hint: what === 'volume' ? 'give the volume a name of its own, e.g. prefixed with the back end' : 'mount somewhere else and point the option at that path',
        });
      }
    }
  },
};
