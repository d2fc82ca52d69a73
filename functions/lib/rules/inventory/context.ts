import type { Item } from '../../io/resources.js';
import type { Inventory } from '../../inventory/model.js';
import type { CinderBackend, ManilaBackend } from '../../inventory/model.js';

/** What inventory rules see: the typed inventory and the item it came from. */
export interface InventoryRuleContext {
  inventory: Inventory;
  item: Item;
  /** Absolute package root (package-relative paths resolve inside it). */
  packageRoot: string;
}

export type AnyBackend = (CinderBackend | ManilaBackend) & { service: 'cinder' | 'manila' };

export function allBackends(inv: Inventory): AnyBackend[] {
  return [
    ...inv.cinder.backends.map((b) => ({ ...b, service: 'cinder' as const })),
    ...inv.manila.backends.map((b) => ({ ...b, service: 'manila' as const })),
  ];
}
