import type { Rule } from '../rule.js';
import { policyOf, type ManifestRuleContext } from './context.js';
import { imageOf, isFloatingTag, partnerImages } from './partner-images.js';

export const partnerImageTag: Rule<ManifestRuleContext> = {
  id: 'RB133',
  name: 'partner-image-tag',
  severity: 'error',
  summary: 'A partner image is not a valid reference, has no tag, has a floating tag (latest, current, 18.0), has a malformed digest, or is not pinned by digest when the policy requires it.',
  why: 'A minor update needs a different image set for the new targetVersion (openstack-operator refuses the update while custom images equal the tracked ones): a floating tag cannot express that, and it changes under a running cloud.',
  fix: '`...-pure-18-0:latest` -> `...-pure-18-0:18.0.3` (the RHOSO release), or `...@sha256:<digest>`',
  check(ctx, report) {
    const { requireDigest } = policyOf(ctx);
    for (const p of partnerImages(ctx)) {
      if (typeof p.value !== 'string') continue;
      const ref = imageOf(p);
      const at = { item: p.version.item, path: p.path };
      const digest = p.value.includes('@') ? p.value.trim().slice(p.value.trim().indexOf('@') + 1) : undefined;
      if (digest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        const repository = p.value.trim().slice(0, p.value.trim().indexOf('@'));
        report({ ...at, message: `partner image for "${p.key}" has a malformed digest "@${digest}": a digest is sha256: followed by 64 lower-case hex digits`, hint: `copy the digest from skopeo inspect docker://${repository} (its "Digest" field)` });
      } else if (!ref) {
        report({ ...at, message: `"${p.value}" is not a container image reference`, hint: 'write registry/repository:tag, e.g. registry.connect.redhat.com/vendor/image:18.0.3' });
      } else if (ref.digest) {
        continue;
      } else if (requireDigest) {
        report({ ...at, message: `partner image for "${p.key}" is not pinned by digest, which the image policy requires`, hint: `append @sha256:<digest> (e.g. from skopeo inspect docker://${ref.repository}:${ref.tag ?? '<tag>'})` });
      } else if (!ref.tag) {
        report({ ...at, message: `partner image for "${p.key}" has no tag, so it means :latest`, hint: 'tag it with the RHOSO release it was built for, e.g. :18.0.3' });
      } else if (isFloatingTag(ref.tag)) {
        report({ ...at, message: `partner image for "${p.key}" uses the floating tag ":${ref.tag}"`, hint: 'use the tag built for the RHOSO release (e.g. :18.0.3) or a digest, so minor updates can change it' });
      }
    }
  },
};
