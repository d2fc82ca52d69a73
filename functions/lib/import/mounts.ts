/**
 * extraMounts -> spec.mounts. Entries that hold a Ceph cluster's Secret are
 * generated from spec.ceph (render gives them to exactly the pods that read
 * the cluster) and are not repeated here. Every other extraVol with one
 * volume and one mount becomes a spec.mounts entry with the same reach:
 * propagation values that match no pod (the published `CinderBackups` typo)
 * are dropped, since they never reached anything. Anything else is kept.
 */
import type { Path } from '../manifest/manifest-index.js';
import { asObject, keep, note, type ImportContext } from './context.js';

export function importMounts(ctx: ImportContext, covered: ReadonlySet<string>): Record<string, unknown>[] {
  const cp = ctx.controlPlane;
  if (!cp) return [];
  const out: Record<string, unknown>[] = [];
  const names = new Set<string>();
  const spec = asObject(cp.obj.spec);
  const lists: Array<{ path: Path; entries: unknown }> = [
    { path: ['spec', 'extraMounts'], entries: spec.extraMounts },
    ...(['cinder', 'manila', 'glance'] as const).map((s) => ({ path: ['spec', s, 'template', 'extraMounts'] as Path, entries: asObject(asObject(spec[s]).template).extraMounts })),
  ];
  for (const list of lists) {
    if (!Array.isArray(list.entries)) continue;
    list.entries.forEach((entry, i) => {
      const extraVol = asObject(entry).extraVol;
      if (!Array.isArray(extraVol)) return;
      extraVol.forEach((raw, j) => {
        const path = [...list.path, i, 'extraVol', j];
        if (covered.has(JSON.stringify(path))) return;
        const m = importExtraVol(ctx, asObject(raw), path, names);
        if (m) out.push(m);
      });
    });
  }
  return out;
}

function importExtraVol(ctx: ImportContext, v: Record<string, any>, path: Path, names: Set<string>): Record<string, unknown> | undefined {
  const cp = ctx.controlPlane!;
  const volumes = Array.isArray(v.volumes) ? v.volumes.map(asObject) : [];
  const mounts = Array.isArray(v.mounts) ? v.mounts.map(asObject) : [];
  if (volumes.length !== 1 || mounts.length !== 1 || mounts[0].name !== volumes[0].name || typeof mounts[0].mountPath !== 'string') {
    keep(ctx, cp.item, path, 'an extraVol with several volumes or mounts: spec.mounts entries have one of each');
    return undefined;
  }
  const given: string[] = Array.isArray(v.propagation) ? v.propagation.filter((p: unknown): p is string => typeof p === 'string') : [];
  const propagation = given.filter((p) => cp.validValues.has(p));
  const dropped = given.filter((p) => !cp.validValues.has(p));
  if (given.length > 0 && propagation.length === 0) {
    note(ctx, cp.item, [...path, 'propagation'], 'warning', `this extraMounts entry reaches no pod (${dropped.join(', ')} match nothing): not imported`, 'remove it from the control plane, or fix its propagation');
    keep(ctx, cp.item, path, 'its propagation matches no pod');
    return undefined;
  }
  if (dropped.length > 0) note(ctx, cp.item, [...path, 'propagation'], 'warning', `propagation value${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')} match${dropped.length > 1 ? '' : 'es'} no pod: import dropped ${dropped.length > 1 ? 'them' : 'it'} (the entry reaches the same pods without)`);
  const { name: volumeName, ...source } = volumes[0];
  let name = String(volumeName);
  for (let k = 2; names.has(name); k++) name = `${volumeName}-${k}`;
  names.add(name);
  const mount = mounts[0];
  const out: Record<string, unknown> = { name, propagation: propagation.length > 0 ? propagation : ['All'], volume: source, mountPath: mount.mountPath };
  if (typeof mount.subPath === 'string') out.subPath = mount.subPath;
  if (mount.readOnly !== true) out.readOnly = false;
  return out;
}
