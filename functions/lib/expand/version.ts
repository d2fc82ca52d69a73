/**
 * OpenStackVersion fields: targetVersion when the inventory gives one, and
 * the skip-custom-images-validation annotation when asked for. Partner
 * images are added by each service's expander (cinderVolumeImages, ...).
 */
import type { ExpandContext } from './context.js';
import type { Expansion } from './plan.js';

export const SKIP_CUSTOM_IMAGES_ANNOTATION = 'core.openstack.org/skip-custom-images-validation';

export function expandVersion(ctx: ExpandContext, out: Expansion): void {
  const release = ctx.inventory.release;
  if (!release) return;
  if (release.targetVersion) {
    out.version.push({ kind: 'value', path: ['spec'], key: 'targetVersion', value: release.targetVersion, origin: ['spec', 'release', 'targetVersion'] });
  }
  if (release.skipCustomImagesValidation) {
    out.version.push({
      kind: 'value',
      path: ['metadata', 'annotations'],
      key: SKIP_CUSTOM_IMAGES_ANNOTATION,
      value: 'true',
      origin: ['spec', 'release', 'skipCustomImagesValidation'],
    });
  }
}
