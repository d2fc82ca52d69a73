import { getDriver } from '../../catalog/index.js';
import { formatImage, knownRepositories, parseImage } from '../../catalog/images.js';
import { kindOf, nameOf, namespaceOf, toObject, type Item } from '../../io/resources.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';

const IMAGE_MAPS = { cinder: 'cinderVolumeImages', manila: 'manilaShareImages' } as const;

/**
 * The operator refuses a targetVersion change while the custom images equal
 * those of the previous version (RHOSO-FIELDS.md 5.3). This sees the change
 * coming: the OpenStackVersion the package held before this render (our
 * previous output, in kpt) against the one it renders now.
 */
export const releaseBumpKeepsImages: Rule<ManifestRuleContext> = {
  id: 'RB300',
  name: 'release-bump-keeps-images',
  severity: 'error',
  summary: 'A release bump (new OpenStackVersion targetVersion) keeps the previous partner image of a back end whose driver needs one.',
  why:
    'Partners build one image per RHOSO minor release. openstack-operator refuses a targetVersion change while customContainerImages equal the images of the previous version, so the update never starts; and a back end that kept its image would run a driver built for the old release.',
  fix: '`image: ...-pure-18-0:18.0.3` -> `image: ...-pure-18-0:18.0.4` (`rhoso-backends plan-update PATH --to 18.0.4 --write` does it), or `release.skipCustomImagesValidation: true` when the image is right for both releases.',
  check(ctx, report) {
    const inv = ctx.inventory;
    if (ctx.mode !== 'render' || !inv || !ctx.previousVersion || inv.release?.skipCustomImagesValidation) return;
    const cp = inv.controlPlane;
    const version = ctx.items.find((it) => kindOf(it) === 'OpenStackVersion' && nameOf(it) === cp.name && (!namespaceOf(it) || namespaceOf(it) === cp.namespace));
    if (!version) return;
    const before = ctx.previousVersion;
    const after = toObject(version);
    const from = before.spec?.targetVersion;
    const to = after.spec?.targetVersion;
    if (typeof from !== 'string' || typeof to !== 'string' || !from || !to || from === to) return;
    const release = inv.release?.version;
    const skip = 'If the image is right for both releases, set spec.release.skipCustomImagesValidation: true';

    let reported = false;
    for (const service of ['cinder', 'manila'] as const) {
      const map = IMAGE_MAPS[service];
      for (const b of inv[service].backends) {
        if (!getDriver(b.driver, service)?.partnerImage.required) continue;
        const previous = before.spec?.customContainerImages?.[map]?.[b.name];
        const now = after.spec?.customContainerImages?.[map]?.[b.name];
        if (typeof now !== 'string' || previous !== now) continue;
        reported = true;
        const ref = parseImage(now);
        const repository = knownRepositories(service, b.driver, ctx.imageCatalog)[0] ?? ref.repository;
        const suggestion = release && ref.tag !== release ? formatImage({ repository, tag: release }) : undefined;
        const at: { item: Item; path: (string | number)[] } =
          b.image && ctx.inventoryItem ? { item: ctx.inventoryItem, path: [...b.at, 'image'] } : { item: version, path: ['spec', 'customContainerImages', map, b.name] };
        report({
          ...at,
          message: `the release bump ${from} -> ${to} keeps the image of ${b.name} (${now}): ${b.driver} needs the partner image built for the new release, and openstack-operator refuses an update that keeps the previous custom images`,
          hint: suggestion
            ? `set image: ${suggestion}; rhoso-backends plan-update PATH --to ${release} --write does it. ${skip}`
            : `this image was rendered before targetVersion changed, so the operator already tracks it for ${from}: set spec.release.skipCustomImagesValidation: true for this update, and next time change images and targetVersion in one render`,
        });
      }
    }
    if (reported) return;
    // No partner driver involved: still refuse what the operator refuses, all custom images unchanged.
    const previousImages = before.spec?.customContainerImages;
    const images = after.spec?.customContainerImages;
    if (!hasImage(images) || canonical(previousImages) !== canonical(images)) return;
    const at = ctx.inventoryItem && inv.release?.targetVersion ? { item: ctx.inventoryItem, path: ['spec', 'release', 'targetVersion'] } : { item: version, path: ['spec', 'targetVersion'] };
    report({
      ...at,
      message: `the release bump ${from} -> ${to} keeps every custom image as it was: openstack-operator refuses this update`,
      hint: `give the images built for ${release ?? 'the new release'}. If they are right for both releases, set spec.release.skipCustomImagesValidation: true`,
    });
  },
};

function hasImage(v: unknown): boolean {
  if (typeof v === 'string') return v !== '';
  if (v && typeof v === 'object') return Object.values(v).some(hasImage);
  return false;
}

/** Key-order independent text of a JSON value. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}
