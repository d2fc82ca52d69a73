/**
 * The one place that decides whether a package-relative path may be read:
 * relative, inside the package root, and not a symlink that points outside.
 */
import fs from 'node:fs';
import path from 'node:path';

export function isInside(root: string, p: string): boolean {
  const r = path.relative(root, p);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
}

/** Resolves `rel` against `baseDir` (absolute); returns the real path or why it cannot be used. */
export function resolveInside(root: string, baseDir: string, rel: string): { abs?: string; problem?: string } {
  if (path.isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel)) return { problem: 'is absolute; paths are relative to the inventory file' };
  const abs = path.resolve(baseDir, rel);
  if (!isInside(root, abs)) return { problem: 'leaves the package' };
  let real: string;
  let realRoot: string;
  try {
    real = fs.realpathSync(abs);
    realRoot = fs.realpathSync(root);
  } catch {
    return { problem: 'does not exist' };
  }
  if (!isInside(realRoot, real)) return { problem: 'is a symlink that points outside the package' };
  if (!fs.statSync(real).isFile()) return { problem: 'is not a regular file' };
  return { abs: real };
}
