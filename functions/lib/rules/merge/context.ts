import type { Item } from '../../io/resources.js';
import type { MergeConflicts } from '../../pipeline/merge.js';

/** What merge rules see: the conflicts merge found (it reports none itself) and the inventory they point back to. */
export interface MergeRuleContext {
  conflicts: MergeConflicts;
  inventoryItem: Item;
}
