/**
 * Required CRD fields of the OpenStackControlPlane that the openstack-operator
 * fills when they are left out (schema/operator-filled.yaml, with the source
 * line of each): a hand-written control plane without them is correct.
 */
import { operatorFilled } from '../../../build/generated/reference-data.mjs';

const paths = new Set(operatorFilled.map((f) => f.path));

/** `path` as field names and indexes, e.g. ['spec', 'glance', 'template', 'secret']. */
export function filledByOperator(path: readonly (string | number)[]): boolean {
  return paths.has(path.join('.'));
}
