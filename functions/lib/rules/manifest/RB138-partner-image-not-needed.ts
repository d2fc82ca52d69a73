import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { partnerImages } from './partner-images.js';

export const partnerImageNotNeeded: Rule<ManifestRuleContext> = {
  id: 'RB138',
  name: 'partner-image-not-needed',
  severity: 'warning',
  summary: 'A partner image is set for a back end whose driver ships in the stock image (NetApp, Dell PowerMax, NFS, Ceph, ...).',
  why: 'A custom image replaces the stock, Red Hat-updated one: it has to be rebuilt for every minor update for no benefit, and it is easily forgotten.',
  fix: 'Remove `cinderVolumeImages.ontap-iscsi` from the OpenStackVersion.',
  check(ctx, report) {
    for (const p of partnerImages(ctx)) {
      const profiles = p.backends.flatMap((b) => b.profiles);
      if (profiles.length === 0 || profiles.some((d) => d.partnerImage.required)) continue;
      const drivers = [...new Set(profiles.map((d) => d.id))].join('/');
      report({ item: p.version.item, path: p.path, message: `back end "${p.key}" uses ${drivers}, which is in the stock image: this custom image is not needed`, hint: `remove ${p.field}.${p.key}` });
    }
  },
};
