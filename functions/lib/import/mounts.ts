/**
 * extraMounts -> spec.mounts. Entries that hold a Ceph cluster's Secret are
 * generated from spec.ceph (render gives them to exactly the pods that read
 * the cluster) and are not repeated here. Every other extraVol with one
 * volume and one mount becomes a spec.mounts entry with the same reach:
 * propagation values that match no pod (the published `CinderBackups` typo)
 * are dropped, since they never reached anything. An entry that reaches no
 * pod the control plane defines (a patch over a base) is kept: its reach
 * cannot be told. A secret volume's misspelt `name` is read as secretName,
 * and a name render generates from the inventory is not reused. Anything
 * else is kept.
 */
import type { Path } from '../manifest/manifest-index.js';
import { asObject, keep, note, secretVolumeName, type ImportContext } from './context.js';

/**
 * `reserved`: the names of the extraMounts entries render generates from the
 * rest of the inventory (a mount of that name would replace one, RB045): a
 * source volume of such a name is imported under another, with a note.
 */
export function importMounts(ctx: ImportContext, covered: ReadonlySet<string>, reserved: ReadonlySet<string> = new Set()): Record<string, unknown>[] {
  const cp = ctx.controlPlane;
  if (!cp) return [];
  const out: Record<string, unknown>[] = [];
  const names = new Set<string>(reserved);
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
        const m = importExtraVol(ctx, asObject(raw), path, names, reserved);
        if (m) out.push(m);
      });
    });
  }
  return out;
}

function importExtraVol(ctx: ImportContext, v: Record<string, any>, path: Path, names: Set<string>, reserved: ReadonlySet<string>): Record<string, unknown> | undefined {
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
  // No pod of this control plane takes it (a kustomize patch whose base defines the pods): its reach cannot be
  // told, and render could not adopt the copy it would write next to it (both would mount in the base's pods).
  if (!cp.mounts.some((pm) => pm.takes.some((t) => JSON.stringify(t.path) === JSON.stringify(path)))) {
    note(ctx, cp.item, path, 'info', 'this extraMounts entry reaches no pod this control plane defines (they are defined elsewhere, e.g. in a kustomize base): import cannot tell which pods it is for, so it stays in the control plane');
    keep(ctx, cp.item, path, 'it reaches no pod this control plane defines');
    return undefined;
  }
  if (dropped.length > 0) note(ctx, cp.item, [...path, 'propagation'], 'warning', `propagation value${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')} match${dropped.length > 1 ? '' : 'es'} no pod: import dropped ${dropped.length > 1 ? 'them' : 'it'} (the entry reaches the same pods without)`);
  const { name: volumeName, ...source } = volumes[0];
  if (source.secret !== undefined) {
    const secretName = secretVolumeName(ctx, cp.item, [...path, 'volumes', 0], source.secret);
    if (secretName !== undefined && asObject(source.secret).secretName === undefined) {
      const { name: _misspelt, ...rest } = asObject(source.secret);
      source.secret = { secretName, ...rest };
    }
  }
  let name = String(volumeName);
  if (reserved.has(name)) {
    name = `${volumeName}-extra`;
    note(ctx, cp.item, [...path, 'volumes', 0, 'name'], 'info', `this mount is imported as "${name}": render generates an extraMounts entry named ${String(volumeName)} from the inventory, which a mount of that name would replace (RB045)`);
  }
  for (let k = 2; names.has(name); k++) name = `${volumeName}-${k}`;
  names.add(name);
  const mount = mounts[0];
  const out: Record<string, unknown> = { name, propagation: propagation.length > 0 ? propagation : ['All'], volume: source, mountPath: mount.mountPath };
  if (typeof mount.subPath === 'string') out.subPath = mount.subPath;
  if (mount.readOnly !== true) out.readOnly = false;
  return out;
}
