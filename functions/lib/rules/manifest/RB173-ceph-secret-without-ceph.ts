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
      // Per service, once per control plane (not per Ceph entry): whether no back end of it uses Ceph, and then
      // which propagation values reach it by type, per extraVol entry.
      const withoutCeph = new Map<StorageService, Map<string, Set<string>> | undefined>();
      const byTypeOf = (service: StorageService) => {
        if (withoutCeph.has(service)) return withoutCeph.get(service);
        const pods = cp.pods.filter((p) => p.service === service && STORAGE_PODS.has(p.component));
        let byEntry: Map<string, Set<string>> | undefined;
        if (pods.length > 0 && pods.every((p) => podUsesCeph(cp, p) === false)) {
          byEntry = new Map();
          // Values that reach this service by type; instance keys are RB111's (DCN per-site names).
          for (const pm of cp.mounts) {
            if (pm.pod.service !== service) continue;
            for (const t of pm.takes) {
              const key = fieldPathOf(t.path);
              let values = byEntry.get(key);
              if (!values) byEntry.set(key, (values = new Set()));
              for (const v of t.matchedBy) if (v !== pm.pod.instance) values.add(v);
            }
          }
        }
        withoutCeph.set(service, byEntry);
        return byEntry;
      };
      for (const ev of extraVols(cp)) {
        // An empty list (or All) reaches every pod: RB106 reports that.
        if (!ev.propagation || ev.propagation.length === 0 || ev.propagation.includes('All') || !isCephEntry(ev)) continue;
        const key = fieldPathOf(ev.path);
        const secrets = [...new Set(ev.volumes.flatMap(secretsOfVolume))];
        for (const service of ['cinder', 'manila', 'glance'] as StorageService[]) {
          const byEntry = byTypeOf(service);
          if (!byEntry) continue;
          const byType = byEntry.get(key) ?? new Set<string>();
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
