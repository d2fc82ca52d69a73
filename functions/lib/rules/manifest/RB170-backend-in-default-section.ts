import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { atIni } from './helpers.js';
import { manifestIndex } from './model.js';

/** The keys that make a section a back end, per component map. */
const BACKEND_KEYS: Record<string, { keys: string[]; list: string }> = {
  cinderVolumes: { keys: ['volume_driver', 'volume_backend_name'], list: 'enabled_backends' },
  manilaShares: { keys: ['share_driver', 'share_backend_name'], list: 'enabled_share_backends' },
};

export const backendInDefaultSection: Rule<ManifestRuleContext> = {
  id: 'RB170',
  name: 'backend-in-default-section',
  severity: 'error',
  summary: 'A cinderVolumes or manilaShares back end is configured in `[DEFAULT]` (`volume_driver`, `volume_backend_name`, `share_driver` or `share_backend_name` there) instead of its own section.',
  why: 'cinder-volume and manila-share start only the back ends that enabled_backends / enabled_share_backends name, each from its own section; the cinder-operator fills enabled_backends from the sections holding volume_backend_name, so with the back end in [DEFAULT] it writes an empty list and the service starts no back end (the cinder guide\'s `[DEFAULT] volume_backend_name = ceph` example does this).',
  fix: '`[DEFAULT]\\nvolume_backend_name = ceph\\nvolume_driver = ...` -> `[ceph]\\nvolume_backend_name = ceph\\nvolume_driver = ...`',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const b of cp.backends) {
        const spec = BACKEND_KEYS[b.field];
        if (!spec || !b.config) continue;
        for (const e of b.config.ini.entries) {
          if ((e.section !== 'DEFAULT' && e.section !== '') || !spec.keys.includes(e.key)) continue;
          report({
            ...atIni(b.config, e),
            message: `${e.key} is in [${e.section || 'DEFAULT'}]: back end "${b.key}" needs its own section, or ${spec.list} stays empty and the service starts no back end`,
            hint: `move the back-end options under a section header such as [${b.key}]`,
          });
        }
      }
    }
  },
};
