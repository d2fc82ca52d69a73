/**
 * A back end's extra files: an extraMounts entry that reaches only that back
 * end's pod (propagation [<name>]) and mounts keys of Secrets read-only with
 * subPath -> the back end's `files` (the inverse of expand/files.ts). Any
 * other shape stays a generic mount (mounts.ts), whose reach is the same.
 */
import type { Path } from '../manifest/manifest-index.js';
import { asObject, type ImportContext } from './context.js';

export interface ImportedFile {
  name: string;
  mountPath: string;
  secretName: string;
  key?: string;
}

/** The files of back end `name` of `service`; the extraVol entries they come from are added to ctx.coveredMounts. */
export function importFiles(ctx: ImportContext, service: 'cinder' | 'manila', name: string): ImportedFile[] {
  const cp = ctx.controlPlane;
  if (!cp) return [];
  const spec = asObject(cp.obj.spec);
  const lists: Array<{ path: Path; entries: unknown }> = [
    { path: ['spec', service, 'template', 'extraMounts'], entries: asObject(asObject(spec[service]).template).extraMounts },
    { path: ['spec', 'extraMounts'], entries: spec.extraMounts },
  ];
  // Instance names are one namespace across services: a top-level [name] entry would reach them all.
  const shared = cp.pods.some((p) => p.instance === name && p.service !== service);
  const files: ImportedFile[] = [];
  for (const list of lists) {
    if (!Array.isArray(list.entries) || (shared && list.path[1] === 'extraMounts')) continue;
    list.entries.forEach((entry, i) => {
      const extraVol = asObject(entry).extraVol;
      if (!Array.isArray(extraVol)) return;
      extraVol.forEach((raw, j) => {
        const path = [...list.path, i, 'extraVol', j];
        const key = JSON.stringify(path);
        if (ctx.coveredMounts.has(key)) return;
        const got = filesOf(asObject(raw), name);
        if (!got || got.some((f) => files.some((g) => g.name === f.name))) return;
        files.push(...got);
        ctx.coveredMounts.add(key);
      });
    });
  }
  return files;
}

/** The files an extraVol mounts into back end `name` only, or undefined when it is not that shape. */
function filesOf(v: Record<string, any>, name: string): ImportedFile[] | undefined {
  if (!Array.isArray(v.propagation) || v.propagation.length !== 1 || v.propagation[0] !== name) return undefined;
  const volumes = Array.isArray(v.volumes) ? v.volumes.map(asObject) : [];
  const mounts = Array.isArray(v.mounts) ? v.mounts.map(asObject) : [];
  if (volumes.length === 0 || mounts.length === 0) return undefined;
  const out: ImportedFile[] = [];
  for (const m of mounts) {
    const vol = volumes.find((x) => x.name === m.name);
    // render mounts files read-only with subPath from a Secret; anything else is not a file of the back end.
    if (!vol?.secret?.secretName || typeof m.subPath !== 'string' || typeof m.mountPath !== 'string' || m.readOnly !== true) return undefined;
    const items: Array<Record<string, any>> | undefined = Array.isArray(vol.secret.items) ? vol.secret.items.map(asObject) : undefined;
    const item = items?.find((it) => it.path === m.subPath);
    if (items && !item) return undefined;
    const key = item ? String(item.key) : m.subPath;
    if (out.some((f) => f.name === m.subPath)) return undefined;
    out.push({ name: m.subPath, mountPath: m.mountPath, secretName: vol.secret.secretName, ...(key !== m.subPath ? { key } : {}) });
  }
  // Every volume must be used by a mount (an unused one would be lost).
  return volumes.every((vol) => mounts.some((m) => m.name === vol.name)) ? out : undefined;
}
