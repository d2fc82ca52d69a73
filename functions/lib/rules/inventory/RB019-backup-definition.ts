import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

/** cinderBackups keys become cinder-backup-<name> objects; same budget as cinderVolumes (RHOSO-FIELDS.md 2.3). */
export const maxBackupName = (uniquePodNames: boolean) => (uniquePodNames ? 32 : 38);

export const backupDefinition: Rule<InventoryRuleContext> = {
  id: 'RB019',
  name: 'backup-definition',
  severity: 'error',
  summary: 'cinder backup services are defined inconsistently: backup and backups together, a name used twice or too long, or deprecatedSingleBackup with several backups.',
  why: 'cinderBackups keys must be unique; the deprecated cinderBackup holds one service only, and the webhook rejects it running next to cinderBackups.',
  fix: 'Move `backup:` into `backups:` (one entry per site, each with its own name), and drop deprecatedSingleBackup when there are several.',
  check({ inventory, item }, report) {
    const all = inventory.cinder.backups;
    const fromList = all.filter((b) => b.at[2] === 'backups');
    if (inventory.cinder.backup && fromList.length > 0) {
      report({ item, path: ['spec', 'cinder', 'backups'], key: true, message: 'use either cinder.backup or cinder.backups, not both', hint: 'move the single backup into the backups list' });
    }
    const max = maxBackupName(inventory.controlPlane.uniquePodNames);
    const seen = new Set<string>();
    for (const b of all) {
      if (seen.has(b.name)) report({ item, path: [...b.at, 'name'], message: `backup "${b.name}" is defined twice`, hint: 'give each backup service its own name' });
      seen.add(b.name);
      if (b.name.length > max) report({ item, path: [...b.at, 'name'], message: `"${b.name}" is ${b.name.length} characters; backup names may have at most ${max}`, hint: `shorten it, e.g. "${b.name.slice(0, max).replace(/-+$/, '')}"` });
      if (b.deprecatedSingleBackup && all.length > 1) {
        report({ item, path: [...b.at, 'deprecatedSingleBackup'], message: 'deprecatedSingleBackup works with one backup service only', hint: 'remove deprecatedSingleBackup: the backups become cinderBackups entries' });
      }
    }
  },
};
