import type { Rule } from '../rule.js';
import { isCephEntry, podUsesCeph } from './ceph-usage.js';
import type { ManifestRuleContext } from './context.js';
import { extraVols } from './helpers.js';
import { fieldPathOf, manifestIndex, type StorageService } from './model.js';
import { secretsOfVolume } from '../../manifest/volume-references.js';

/** Pods whose configuration tells whether they read Ceph files (ceph-usage.ts). */
const STORAGE_PODS = new Set(['cinder-volume', 'cinder-backup', 'manila-share', 'glance-api']);

export const cephSecretWithoutCeph: Rule<ManifestRuleContext> = {
  id: 'RB173',
  name: 'ceph-secret-without-ceph',
  severity: 'warning',
  summary: 'An extraMounts entry with a Ceph cluster\'s files (keyring) is propagated by type (`GlanceAPI`, `ManilaShare`, `Glance`, ...) to a service none of whose back ends uses Ceph.',
  why: 'The keyring grants access to the Ceph cluster; a service without an rbd / cephfs back end or store never reads it, so mounting it there only widens who can read it (least privilege). Copied DCN and HCI examples propagate to every storage service by habit.',
  fix: '`propagation: [CinderVolume, GlanceAPI, ManilaShare]` with glance on swift -> `propagation: [CinderVolume, ManilaShare]`',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const ev of extraVols(cp)) {
        // An empty list (or All) reaches every pod: RB106 reports that.
        if (!ev.propagation || ev.propagation.length === 0 || ev.propagation.includes('All') || !isCephEntry(ev)) continue;
        const key = fieldPathOf(ev.path);
        const secrets = [...new Set(ev.volumes.flatMap(secretsOfVolume))];
        for (const service of ['cinder', 'manila', 'glance'] as StorageService[]) {
          const pods = cp.pods.filter((p) => p.service === service && STORAGE_PODS.has(p.component));
          if (pods.length === 0 || pods.some((p) => podUsesCeph(cp, p) !== false)) continue;
          // Values that reach this service by type; instance keys are RB111's (DCN per-site names).
          const byType = new Set<string>();
          for (const pm of cp.mounts.filter((m) => m.pod.service === service)) {
            for (const t of pm.takes.filter((t) => fieldPathOf(t.path) === key)) for (const v of t.matchedBy) if (v !== pm.pod.instance) byType.add(v);
          }
          ev.propagation.forEach((value, k) => {
            if (typeof value !== 'string' || !byType.has(value)) return;
            report({
              item: cp.item,
              path: [...ev.path, 'propagation', k],
              message: `"${value}" brings the Ceph ${secrets.length ? `Secret ${secrets.map((s) => `"${s}"`).join(', ')}` : 'files'} to ${service} pods, but no ${service} back end uses Ceph`,
              hint: `remove "${value}" from this propagation list`,
            });
          });
        }
      }
    }
  },
};
