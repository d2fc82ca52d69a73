/**
 * Checking hand-written manifests (no inventory): the `validate` stage for
 * OpenStackControlPlane / OpenStackVersion / Secret files. With an inventory
 * in the input, callers run the whole pipeline instead (render mode).
 */
import { buildManifestIndex } from '../../manifest/manifest-index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Item } from '../../io/resources.js';
import type { OperatorLine } from '../../inventory/model.js';
import { runRules } from '../rule.js';
import { manifestRules } from './index.js';

export interface ManifestCheckOptions {
  operatorLine?: OperatorLine;
  strict?: boolean;
  release?: string;
  allowedRegistries?: string[];
  requireDigest?: boolean;
  external?: string[];
}

export function checkManifests(items: Item[], options: ManifestCheckOptions = {}): Diagnostic[] {
  const diagnostics = runRules(manifestRules, {
    items,
    index: buildManifestIndex(items),
    mode: 'validate',
    strict: options.strict ?? false,
    operatorLine: options.operatorLine ?? '18-stable',
    release: options.release,
    allowedRegistries: options.allowedRegistries,
    requireDigest: options.requireDigest,
    external: options.external,
  });
  return sortDiagnostics(diagnostics);
}
