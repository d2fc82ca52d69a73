/**
 * RB052: a Fibre Channel back end whose pod may land on any node. FC needs
 * an HBA zoned to the array on every node the cinder-volume pod can run on.
 */
import { getDriver } from '../../catalog/index.js';
import { volumeSelectorSources } from '../../hosts/placement.js';
import type { CinderBackend, FieldPath, Inventory } from '../../inventory/model.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

/**
 * Where a back end's pod is placed, as the inventory says it: the same
 * selector sources expand writes (hosts/placement.ts: the back end's own
 * nodeSelector, spec.hosts.fcNodeSelector, a custom pool's selector), so
 * this warning and the rendered nodeSelector always agree.
 */
export function placementOf(inv: Inventory, b: CinderBackend): { at: FieldPath } | undefined {
  const placed = volumeSelectorSources(inv, b).filter((s) => Object.keys(s.labels).length > 0);
  return placed.length > 0 ? { at: placed[placed.length - 1].at } : undefined;
}

export const fcWithoutPlacement: Rule<InventoryRuleContext> = {
  id: 'RB052',
  name: 'fc-without-placement',
  severity: 'warning',
  summary: 'A Fibre Channel back end has no nodeSelector (its own, or spec.hosts.fcNodeSelector), so its cinder-volume pod may land on a node without an HBA zoned to the array.',
  why: 'Attaching, migrating or creating volumes from images needs the FC fabric on the node that runs cinder-volume; on a node without it the operations fail at random, depending on where the pod was scheduled.',
  fix: 'Label the nodes that have the HBAs and set `spec.hosts.fcNodeSelector: {storage.example.com/fc: "true"}` (every FC pod), or `nodeSelector` on the back end.',
  check({ inventory, item }, report) {
    for (const b of inventory.cinder.backends) {
      if (getDriver(b.driver, 'cinder')?.protocol !== 'fc' || placementOf(inventory, b)) continue;
      report({ item, path: b.at, message: `Fibre Channel back end ${b.name} has no nodeSelector: its pod may run on a node without an HBA zoned to the array`, hint: 'set spec.hosts.fcNodeSelector: {<label of the FC nodes>: "true"} (or nodeSelector on this back end)' });
    }
  },
};
