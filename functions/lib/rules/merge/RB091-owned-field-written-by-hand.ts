/**
 * RB091: merge leaves an owned entry alone when the package already defines
 * it differently by hand (merge.ts returns those as conflicts, with what
 * differs: pipeline/adopt.ts); this rule reports each one at the inventory
 * entry that asked for it. An entry that reads the same is adopted instead.
 */
import type { Rule } from '../rule.js';
import type { MergeRuleContext } from './context.js';

/** The first differences, then how many more: one diagnostic stays one line. */
export function differenceList(differences: readonly string[], max = 4): string {
  const shown = differences.slice(0, max).join('; ');
  return differences.length > max ? `${shown}; and ${differences.length - max} more` : shown;
}

export const ownedFieldWrittenByHand: Rule<MergeRuleContext> = {
  id: 'RB091',
  name: 'owned-field-written-by-hand',
  severity: 'error',
  summary: 'The OpenStackControlPlane or OpenStackVersion already defines by hand a field the inventory owns (e.g. cinderVolumes.<back end>), and it differs from what the inventory generates.',
  why: 'Two sources of truth for one back end: the next render would overwrite the hand-written one (and a hand-written `spec.manila.enabled: false` would silently turn manila on for the inventory\'s shares). An entry that reads the same to the operators (same INI options and values in any order and spacing, same Secrets and networks in any order, defaults left out) is adopted instead, kept as written.',
  fix: 'Make the hand-written entry say what the inventory says (the message lists the differences, the inventory\'s value first), or delete it from the manifest so the inventory owns it, or rename the back end in the inventory.',
  check(ctx, report) {
    for (const c of ctx.conflicts.ownedFieldWrittenByHand) {
      const where = c.item.path;
      const backup = c.entry.key === 'cinderBackup';
      const manilaSwitch = c.pointer === 'spec.manila.enabled';
      report({
        item: ctx.inventoryItem,
        path: c.entry.origin,
        message: `${where} already defines ${c.pointer} by hand, and it differs from what the inventory generates (the inventory's value first): ${differenceList(c.differences)}`,
        hint: manilaSwitch
          ? `the inventory declares manila back ends, and they need manila enabled: set enabled: true under spec.manila in ${where} (or delete it), or remove the back ends from the inventory and keep manila disabled`
          : backup
          ? `the inventory declares cinder backups, so it owns cinderBackup (pinned to replicas: 0 beside cinderBackups): delete cinderBackup from ${where}, or remove the backups from the inventory and keep yours`
          : `make the two agree (then it is adopted as written), delete it from ${where} so the inventory owns it, or rename the back end`,
      });
    }
  },
};
