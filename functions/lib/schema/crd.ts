/**
 * Validators for the parts of the upstream CRDs the tool emits or checks
 * (schemas/crd/, compiled by scripts/build-steps/crd-validators.mjs). The
 * generated module is large, so it is loaded on first use only: runs that
 * never meet an OpenStackControlPlane or OpenStackVersion never load it.
 */
import type { ErrorObject } from 'ajv';
import type { OperatorLine } from '../inventory/model.js';

export type CrdValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export const CORE_API_VERSION = 'core.openstack.org/v1beta1';
export type CrdKind = 'OpenStackControlPlane' | 'OpenStackVersion';

type Generated = typeof import('../../../build/generated/crd-validators.mjs');
let generated: Generated | undefined;

function load(): Generated {
  // A synchronous, lazy require: rules are synchronous, and the bundler turns
  // this into an on-demand module initialisation instead of a start-up cost.
  generated ??= require('../../../build/generated/crd-validators.mjs') as Generated;
  return generated;
}

/** The validator for `kind` as served by `line`'s CRDs (the OpenStackVersion CRD is the same on both lines). */
export function crdValidator(kind: CrdKind, line: OperatorLine): CrdValidator {
  const v = load();
  if (kind === 'OpenStackVersion') return v.version;
  return line === 'main' ? v.controlPlaneMain : v.controlPlane18Stable;
}

/** Fields the CRD requires at spec level; a document without them is a patch or fragment (see isPartial). */
export const REQUIRED_SPEC_FIELDS: Record<CrdKind, readonly string[]> = {
  OpenStackControlPlane: ['secret', 'storageClass'],
  OpenStackVersion: ['targetVersion'],
};

/**
 * A kustomize patch (or any fragment merged onto a base elsewhere) leaves out
 * fields the CRD requires; "missing" there means "set by the base".
 */
export function isPartial(kind: CrdKind, obj: Record<string, any>): boolean {
  const spec = obj.spec;
  if (!spec || typeof spec !== 'object') return true;
  return REQUIRED_SPEC_FIELDS[kind].some((f) => spec[f] === undefined);
}
