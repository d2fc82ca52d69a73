/**
 * Partner images as the rules see them: every cinderVolumeImages /
 * manilaShareImages entry of every OpenStackVersion, with the back ends of
 * the paired control planes it applies to, and the tag policy (seed rule: a
 * partner image is rebuilt and tagged for every RHOSO minor release, e.g.
 * 18.0.3, and keeps that tag).
 */
import { parseImage, type ImageRef } from '../../catalog/images.js';
import type { ManifestRuleContext } from './context.js';
import { policyOf } from './context.js';
import { PARTNER_IMAGE_MAPS } from './custom-images.js';
import type { Item } from '../../io/resources.js';
import { asObject, manifestIndex, type Backend, type ControlPlane, type Path, type Version } from './model.js';

export interface PartnerImage {
  version: Version;
  field: (typeof PARTNER_IMAGE_MAPS)[number]['field'];
  service: 'cinder' | 'manila';
  key: string;
  value: unknown;
  path: Path;
  /** Back ends named `key` in the paired control planes. */
  backends: Backend[];
  /** Whether any paired control plane defines the back-end map at all (a patch may not). */
  backendsKnown: boolean;
}

const cache = new WeakMap<readonly Item[], PartnerImage[]>();

/** Built once per item list and shared by the rules that read it (RB131, RB133-RB135, RB137, RB138). */
export function partnerImages(ctx: ManifestRuleContext): PartnerImage[] {
  let images = cache.get(ctx.items);
  if (!images) {
    images = collectPartnerImages(ctx);
    cache.set(ctx.items, images);
  }
  return images;
}

function collectPartnerImages(ctx: ManifestRuleContext): PartnerImage[] {
  const out: PartnerImage[] = [];
  // Back ends by map field and key, once per control plane: looking them up per image key is linear overall.
  const byKey = new Map<ControlPlane, Map<string, Backend[]>>();
  const backendsOf = (cp: ControlPlane, field: string, key: string): Backend[] => {
    let index = byKey.get(cp);
    if (!index) {
      index = new Map();
      for (const b of cp.backends) {
        const k = `${b.field}\0${b.key}`;
        const list = index.get(k);
        if (list) list.push(b);
        else index.set(k, [b]);
      }
      byKey.set(cp, index);
    }
    return index.get(`${field}\0${key}`) ?? [];
  };
  for (const version of manifestIndex(ctx).versions) {
    const images = asObject(asObject(version.obj.spec).customContainerImages);
    for (const m of PARTNER_IMAGE_MAPS) {
      const map = asObject(images[m.field]);
      const backendsKnown = version.controlPlanes.some((cp) => !cp.partial || asObject(asObject(asObject(cp.obj.spec)[m.service]).template)[m.backends] !== undefined);
      for (const key of Object.keys(map)) {
        const backends = version.controlPlanes.flatMap((cp) => backendsOf(cp, m.backends, key));
        out.push({ version, field: m.field, service: m.service, key, value: map[key], path: ['spec', 'customContainerImages', m.field, key], backends, backendsKnown });
      }
    }
  }
  return out;
}

/** A syntactically plausible image reference (no spaces, placeholders or upper-case repository). */
const REFERENCE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*(:[\w][\w.-]{0,127})?(@[a-z0-9]+:[a-f0-9]{32,})?$/;

export function isImageReference(value: string): boolean {
  return REFERENCE.test(value);
}

/** Tags that move: names such as latest/current, or a version with fewer than three parts (18, 18.0). */
export function isFloatingTag(tag: string): boolean {
  return /^(latest|current([-_.].*)?|stable|main|master|head|edge|nightly|dev(el)?|rolling|release|testing)$/i.test(tag) || /^v?\d+(\.\d+)?$/.test(tag);
}

/** The tag is for `release` (18.0.3, 18.0.3-1, v18.0.3_20241126), not for 18.0.30. */
export function tagMatchesRelease(tag: string, release: string): boolean {
  const escaped = release.replace(/\./g, '\\.');
  return new RegExp(`(^|[^0-9.])${escaped}($|[^0-9])`).test(tag) || new RegExp(`^v?${escaped}($|[^0-9.])`).test(tag);
}

/** The release an image of `version` must be built for: --release / inventory first, else the OSV's targetVersion. */
export function releaseFor(ctx: ManifestRuleContext, version: Version): { release?: string; from: string } {
  const policy = policyOf(ctx);
  if (policy.release) return { release: policy.release, from: ctx.inventory ? 'spec.release.version in the inventory' : '--release' };
  return { release: version.targetRelease, from: 'spec.targetVersion' };
}

export function imageOf(p: PartnerImage): ImageRef | undefined {
  return typeof p.value === 'string' && isImageReference(p.value.trim()) ? parseImage(p.value) : undefined;
}
