import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { asObject, manifestIndex } from './model.js';

export const cinderBackupConflict: Rule<ManifestRuleContext> = {
  id: 'RB114',
  name: 'cinder-backup-conflict',
  severity: 'error',
  summary: '`cinderBackups` is used while the deprecated `cinderBackup` still runs replicas (it defaults to 1).',
  why: 'The cinder webhook forbids the deprecated cinderBackup when cinderBackups is used; since cinderBackup.replicas defaults to 1, it must be set to 0 explicitly.',
  fix: 'Add `cinderBackup: {replicas: 0}` next to `cinderBackups:`.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      const template = asObject(asObject(asObject(cp.obj.spec).cinder).template);
      if (Object.keys(asObject(template.cinderBackups)).length === 0) continue;
      const base = ['spec', 'cinder', 'template'];
      if (template.cinderBackup === undefined) {
        if (!cp.partial) report({ item: cp.item, path: [...base, 'cinderBackups'], key: true, message: 'cinderBackups is used but cinderBackup is absent, so it defaults to 1 replica and the webhook rejects the control plane', hint: 'add cinderBackup: {replicas: 0}' });
        continue;
      }
      const replicas = asObject(template.cinderBackup).replicas;
      if (replicas === 0) continue;
      report({
        item: cp.item,
        path: [...base, 'cinderBackup', ...(replicas === undefined ? [] : ['replicas'])],
        key: replicas === undefined,
        message: `the deprecated cinderBackup runs ${replicas ?? '1 (the default)'} replica(s) while cinderBackups is used: the webhook rejects this`,
        hint: 'set cinderBackup.replicas: 0',
      });
    }
  },
};
