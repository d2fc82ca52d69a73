import { isMap, isSeq } from 'yaml';
import { parse } from 'yaml';
import { apiVersionOf, kindOf, labelOf, toObject } from '../../io/resources.js';
import { MANAGED_BY, MANAGED_BY_LABEL } from '../../expand/plan.js';
import { DATAPLANE_API_VERSION, isPatch } from '../../dataplane/locate.js';
import { dataPlaneValidator, type DataPlaneKind } from '../../schema/ignition.js';
import { schemaFindings } from '../../schema/errors.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';

const KINDS = new Set<string>(['OpenStackDataPlaneService', 'OpenStackDataPlaneNodeSet', 'OpenStackDataPlaneDeployment']);

export const dataPlaneCrdSchema: Rule<ManifestRuleContext> = {
  id: 'RB217',
  name: 'dataplane-crd-schema',
  severity: 'error',
  summary:
    'An OpenStackDataPlaneService or -Deployment spec, or a NodeSet\'s spec.nodeTemplate / spec.services, does not match the CRD of the operator line, strictly (unknown fields are errors); also JSON patches in a kustomization that add unknown fields to them.',
  why:
    'The API server drops unknown fields (or rejects them with strict field validation): `spec.label` on the architecture nova services and `/spec/configMaps` in openstack-operator\'s nova_cell_custom sample (removed from the CRD in 2024) silently do nothing (DATAPLANE.md §6 rows 3, 4). Missing required fields are not reported: the base or the webhook supplies them.',
  fix: 'remove `label: dataplane-deployment-nova-custom-ceph`; `/spec/configMaps: [nova-extra-config]` -> `/spec/dataSources: [{configMapRef: {name: nova-extra-config}}]`',
  check(ctx, report) {
    for (const item of ctx.items) {
      const kind = kindOf(item);
      if (kind && KINDS.has(kind) && apiVersionOf(item) === DATAPLANE_API_VERSION) {
        if (labelOf(item, MANAGED_BY_LABEL) === MANAGED_BY && !isPatch(item)) continue; // generated whole: valid by construction
        const validate = dataPlaneValidator(kind as DataPlaneKind, ctx.operatorLine);
        if (validate(toObject(item))) continue;
        for (const f of schemaFindings(validate.errors ?? [], { skipRequired: true })) {
          // `name` beside a data source's reference: RB216 says what it means.
          if (f.keyword === 'additionalProperties' && f.path[0] === 'spec' && f.path[1] === 'dataSources' && f.path[f.path.length - 1] === 'name') continue;
          report({ item, path: f.path, key: f.key, message: `${f.message} (${kind} CRD${kind === 'OpenStackDataPlaneNodeSet' ? `, operator line ${ctx.operatorLine}` : ''})`, hint: f.hint });
        }
        continue;
      }
      if (kind === 'Kustomization' || kind === 'Component') checkJsonPatches(ctx, item, report);
    }
  },
};

/** kustomize `patches` with a JSON 6902 patch (inline) on a data-plane kind: the fields each op adds under /spec. */
function checkJsonPatches(ctx: ManifestRuleContext, item: Parameters<typeof toObject>[0], report: Parameters<Rule<ManifestRuleContext>['check']>[1]): void {
  const patches = item.doc.get('patches', true);
  if (!isSeq(patches)) return;
  patches.items.forEach((p, i) => {
    if (!isMap(p)) return;
    const kind = p.getIn(['target', 'kind']);
    const text = p.get('patch');
    if (typeof kind !== 'string' || !KINDS.has(kind) || typeof text !== 'string') return;
    let ops: unknown;
    try {
      ops = parse(text);
    } catch {
      return;
    }
    if (!Array.isArray(ops)) return; // a strategic-merge patch: kustomize checks it against the object
    for (const op of ops) {
      const m = typeof op?.path === 'string' ? op.path.match(/^\/spec\/([^/]+)$/) : null;
      if (!m || (op.op !== 'add' && op.op !== 'replace')) continue;
      const validate = dataPlaneValidator(kind as DataPlaneKind, ctx.operatorLine);
      if (validate({ spec: { [m[1]]: op.value } })) continue;
      for (const f of schemaFindings(validate.errors ?? [], { skipRequired: true })) {
        if (f.keyword !== 'additionalProperties') continue;
        report({ item, path: ['patches', i, 'patch'], message: `the patch ${op.op}s ${op.path}: ${f.message} (${kind} CRD)`, hint: f.hint });
      }
    }
  });
}
