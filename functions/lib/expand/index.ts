/**
 * Expand: inventory -> owned control-plane/version entries + generated
 * resources. Each service has its own module; the order here is the order
 * entries appear in the output.
 */
import { expandCeph } from './ceph.js';
import { expandCinder } from './cinder.js';
import type { ExpandContext } from './context.js';
import { emptyExpansion, type Expansion } from './plan.js';
import { expandVersion } from './version.js';

export function expand(ctx: ExpandContext): Expansion {
  const out = emptyExpansion();
  expandCeph(ctx, out);
  expandCinder(ctx, out);
  expandVersion(ctx, out);
  return out;
}
