/**
 * What manifest rules read from their context: the index the caller built
 * (manifest/manifest-index.ts) and the names declared external.
 */
import type { ControlPlane, ManifestIndex } from '../../manifest/manifest-index.js';
import type { ManifestRuleContext } from './context.js';

export { asObject, sameNamespace, serviceEnabled, type Backend, type Component, type Config, type ControlPlane, type Path, type StorageService, type Version } from '../../manifest/manifest-index.js';
export { fieldPath as fieldPathOf } from '../../diagnostics/diagnostic.js';

export function manifestIndex(ctx: ManifestRuleContext): ManifestIndex {
  return ctx.index;
}

/** Everything outside the package that rules may treat as present. */
export function externalNames(ctx: ManifestRuleContext, cp?: ControlPlane): Set<string> {
  return new Set([...(ctx.external ?? []), ...(cp?.external ?? [])]);
}
