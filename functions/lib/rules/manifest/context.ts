import type { ImageCatalog } from '../../catalog/images.js';
import type { Item } from '../../io/resources.js';
import type { Inventory, OperatorLine } from '../../inventory/model.js';
import type { ManifestIndex } from '../../manifest/manifest-index.js';

/** What manifest rules see: every item of the package after expansion (or as written, for `validate`). */
export interface ManifestRuleContext {
  items: Item[];
  /** The index of `items` (manifest/manifest-index.ts), built once by the caller. */
  index: ManifestIndex;
  /** The inventory, when the run rendered one (render/fn); absent for `validate` of hand-written files. */
  inventory?: Inventory;
  /** render: our own output (missing Secrets are errors); validate: hand-written files (warnings unless strict). */
  mode: 'render' | 'validate';
  strict: boolean;
  operatorLine: OperatorLine;
  /**
   * RHOSO release partner image tags must match (`18.0.3`). Render: the
   * inventory's release.version; validate: `--release`, else each
   * OpenStackVersion's spec.targetVersion.
   */
  release?: string;
  /** Registries partner images may come from ([] = any). Render: inventory images.allowedRegistries. */
  allowedRegistries?: string[];
  /** Partner images must be pinned by digest. Render: inventory images.requireDigest. */
  requireDigest?: boolean;
  /**
   * Secrets and ConfigMaps declared to live outside the package (render: the
   * inventory's secretName references; validate: --external and the
   * backends.rhoso.io/external-secrets annotation on the control plane).
   */
  external?: string[];
  /** The user's ImageCatalog, when the inventory names one (catalog/images.ts). */
  imageCatalog?: ImageCatalog;
  /** The inventory document (render/fn), so a rule can point at the entry a value came from. */
  inventoryItem?: Item;
  /**
   * The OpenStackVersion as the package held it before this run merged into
   * it (plain data; render/fn only): the previous release, for RB300.
   */
  previousVersion?: Record<string, any>;
}

/** The policy values rules use, with the inventory filling what the caller left out. */
export function policyOf(ctx: ManifestRuleContext): { allowedRegistries: string[]; requireDigest: boolean; release?: string } {
  return {
    allowedRegistries: ctx.allowedRegistries ?? ctx.inventory?.images.allowedRegistries ?? [],
    requireDigest: ctx.requireDigest ?? ctx.inventory?.images.requireDigest ?? false,
    release: ctx.release ?? ctx.inventory?.release?.version,
  };
}
