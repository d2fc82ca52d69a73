import type { Rule } from '../rule.js';
import { isCephEntry, podUsesCeph } from './ceph-usage.js';
import type { ManifestRuleContext } from './context.js';
import { extraVols } from './helpers.js';
import { fieldPathOf, manifestIndex } from './model.js';
import { secretsOfVolume } from '../../manifest/volume-references.js';

export const sharedInstanceName: Rule<ManifestRuleContext> = {
  id: 'RB111',
  name: 'shared-instance-name',
  severity: 'warning',
  summary:
    'A top-level spec.extraMounts entry propagated by an instance key that several services share (`az0` as a cinderVolumes, glanceAPIs and manilaShares key) brings a Ceph Secret to one of those pods that has no Ceph back end.',
  why: 'Instance names share one flat namespace, so the value matches the pods of every service with that key. In DCN that is the design (the site name is the key of the site\'s cinder volume, glance API and manila share, and the site\'s Ceph Secret reaches all of them), and it stays quiet; it goes wrong only when one of those pods does not use that Ceph cluster: the keyring then sits in a pod that never needs it. Volume or mount-path collisions in a pod are RB102 / RB103.',
  fix: 'Keep the per-site key and move the entry into the templates of the services that use Ceph (`spec.cinder.template.extraMounts` with `propagation: [az0]`), or give the pod without Ceph a different key.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      const services = new Map<string, Set<string>>();
      for (const pod of cp.pods) {
        if (!pod.instance || pod.component === 'cinder-backup') continue;
        const s = services.get(pod.instance) ?? new Set<string>();
        s.add(pod.service);
        services.set(pod.instance, s);
      }
      // A service template's own list only reaches that service's pods: only the top-level list is shared.
      for (const ev of extraVols(cp).filter((e) => e.path[1] === 'extraMounts' && isCephEntry(e))) {
        const key = fieldPathOf(ev.path);
        const secrets = [...new Set(ev.volumes.flatMap(secretsOfVolume))];
        ev.propagation?.forEach((value, k) => {
          if (typeof value !== 'string' || (services.get(value)?.size ?? 0) < 2) return;
          const unused = cp.mounts
            .filter((pm) => pm.pod.instance === value && pm.takes.some((t) => fieldPathOf(t.path) === key && t.matchedBy.includes(value)))
            .filter((pm) => podUsesCeph(cp, pm.pod) === false)
            .map((pm) => pm.pod.id);
          if (unused.length === 0) return;
          report({
            item: cp.item,
            path: [...ev.path, 'propagation', k],
            message: `"${value}" is an instance key of ${[...services.get(value)!].sort().join(', ')}: the Ceph ${secrets.length ? `Secret ${secrets.map((s) => `"${s}"`).join(', ')}` : 'files'} also reach${unused.length === 1 ? 'es' : ''} ${unused.join(', ')}, which ${unused.length === 1 ? 'has' : 'have'} no Ceph back end`,
            hint: `keep the key "${value}" and move this entry into the extraMounts of the service templates that use Ceph, or give ${unused.join(', ')} a different key`,
          });
        });
      }
    }
  },
};
