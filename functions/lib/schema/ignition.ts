/**
 * Host-side validators (compiled by scripts/build-steps/host-validators.mjs):
 * Ignition configs (schemas/ignition/) and the data-plane CRDs
 * (schemas/crd/dataplane-*.json). Loaded on first use only: a run that meets
 * no hand-written MachineConfig or data-plane object never loads them.
 */
import type { ErrorObject } from 'ajv';
import type { OperatorLine } from '../inventory/model.js';

export type IgnitionValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
type Generated = typeof import('../../../build/generated/host-validators.mjs');
let generated: Generated | undefined;

/** Ignition spec versions a MachineConfig may declare, and the schema that checks each. */
const CHECKED_BY: Record<string, 'ignition32' | 'ignition34'> = {
  '3.0.0': 'ignition32',
  '3.1.0': 'ignition32',
  '3.2.0': 'ignition32',
  '3.3.0': 'ignition34',
  '3.4.0': 'ignition34',
};
export const KNOWN_IGNITION_VERSIONS = Object.keys(CHECKED_BY);

/** The validator for an Ignition `version`, or undefined for a version the tool has no schema for. */
export function ignitionValidator(version: string): IgnitionValidator | undefined {
  const which = CHECKED_BY[version];
  if (!which) return undefined;
  return load()[which];
}

function load(): Generated {
  // A synchronous, lazy require (rules are synchronous); the bundler makes it an on-demand chunk.
  generated ??= require('../../../build/generated/host-validators.mjs') as Generated;
  return generated;
}

export type DataPlaneKind = 'OpenStackDataPlaneService' | 'OpenStackDataPlaneNodeSet' | 'OpenStackDataPlaneDeployment';

/** The strict validator of a data-plane CRD (the NodeSet's storage fields; the others' whole spec). */
export function dataPlaneValidator(kind: DataPlaneKind, line: OperatorLine): IgnitionValidator {
  const v = load();
  if (kind === 'OpenStackDataPlaneService') return v.dataplaneService;
  if (kind === 'OpenStackDataPlaneDeployment') return v.dataplaneDeployment;
  return line === 'main' ? v.dataplaneNodeSetMain : v.dataplaneNodeSet18Stable;
}
