/**
 * RB092: a generated extraMounts item is left out because the package's own
 * extraMounts already mount something at its paths in the pods it reaches,
 * but not exactly what it would, in exactly those pods (pipeline/adopt.ts,
 * adoption by reach). Reported at the inventory entry that asked for it.
 */
import type { Rule } from '../rule.js';
import type { MergeRuleContext } from './context.js';
import { differenceList } from './RB091-owned-field-written-by-hand.js';

export const mountReachDiffers: Rule<MergeRuleContext> = {
  id: 'RB092',
  name: 'mount-reach-differs',
  severity: 'error',
  summary: 'A hand-written extraMounts entry mounts at the path of a mount the inventory generates, but with another volume, or in more or fewer pods.',
  why: 'Adding the generated mount would mount the path twice in those pods (the pod is refused); leaving it out would give the pods what the hand-written entry says, not what the inventory says. Only a hand-written mount that gives exactly the same pods exactly the same volume (source, mountPath, subPath, readOnly) is adopted in place of the generated one.',
  fix: 'Narrow or widen the hand-written entry\'s propagation to the pods the message lists (or split it), make its volume the one the inventory mounts, or delete it so the inventory writes its own.',
  check(ctx, report) {
    for (const c of ctx.conflicts.mountReachDiffers) {
      report({
        item: ctx.inventoryItem,
        path: c.entry.origin,
        message: `${c.item.path}: ${(c.userItems ?? []).join(', ')} already mount${(c.userItems ?? []).length === 1 ? 's' : ''} at the paths of ${c.pointer}, but not as the inventory would: ${differenceList(c.differences)}`,
        hint: `make ${(c.userItems ?? []).length === 1 ? 'it' : 'them'} reach exactly those pods with the same volume (then ${c.pointer} is adopted by reach), or delete ${(c.userItems ?? []).length === 1 ? 'it' : 'them'} from ${c.item.path} so the inventory writes its own`,
      });
    }
  },
};
