import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { imageOf, isFloatingTag, partnerImages, releaseFor, tagMatchesRelease } from './partner-images.js';

export const partnerImageRelease: Rule<ManifestRuleContext> = {
  id: 'RB134',
  name: 'partner-image-release',
  severity: 'error',
  summary: 'A partner image tag is not the RHOSO release being deployed (inventory release.version, --release, or the OpenStackVersion targetVersion).',
  why: 'Partners rebuild and tag their image for every RHOSO minor release; an image built for another release runs the wrong cinder/manila code and the minor update is blocked or half-done.',
  fix: 'With targetVersion 18.0.3-20241126.1: `...:18.0.2` -> `...:18.0.3`',
  check(ctx, report) {
    for (const p of partnerImages(ctx)) {
      const ref = imageOf(p);
      if (!ref?.tag || (!ref.digest && isFloatingTag(ref.tag))) continue;
      if (ref.digest && isFloatingTag(ref.tag)) continue;
      const { release, from } = releaseFor(ctx, p.version);
      if (!release || tagMatchesRelease(ref.tag, release)) continue;
      report({
        item: p.version.item,
        path: p.path,
        message: `partner image for "${p.key}" is tagged "${ref.tag}", but the release is ${release} (${from})`,
        hint: `use the image built for ${release}, e.g. ${ref.repository}:${release}`,
      });
    }
  },
};
