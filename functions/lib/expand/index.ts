/**
 * Expand: inventory -> owned control-plane/version entries + generated
 * resources. Each service has its own module; the order here is the order
 * entries appear in the output.
 */
import { expandBackup } from './backup.js';
import { expandCeph } from './ceph.js';
import { expandCinder } from './cinder.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Item } from '../io/resources.js';
import type { PackageFiles } from '../inventory/package-files.js';
import type { Inventory } from '../inventory/model.js';
import type { ExpandContext } from './context.js';
import { expandGlance } from './glance.js';
import { expandManila } from './manila.js';
import { expandMachineConfigs } from './machineconfig.js';
import { expandMounts } from './mounts.js';
import { emptyExpansion, type Expansion } from './plan.js';
import { expandVersion } from './version.js';

export interface ExpandInput {
  inventory: Inventory;
  inventoryItem: Item;
  /** What the read stage read for the inventory (inventory/package-files.ts). */
  files: PackageFiles;
  /** The OpenStackControlPlane the package already holds (transformer mode); absent in generator mode. */
  controlPlane?: Item;
}

/** A stage: the inventory in, the expansion and what went wrong out. */
export function expand(input: ExpandInput): { expansion: Expansion; diagnostics: Diagnostic[] } {
  const ctx: ExpandContext = { ...input, diagnostics: [] };
  const out = emptyExpansion();
  expandCinder(ctx, out);
  expandBackup(ctx, out);
  expandManila(ctx, out);
  expandGlance(ctx, out);
  // Mounts after the services they reach, so each template reads services first, then extraMounts.
  expandCeph(ctx, out);
  expandMounts(ctx, out);
  expandVersion(ctx, out);
  expandMachineConfigs(ctx, out);
  return { expansion: out, diagnostics: ctx.diagnostics };
}
