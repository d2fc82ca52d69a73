import { nearest } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { partnerImages } from './partner-images.js';

export const imageKeyMatchesNoBackend: Rule<ManifestRuleContext> = {
  id: 'RB131',
  name: 'image-key-matches-no-backend',
  severity: 'error',
  summary: 'A cinderVolumeImages / manilaShareImages key names no back end of the control plane (or is `default`).',
  why: 'The operator looks images up by the exact back-end key and silently ignores other keys: the back end runs the stock image, without the vendor\'s libraries. The `default` key is always overwritten with the stock image.',
  fix: '`cinderVolumeImages: {volume1: ...}` -> `cinderVolumeImages: {alletra-iscsi: ...}` (the cinderVolumes key)',
  check(ctx, report) {
    for (const p of partnerImages(ctx)) {
      if (p.key === 'default') {
        report({ item: p.version.item, path: p.path, key: true, message: `the "default" key is reserved: the operator always replaces it with the stock image`, hint: 'key the image by the back end it is for' });
        continue;
      }
      if (p.backends.length > 0 || !p.backendsKnown) continue;
      const map = p.field === 'cinderVolumeImages' ? 'cinderVolumes' : 'manilaShares';
      const keys = p.version.controlPlanes.flatMap((cp) => cp.backends.filter((b) => b.field === map).map((b) => b.key));
      const near = nearest(p.key, keys, Infinity);
      report({
        item: p.version.item,
        path: p.path,
        key: true,
        message: `"${p.key}" is not a ${map} key of OpenStackControlPlane "${p.version.name}": the image is silently ignored`,
        hint: keys.length === 0 ? `the control plane has no ${map}` : near && keys.length <= 3 ? `did you mean "${near}"? (back ends: ${[...new Set(keys)].join(', ')})` : `back ends: ${[...new Set(keys)].sort().join(', ')}`,
      });
    }
  },
};
