import type { Item } from '../../io/resources.js';
import type { Inventory, OperatorLine } from '../../inventory/model.js';

/** What manifest rules see: every item of the package after expansion (or as written, for `validate`). */
export interface ManifestRuleContext {
  items: Item[];
  /** The inventory, when the run rendered one (render/fn); absent for `validate` of hand-written files. */
  inventory?: Inventory;
  /** render: our own output (missing Secrets are errors); validate: hand-written files (warnings unless strict). */
  mode: 'render' | 'validate';
  strict: boolean;
  operatorLine: OperatorLine;
}
