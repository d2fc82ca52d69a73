import { nearest } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { asObject, manifestIndex, serviceEnabled } from './model.js';

export const glanceKeystoneEndpoint: Rule<ManifestRuleContext> = {
  id: 'RB115',
  name: 'glance-keystone-endpoint',
  severity: 'error',
  summary: '`spec.glance.template.keystoneEndpoint` does not name a non-edge glanceAPIs key (or is empty while there are several APIs).',
  why: 'The glance webhook rejects the control plane ("KeystoneEndpoint is assigned to an invalid GlanceAPI instance"): the image service is registered in Keystone through that API, and an edge API has no public endpoint.',
  fix: '`keystoneEndpoint: central` with `glanceAPIs: {default: {type: split}, edge1: {type: edge}}` -> `keystoneEndpoint: default`',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      if (!serviceEnabled(cp, 'glance')) continue;
      const template = asObject(asObject(asObject(cp.obj.spec).glance).template);
      const apis = asObject(template.glanceAPIs);
      const keys = Object.keys(apis);
      if (template.glanceAPIs === undefined || keys.length === 0) continue;
      const path = ['spec', 'glance', 'template', 'keystoneEndpoint'];
      const candidates = keys.filter((k) => asObject(apis[k]).type !== 'edge');
      const endpoint = template.keystoneEndpoint;
      if (endpoint === undefined || endpoint === '') {
        if (keys.length === 1 || (endpoint === undefined && cp.partial)) continue;
        report({ item: cp.item, path: endpoint === undefined ? ['spec', 'glance', 'template'] : path, message: `keystoneEndpoint is ${endpoint === undefined ? 'not set' : 'empty'} and there are ${keys.length} glanceAPIs: the webhook cannot pick one`, hint: candidates.length ? `set keystoneEndpoint: ${candidates[0]}` : 'add a non-edge API' });
        continue;
      }
      if (typeof endpoint !== 'string') continue;
      if (!keys.includes(endpoint)) {
        const near = nearest(endpoint, candidates);
        report({ item: cp.item, path, message: `keystoneEndpoint "${endpoint}" is not a glanceAPIs key`, hint: near ? `did you mean "${near}"?` : `use one of ${candidates.join(', ') || '(no non-edge API)'}` });
      } else if (asObject(apis[endpoint]).type === 'edge') {
        report({ item: cp.item, path, message: `keystoneEndpoint "${endpoint}" is an edge API, which has no endpoint to register in Keystone`, hint: candidates.length ? `use ${candidates.join(' or ')}` : 'add a split or single API for the central site' });
      }
    }
  },
};
