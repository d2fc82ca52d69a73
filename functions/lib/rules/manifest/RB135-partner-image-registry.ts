import { nearest } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import { policyOf, type ManifestRuleContext } from './context.js';
import { imageOf, partnerImages } from './partner-images.js';

export const partnerImageRegistry: Rule<ManifestRuleContext> = {
  id: 'RB135',
  name: 'partner-image-registry',
  severity: 'error',
  summary: 'A partner image comes from a registry outside the allowed list (inventory images.allowedRegistries, or --allowed-registry).',
  why: 'Disconnected and regulated sites mirror only approved registries: an image from elsewhere cannot be pulled, or bypasses the certification the policy asks for.',
  fix: '`quay.io/someone/cinder-volume-pure:18.0.3` -> `registry.connect.redhat.com/purestorage/openstack-cinder-volume-pure-18-0:18.0.3`',
  check(ctx, report) {
    const { allowedRegistries } = policyOf(ctx);
    if (allowedRegistries.length === 0) return;
    for (const p of partnerImages(ctx)) {
      const ref = imageOf(p);
      if (!ref || allowedRegistries.includes(ref.registry)) continue;
      const near = nearest(ref.registry, allowedRegistries);
      report({
        item: p.version.item,
        path: p.path,
        message: `partner image for "${p.key}" comes from ${ref.registry}, which is not an allowed registry (${allowedRegistries.join(', ')})`,
        hint: near ? `did you mean "${near}"?` : 'mirror the image into an allowed registry, or extend the allowed list',
      });
    }
  },
};
