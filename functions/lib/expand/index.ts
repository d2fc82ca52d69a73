/**
 * Expand: inventory -> owned control-plane/version entries + generated
 * resources. Each service has its own module; the order here is the order
 * entries appear in the output.
 */
import { expandBackup } from './backup.js';
import { expandCeph } from './ceph.js';
import { expandCinder } from './cinder.js';
import type { ExpandContext } from './context.js';
import { expandGlance } from './glance.js';
import { expandManila } from './manila.js';
import { expandMachineConfigs } from './machineconfig.js';
import { expandMounts } from './mounts.js';
import { emptyExpansion, type Expansion } from './plan.js';
import { expandVersion } from './version.js';

export function expand(ctx: ExpandContext): Expansion {
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
  return out;
}
