/**
 * RB059: a glance API's `override` is written into glanceAPIs.<name>.override
 * as given, so it is checked here against the CRD's own schema for that field
 * (schemas/crd, the operator line's): a control plane the tool generates whole
 * is not checked again by RB190, and an error should point at the inventory.
 */
import { CORE_API_VERSION, crdValidator } from '../../schema/crd.js';
import { schemaFindings } from '../../schema/errors.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

const API_KEY = 'api';
const AT = ['spec', 'glance', 'template', 'glanceAPIs', API_KEY, 'override'];

export const glanceApiOverride: Rule<InventoryRuleContext> = {
  id: 'RB059',
  name: 'glance-api-override',
  severity: 'error',
  summary: 'A glance API\'s `override` does not match the OpenStackControlPlane CRD\'s glanceAPIs override (service per endpoint, probes).',
  why: 'render writes override into the API as given; the API server rejects a control plane whose override has a wrong type, and drops (or, with strict validation, rejects) an unknown field, so a misspelt `annotations` or `type` never reaches the Service.',
  fix: '`override: {service: {internal: {metadata: {annotations: {metallb.universe.tf/address-pool: internalapi}}, spec: {type: LoadBalancer}}}}`',
  check({ inventory, item }, report) {
    const apis = inventory.glance.apis.filter((a) => a.override !== undefined);
    if (apis.length === 0) return;
    const validate = crdValidator('OpenStackControlPlane', inventory.operatorLine);
    for (const api of apis) {
      // The smallest control plane that holds it (a fragment: required fields are not asked for).
      const doc = { apiVersion: CORE_API_VERSION, kind: 'OpenStackControlPlane', metadata: { name: 'x' }, spec: { glance: { template: { glanceAPIs: { [API_KEY]: { override: api.override } } } } } };
      if (validate(doc)) continue;
      for (const f of schemaFindings(validate.errors ?? [], { skipRequired: true })) {
        if (AT.some((s, i) => f.path[i] !== s)) continue;
        report({ item, path: [...api.at, 'override', ...f.path.slice(AT.length)], key: f.key, message: `${f.message} (OpenStackControlPlane CRD, glanceAPIs override, operator line ${inventory.operatorLine})`, hint: f.hint });
      }
    }
  },
};
