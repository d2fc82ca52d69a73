/**
 * The OpenStackVersion: spec.targetVersion -> spec.release, partner images
 * (customContainerImages.cinderVolumeImages / manilaShareImages) -> the back
 * end's `image`. Images of back ends import did not map, and every other
 * customContainerImages field, stay in the hand-written OpenStackVersion.
 */
import type { Item } from '../io/resources.js';
import { fieldPath } from '../diagnostics/diagnostic.js';
import type { Path } from '../manifest/manifest-index.js';
import { asObject, keep, note, placeholder, type ImportContext } from './context.js';

/** spec.release from targetVersion (x.y.z and the exact version); undefined without one. */
export function importRelease(ctx: ImportContext): Record<string, unknown> | undefined {
  const v = ctx.version;
  const target = v ? asObject(v.obj.spec).targetVersion : undefined;
  if (typeof target !== 'string' || !v?.targetRelease) return undefined;
  return target === v.targetRelease ? { version: v.targetRelease } : { version: v.targetRelease, targetVersion: target };
}

/** The placeholder for a partner image the driver needs and the OpenStackVersion does not give. */
export function partnerImagePlaceholder(ctx: ImportContext, item: Item, path: Path, service: 'cinder' | 'manila', name: string, driver: string): string {
  const list = service === 'cinder' ? 'cinderVolumeImages' : 'manilaShareImages';
  note(ctx, item, path, 'warning', `${service} back end "${name}" (${driver}) needs a partner image, and no OpenStackVersion in the source sets ${list}.${name}: the inventory has a placeholder that render refuses until it is filled in`, `write the certified ${driver} image for your release as the back end's image`);
  return placeholder(`the ${driver} partner image for ${service} back end ${name}`);
}

/** Findings of validate that refuse a partner image: render would refuse it the same way. */
const IMAGE_RULES = new Set(['RB133', 'RB134', 'RB135', 'RB137']);

/**
 * The back end's partner image: the OpenStackVersion's, unless validate
 * refuses it (floating tag, another driver's image, ...), which render would
 * too: then a placeholder naming the problem. A driver that needs an image
 * and has none gets a placeholder as well. undefined: no image.
 */
export function importImage(ctx: ImportContext, at: { item: Item; path: Path }, service: 'cinder' | 'manila', name: string, driver: string, required: boolean): string | undefined {
  const list = service === 'cinder' ? 'cinderVolumeImages' : 'manilaShareImages';
  const v = ctx.version;
  const image = v ? asObject(asObject(asObject(v.obj.spec).customContainerImages)[list])[name] : undefined;
  if (typeof image !== 'string') return required ? partnerImagePlaceholder(ctx, at.item, at.path, service, name, driver) : undefined;
  const field = fieldPath(['spec', 'customContainerImages', list, name]);
  const refused = ctx.sourceFindings.filter((d) => d.severity === 'error' && IMAGE_RULES.has(d.rule) && d.field === field && d.file === v!.item.path);
  if (refused.length === 0) return image;
  const rules = [...new Set(refused.map((d) => d.rule))].join(', ');
  note(ctx, v!.item, ['spec', 'customContainerImages', list, name], 'warning', `the partner image of ${service} back end "${name}" is refused (${rules}, above), and render would refuse it too: the inventory has a placeholder instead`, `write the ${driver} image built for your release as the back end's image`);
  return placeholder(`the ${driver} partner image for ${service} back end ${name} (the source's is refused: ${rules})`);
}

/** OpenStackVersion fields the inventory does not generate: kept. Called after the back ends are imported. */
export function keepVersionRest(ctx: ImportContext, imported: { cinder: string[]; manila: string[] }): void {
  const v = ctx.version;
  if (!v) return;
  const images = asObject(asObject(v.obj.spec).customContainerImages);
  for (const [field, value] of Object.entries(images)) {
    const names = field === 'cinderVolumeImages' ? imported.cinder : field === 'manilaShareImages' ? imported.manila : undefined;
    if (!names) {
      keep(ctx, v.item, ['spec', 'customContainerImages', field], `the inventory has no field for customContainerImages.${field}`);
      continue;
    }
    for (const key of Object.keys(asObject(value))) {
      if (!names.includes(key)) {
        keep(ctx, v.item, ['spec', 'customContainerImages', field, key], `no imported back end is named ${key}`);
      }
    }
  }
}
