/**
 * What manifest rules read from their context: the index the caller built
 * (manifest/manifest-index.ts) and the names declared external.
 */
import type { ControlPlane, ManifestIndex } from '../../manifest/manifest-index.js';
import { secretReferences, type SecretReference } from '../../secrets/references.js';
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

const referencesByIndex = new WeakMap<ManifestIndex, SecretReference[]>();

/**
 * The Secrets the package's control planes read (secrets/references.ts), found
 * once per rule run (the index is built once per run) and from the plain data
 * the index already holds: RB200 and RB201 both read them, and converting and
 * walking a large control plane twice cost ≈ 30 ms at 1,000 back ends.
 */
export function secretReferencesOf(ctx: ManifestRuleContext): readonly SecretReference[] {
  let refs = referencesByIndex.get(ctx.index);
  if (!refs) {
    const byItem = new Map(ctx.index.controlPlanes.map((cp) => [cp.item, cp.obj]));
    refs = secretReferences(ctx.items, (item) => byItem.get(item));
    referencesByIndex.set(ctx.index, refs);
  }
  return refs;
}
