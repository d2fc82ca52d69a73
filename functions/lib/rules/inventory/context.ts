import type { Item } from '../../io/resources.js';
import type { Inventory } from '../../inventory/model.js';
import type { CinderBackend, ManilaBackend } from '../../inventory/model.js';

/** What inventory rules see: the typed inventory and the item it came from. */
export interface InventoryRuleContext {
  inventory: Inventory;
  item: Item;
  /** Absolute package root (package-relative paths resolve inside it). */
  packageRoot: string;
  /** The load stage already looked for placeholders in this item and found none (RB058 need not walk it again). */
  placeholdersChecked?: boolean;
}

export type AnyBackend = (CinderBackend | ManilaBackend) & { service: 'cinder' | 'manila' };

const backendsOf = new WeakMap<Inventory, readonly AnyBackend[]>();

/** Every back end with its service; made once per inventory (16 rules iterate it; the model is not edited after load). */
export function allBackends(inv: Inventory): readonly AnyBackend[] {
  let all = backendsOf.get(inv);
  if (!all) {
    all = [...inv.cinder.backends.map((b) => ({ ...b, service: 'cinder' as const })), ...inv.manila.backends.map((b) => ({ ...b, service: 'manila' as const }))];
    backendsOf.set(inv, all);
  }
  return all;
}
