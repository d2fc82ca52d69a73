/**
 * The load stage, shared by the pipeline and plan-update: the inventory
 * checked (schema, defaults, inventory rules) and the image catalog it
 * names. Stops at the first step with errors; what it loaded so far comes back.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { loadImageCatalog } from '../catalog/image-catalog.js';
import type { ImageCatalog } from '../catalog/images.js';
import type { Item } from '../io/resources.js';
import { loadInventory, type InventoryOverrides } from '../inventory/load.js';
import type { Inventory } from '../inventory/model.js';
import { inventoryRules, placeholderDiagnostics } from '../rules/inventory/index.js';
import { runRules } from '../rules/rule.js';

export interface LoadedInventory {
  diagnostics: Diagnostic[];
  inventory?: Inventory;
  imageCatalog?: ImageCatalog;
}

export function loadStage(inventoryItem: Item, packageRoot: string, overrides: InventoryOverrides = {}): LoadedInventory {
  // A placeholder import left (RB058) first: the schema would only say an fsid "does not have the expected form".
  const placeholders = placeholderDiagnostics(inventoryItem);
  if (placeholders.length > 0) return { diagnostics: placeholders };
  const loaded = loadInventory(inventoryItem, overrides);
  const diagnostics = [...loaded.diagnostics];
  const inventory = loaded.inventory;
  if (!inventory || hasErrors(diagnostics)) return { diagnostics };
  diagnostics.push(...runRules(inventoryRules, { inventory, item: inventoryItem, packageRoot, placeholdersChecked: true }));
  if (hasErrors(diagnostics)) return { diagnostics, inventory };
  const images = loadImageCatalog(inventory, inventoryItem, packageRoot);
  diagnostics.push(...images.diagnostics);
  return { diagnostics, inventory, imageCatalog: images.catalog };
}
