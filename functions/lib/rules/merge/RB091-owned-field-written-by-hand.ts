/**
 * RB091: merge leaves an owned entry alone when the package already defines
 * it differently by hand (merge.ts returns those as conflicts); this rule
 * reports each one at the inventory entry that asked for it.
 */
import type { Rule } from '../rule.js';
import type { MergeRuleContext } from './context.js';

export const ownedFieldWrittenByHand: Rule<MergeRuleContext> = {
  id: 'RB091',
  name: 'owned-field-written-by-hand',
  severity: 'error',
  summary: 'The OpenStackControlPlane or OpenStackVersion already defines by hand a field the inventory owns (e.g. cinderVolumes.<back end>).',
  why: 'Two sources of truth for one back end: the next render would overwrite the hand-written one.',
  fix: 'Delete the entry from the manifest so the inventory owns it, or rename the back end in the inventory.',
  check(ctx, report) {
    for (const c of ctx.conflicts.ownedFieldWrittenByHand) {
      const where = c.item.path;
      const backup = c.entry.key === 'cinderBackup';
      report({
        item: ctx.inventoryItem,
        path: c.entry.origin,
        message: `${where} already defines ${c.pointer} by hand; the inventory would overwrite it`,
        hint: backup
          ? `the inventory declares cinder backups, so it owns cinderBackup (pinned to replicas: 0 beside cinderBackups): delete cinderBackup from ${where}, or remove the backups from the inventory and keep yours`
          : `delete it from ${where} so the inventory owns it, or rename the back end`,
      });
    }
  },
};
