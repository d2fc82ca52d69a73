import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { imageFit } from './image-owners.js';
import { imageOf, partnerImages } from './partner-images.js';

export const partnerImageWrongDriver: Rule<ManifestRuleContext> = {
  id: 'RB137',
  name: 'partner-image-wrong-driver',
  severity: 'error',
  summary: 'A partner image is built for another driver than the back end\'s (a 3PAR image on a Pure back end), or is an uncertified build.',
  why: 'The image carries one vendor\'s libraries: with another vendor\'s image the driver fails to import at start-up. Uncertified builds are not supported by Red Hat or the vendor.',
  fix: '`pure-nvme-roce: quay.io/.../openstack-cinder-volume-3par:...` -> `pure-nvme-roce: registry.connect.redhat.com/purestorage/openstack-cinder-volume-pure-18-0:18.0.3`',
  check(ctx, report) {
    for (const p of partnerImages(ctx)) {
      const ref = imageOf(p);
      const profiles = [...new Map(p.backends.flatMap((b) => b.profiles).map((d) => [d.id, d])).values()];
      if (!ref || profiles.length === 0) continue;
      const fit = imageFit(p.service, profiles, ref.repository, ctx.imageCatalog);
      const drivers = profiles.map((d) => d.id).join('/');
      const certified = [...new Set(profiles.flatMap((d) => d.partnerImage.repositories ?? []))];
      const hint = certified.length ? `use ${certified[0]}:<release>` : 'use the image the vendor certifies for this driver';
      if (fit.fit === 'foreign' && fit.owners.length > 0) {
        report({ item: p.version.item, path: p.path, message: `${ref.repository} is the image of ${fit.owners.join(', ')}, but back end "${p.key}" uses ${drivers}`, hint });
      } else if (fit.fit === 'looks-foreign') {
        report({ item: p.version.item, path: p.path, message: `${ref.repository} looks like an image for ${fit.owners.join(', ')} (by its name), but back end "${p.key}" uses ${drivers}`, hint });
      } else if (fit.fit === 'uncertified') {
        report({ item: p.version.item, path: p.path, severity: 'warning', message: `${ref.repository} is a known uncertified build for ${drivers}`, hint });
      }
    }
  },
};
