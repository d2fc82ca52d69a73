/**
 * Where a node set's NodeSet lives decides how the tool changes it (docs/dataplane.md):
 * (a) `nodeset`: the package holds the OpenStackDataPlaneNodeSet: edit it;
 * (b) `values`: it holds the architecture layout's values ConfigMap
 *     (data.nodeset.services, copied into the NodeSet by kustomize
 *     replacements at build time): check that list, and refuse, saying what
 *     to write there, when it lacks the Ceph services;
 * (c) `patch`: neither: generate a patch for the NodeSet.
 */
import { isMap, isSeq } from 'yaml';
import { kindOf, nameOf, namespaceOf, type Item } from '../io/resources.js';
import type { Inventory, NodeSet } from '../inventory/model.js';

export const NODESET_KIND = 'OpenStackDataPlaneNodeSet';
export const DATAPLANE_API_VERSION = 'dataplane.openstack.org/v1beta1';
export const VALUES_SERVICES_PATH = ['data', 'nodeset', 'services'];

export type NodeSetHome = { kind: 'nodeset'; item: Item } | { kind: 'values'; item: Item } | { kind: 'patch' } | { kind: 'ambiguous'; candidates: Item[] };

const inNamespace = (inv: Inventory, it: Item) => !namespaceOf(it) || namespaceOf(it) === inv.controlPlane.namespace;

/** A values ConfigMap of the architecture layout: data.nodeset.services is a list. */
export function isValuesConfigMap(it: Item): boolean {
  return kindOf(it) === 'ConfigMap' && isSeq(it.doc.getIn(VALUES_SERVICES_PATH, true)) && isMap(it.doc.getIn(['data', 'nodeset'], true));
}

/** A NodeSet the tool generated as a patch (case c) is not the user's NodeSet. */
export const isPatch = (it: Item) => it.doc.getIn(['metadata', 'annotations', PATCH_ANNOTATION]) !== undefined;
export const PATCH_ANNOTATION = 'backends.rhoso.io/patch-for';

export function homeOf(items: readonly Item[], inv: Inventory, n: NodeSet): NodeSetHome {
  const nodeSet = items.find((it) => kindOf(it) === NODESET_KIND && nameOf(it) === n.name && inNamespace(inv, it) && !isPatch(it));
  if (nodeSet) return { kind: 'nodeset', item: nodeSet };
  const values = items.filter((it) => isValuesConfigMap(it) && inNamespace(inv, it));
  if (values.length === 0) return { kind: 'patch' };
  // A values ConfigMap feeds one NodeSet: several node sets without a NodeSet object cannot share one.
  const homeless = inv.dataPlane.nodeSets.filter((x) => !items.some((it) => kindOf(it) === NODESET_KIND && nameOf(it) === x.name && !isPatch(it)));
  if (values.length === 1 && homeless.length === 1) return { kind: 'values', item: values[0] };
  const named = values.filter((v) => v.doc.getIn(['data', 'nodeset', 'name']) === n.name);
  return named.length === 1 ? { kind: 'values', item: named[0] } : { kind: 'ambiguous', candidates: values };
}
