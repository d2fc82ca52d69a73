import { secretsOfVolume } from '../../manifest/volume-references.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { extraVols } from './helpers.js';
import { fieldPathOf, manifestIndex } from './model.js';

/** Names of the Secrets a volume mounts (secret, projected secret sources, CSI node-publish secret). */
export const credentialsReachEveryPod: Rule<ManifestRuleContext> = {
  id: 'RB106',
  name: 'credentials-reach-every-pod',
  severity: 'warning',
  summary: 'An extraVol entry that mounts a Secret has an empty propagation list (or `All`), so the Secret reaches every pod.',
  why: 'Without propagation the entry is mounted in every cinder, manila, glance, heat, horizon, keystone and neutron pod, including db-sync jobs: keyrings and array credentials end up in pods that never need them.',
  fix: 'Add `propagation: [CinderVolume, CinderBackup, GlanceAPI, ManilaShare]` (or the back-end keys) to the extraVol entry.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const ev of extraVols(cp)) {
        const everywhere = !ev.propagation || ev.propagation.length === 0 || ev.propagation.includes('All');
        if (!everywhere) continue;
        const secrets = [...new Set(ev.volumes.flatMap(secretsOfVolume))];
        if (secrets.length === 0) continue;
        const topLevel = ev.path[1] === 'extraMounts';
        const key = fieldPathOf(ev.path);
        const components = [...new Set(cp.mounts.filter((pm) => pm.takes.some((t) => fieldPathOf(t.path) === key)).map((pm) => pm.pod.component))].sort();
        // A template-level entry of a service with one kind of pod (glance) reaches only pods that need it anyway.
        if (!topLevel && components.length < 2) continue;
        const reach = topLevel ? 'every cinder, manila, glance, heat, horizon, keystone and neutron pod' : `every ${String(ev.path[1])} pod (${components.join(', ')})`;
        report({
          item: cp.item,
          path: ev.propagation ? [...ev.path, 'propagation'] : ev.path,
          message: `Secret ${secrets.map((s) => `"${s}"`).join(', ')} is mounted in ${reach}, because this entry has ${ev.propagation?.includes('All') ? '`All`' : 'no propagation'}`,
          hint: 'list only the pods that need it, e.g. propagation: [CinderVolume, GlanceAPI]',
        });
      }
    }
  },
};
