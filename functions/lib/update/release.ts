/**
 * RHOSO release numbers: `18.0.4` (what partner image tags carry) and the
 * exact operator version `18.0.4-20250110.1` (OpenStackVersion.spec.targetVersion).
 */
export interface Release {
  /** X.Y.Z */
  version: string;
  /** The build part of an exact operator version (`20250110.1`), when given. */
  build?: string;
  parts: [number, number, number];
}

const RELEASE = /^([0-9]+)\.([0-9]+)\.([0-9]+)(?:-([0-9A-Za-z][0-9A-Za-z.]*))?$/;

export function parseRelease(text: string): Release | undefined {
  const m = RELEASE.exec(text.trim());
  if (!m) return undefined;
  return { version: `${m[1]}.${m[2]}.${m[3]}`, build: m[4], parts: [Number(m[1]), Number(m[2]), Number(m[3])] };
}

/** The full text: `18.0.4` or `18.0.4-20250110.1`. */
export function releaseText(r: Release): string {
  return r.build ? `${r.version}-${r.build}` : r.version;
}

export function compareReleases(a: Release, b: Release): number {
  for (let i = 0; i < 3; i++) if (a.parts[i] !== b.parts[i]) return a.parts[i] - b.parts[i];
  return 0;
}

/** A tag that names one release (`18.0.3`): the <repository>:<release> convention partners follow. */
export function isReleaseTag(tag: string | undefined): boolean {
  return tag !== undefined && /^[0-9]+\.[0-9]+\.[0-9]+$/.test(tag);
}

/**
 * A tag that moves from build to build (`latest`, `18.0`, `current-podified`, none at all):
 * after a minor update the reference is unchanged, so the operator refuses the update.
 */
export function isFloatingTag(tag: string | undefined): boolean {
  if (tag === undefined) return true;
  if (isReleaseTag(tag)) return false;
  // 18.0.3-2 or 18.0.3.1 still name one build of one release: a custom tag, not a floating one.
  return !/^[0-9]+\.[0-9]+\.[0-9]+[-._+]/.test(tag);
}
