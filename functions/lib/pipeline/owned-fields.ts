/**
 * Owned-field pointers, recorded in the backends.rhoso.io/managed-fields
 * annotation so a later run can remove exactly what an earlier run added:
 *   spec.cinder.template.cinderVolumes.pure-iscsi          a map key
 *   spec.cinder.template.extraMounts[name=pure-iscsi-files] a list item by name
 */
import { fieldPath } from '../diagnostics/diagnostic.js';
import type { OwnedEntry } from '../expand/plan.js';

export interface Pointer {
  path: string[];
  key: string;
  /** true: list item whose `name` is key; false: map key. */
  byName: boolean;
}

export function pointerOf(e: Pick<OwnedEntry, 'kind' | 'path' | 'key'>): string {
  return e.kind === 'item' ? `${fieldPath(e.path)}[name=${e.key}]` : fieldPath([...e.path, e.key]);
}

const TOKEN = /\.?([A-Za-z_][A-Za-z0-9_-]*)|\["((?:[^"\\]|\\.)*)"\]|\[name=([^\]]+)\]/y;

export function parsePointer(text: string): Pointer | undefined {
  const segs: string[] = [];
  let byName: string | undefined;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || TOKEN.lastIndex === start) return undefined;
    if (m[1] !== undefined) segs.push(m[1]);
    else if (m[2] !== undefined) segs.push(JSON.parse(`"${m[2]}"`));
    else {
      byName = m[3];
      if (TOKEN.lastIndex !== text.length) return undefined;
    }
  }
  if (byName !== undefined) return segs.length ? { path: segs, key: byName, byName: true } : undefined;
  return segs.length >= 2 ? { path: segs.slice(0, -1), key: segs[segs.length - 1], byName: false } : undefined;
}
