import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { manifestIndex, sameNamespace } from './model.js';

export const versionNameMismatch: Rule<ManifestRuleContext> = {
  id: 'RB130',
  name: 'version-name-mismatch',
  severity: 'error',
  summary: 'The OpenStackVersion is not named like the OpenStackControlPlane of its namespace.',
  why: 'The control-plane webhook requires the (single) OpenStackVersion of the namespace to have the control plane\'s name; otherwise the operator creates a second one and ignores the custom images in yours.',
  fix: '`kind: OpenStackVersion` `metadata.name: controlplane` -> `metadata.name: openstack` (the OpenStackControlPlane\'s name)',
  check(ctx, report) {
    const index = manifestIndex(ctx);
    for (const v of index.versions) {
      if (v.controlPlanes.length > 0 || v.name === undefined) continue;
      const others = [...new Set(index.controlPlanes.filter((cp) => cp.name && sameNamespace(cp.namespace, v.namespace)).map((cp) => cp.name!))];
      // Several differently named control planes: alternative samples or overlays, not one namespace.
      if (others.length !== 1) continue;
      report({
        item: v.item,
        path: ['metadata', 'name'],
        message: `OpenStackVersion "${v.name}" is not named like the OpenStackControlPlane "${others[0]}"`,
        hint: `name it "${others[0]}"`,
      });
    }
  },
};
