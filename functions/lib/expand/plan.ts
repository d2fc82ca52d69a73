/**
 * What expansion produces: a description of the fields the tool owns in the
 * control plane and the version, plus whole resources it generates. The
 * merge stage applies it to whatever the package already holds.
 */
import type { FieldPath } from '../inventory/model.js';

/**
 * One owned part of a target document:
 * - `key`: a map entry `path.key` (cinderVolumes.<backend>, cinderVolumeImages.<backend>)
 * - `item`: the list item of `path` whose `name` is `key` (extraMounts entries)
 * - `value`: the scalar or object at `path.key` (manila.enabled, targetVersion)
 */
export interface OwnedEntry {
  kind: 'key' | 'item' | 'value';
  path: string[];
  key: string;
  value: unknown;
  /** Inventory path this entry was made from, for diagnostics. */
  origin: FieldPath;
  /**
   * Finer origins inside the value (paths relative to it): a diagnostic there
   * points at, and names, that inventory field (a user mount's mountPath).
   */
  fieldOrigins?: Array<{ path: (string | number)[]; at: FieldPath }>;
}

export interface GeneratedResource {
  value: Record<string, unknown>;
  origin: FieldPath;
}

export interface Expansion {
  controlPlane: OwnedEntry[];
  version: OwnedEntry[];
  resources: GeneratedResource[];
  /** Secrets the output references that the tool does not generate (listed in the summary). */
  externalSecrets: Array<{ name: string; origin: FieldPath; providedBy?: string }>;
}

export function emptyExpansion(): Expansion {
  return { controlPlane: [], version: [], resources: [], externalSecrets: [] };
}

export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY = 'rhoso-backends';
export const INVENTORY_ANNOTATION = 'backends.rhoso.io/inventory';
export const MANAGED_FIELDS_ANNOTATION = 'backends.rhoso.io/managed-fields';
/**
 * Generated extraMounts items the control plane does not hold because its own
 * entries already give the same pods the same volumes (adopted by reach,
 * pipeline/adopt.ts): JSON {pointer: [the user's entries]}. A record of the
 * last run, judged again on every run.
 */
export const ADOPTED_MOUNTS_ANNOTATION = 'backends.rhoso.io/adopted-mounts';
/**
 * Parts of a hand-written INI text the inventory writes the same elsewhere
 * (glance.template.customServiceConfig's store configuration, which every
 * generated glance API config holds; pipeline/adopt-template-config.ts):
 * JSON {pointer: ["[DEFAULT] enabled_backends", "[glance_store]", ...]}. A
 * record of the last run, judged again on every run.
 */
export const ADOPTED_CONFIG_ANNOTATION = 'backends.rhoso.io/adopted-config';
/** On generated Secrets made from non-secret package files (`files[].path`): `files`. */
export const CONTENT_LABEL = 'backends.rhoso.io/content';

/** Standard metadata for everything the tool generates. */
export function generatedMetadata(name: string, namespace: string, inventory: string, extraLabels: Record<string, string> = {}) {
  return {
    name,
    namespace,
    labels: { ...extraLabels, [MANAGED_BY_LABEL]: MANAGED_BY },
    annotations: { [INVENTORY_ANNOTATION]: inventory },
  };
}
