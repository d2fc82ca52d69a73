import { apiVersionOf, kindOf } from '../../io/resources.js';
import { CORE_API_VERSION } from '../../schema/crd.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';

const CORE_KINDS = new Set(['OpenStackControlPlane', 'OpenStackVersion']);

export const openstackKindApiVersion: Rule<ManifestRuleContext> = {
  id: 'RB174',
  name: 'openstack-kind-api-version',
  severity: 'error',
  summary: 'An OpenStackControlPlane or OpenStackVersion document has no `apiVersion`, or not `core.openstack.org/v1beta1`.',
  why: 'kubectl and kustomize refuse a document without apiVersion, and with another group no CRD matches it; validate would otherwise skip it and pass a file it never checked.',
  fix: 'add `apiVersion: core.openstack.org/v1beta1` above `kind: OpenStackControlPlane`',
  check(ctx, report) {
    for (const item of ctx.items) {
      const kind = kindOf(item);
      if (!kind || !CORE_KINDS.has(kind)) continue;
      const apiVersion = apiVersionOf(item);
      if (apiVersion === CORE_API_VERSION) continue;
      report({
        item,
        path: apiVersion === undefined ? ['kind'] : ['apiVersion'],
        message: apiVersion === undefined ? `${kind} has no apiVersion, so it is not checked (and kubectl rejects it)` : `${kind} has apiVersion "${apiVersion}", which no CRD serves, so it is not checked`,
        hint: `apiVersion: ${CORE_API_VERSION}`,
      });
    }
  },
};
