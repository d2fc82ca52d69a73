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
import { timesTaken } from '../propagation/simulate.js';
import { asObject, keep, note, secretVolumeName, withSecretName, type ImportContext } from './context.js';
import { narrowestPropagation } from './propagation.js';

/** A spec.mounts entry before it is named: the source volume's name, and where it came from. */
export interface UnnamedMount {
  path: Path;
  volumeName: string;
  entry: Record<string, unknown>;
}

/**
 * `reserved`: the names of the extraMounts entries render generates from the
 * rest of the inventory (a mount of that name would replace one, RB045): a
 * source volume of such a name is imported under another, with a note.
 * `extra`: mounts other stages made (ceph.ts: the source's Ceph volume for
 * the pods that read no cluster), named after the others.
 */
export function importMounts(ctx: ImportContext, covered: ReadonlySet<string>, reserved: ReadonlySet<string> = new Set(), extra: readonly UnnamedMount[] = []): Record<string, unknown>[] {
  const cp = ctx.controlPlane;
  if (!cp) return [];
  const found: UnnamedMount[] = [];
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
        const m = importExtraVol(ctx, asObject(raw), path);
        if (m) found.push({ path, volumeName: m.volumeName, entry: m.entry });
      });
    });
  }
  const names = new Set<string>(reserved);
  return [...found, ...extra].map((m) => ({ name: uniqueName(ctx, m, names, reserved), ...m.entry }));
}

/** The volume's name, unless render generates an entry of that name or another mount has it. */
function uniqueName(ctx: ImportContext, m: UnnamedMount, names: Set<string>, reserved: ReadonlySet<string>): string {
  let name = m.volumeName;
  if (reserved.has(name)) {
    name = `${m.volumeName}-extra`;
    note(ctx, ctx.controlPlane!.item, [...m.path, 'volumes', 0, 'name'], 'info', `this mount is imported as "${name}": render generates an extraMounts entry named ${m.volumeName} from the inventory, which a mount of that name would replace (RB045)`);
  }
  for (let k = 2; names.has(name); k++) name = `${m.volumeName}-${k}`;
  names.add(name);
  return name;
}

function importExtraVol(ctx: ImportContext, v: Record<string, any>, path: Path): { volumeName: string; entry: Record<string, unknown> } | undefined {
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
  const reached = new Set(cp.mounts.filter((pm) => pm.takes.some((t) => JSON.stringify(t.path) === JSON.stringify(path))).map((pm) => pm.pod.id));
  if (reached.size === 0) {
    note(ctx, cp.item, path, 'info', 'this extraMounts entry reaches no pod this control plane defines (they are defined elsewhere, e.g. in a kustomize base): import cannot tell which pods it is for, so it stays in the control plane');
    keep(ctx, cp.item, path, 'it reaches no pod this control plane defines');
    return undefined;
  }
  if (dropped.length > 0) note(ctx, cp.item, [...path, 'propagation'], 'warning', `propagation value${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')} match${dropped.length > 1 ? '' : 'es'} no pod: import dropped ${dropped.length > 1 ? 'them' : 'it'} (the entry reaches the same pods without)`);
  const { name: volumeName, ...source } = volumes[0];
  if (source.secret !== undefined) {
    secretVolumeName(ctx, cp.item, [...path, 'volumes', 0], source.secret);
    source.secret = withSecretName(source.secret);
  }
  const kept = keptReach(ctx, path, propagation.length > 0 ? propagation : ['All'], reached);
  if (!kept) return undefined;
  const mount = mounts[0];
  const out: Record<string, unknown> = { propagation: kept, volume: source, mountPath: mount.mountPath };
  if (typeof mount.subPath === 'string') out.subPath = mount.subPath;
  if (mount.readOnly !== true) out.readOnly = false;
  return { volumeName: String(volumeName), entry: out };
}

/**
 * The propagation of a spec.mounts entry that reaches the pods the source
 * entry reaches. The source's values do, unless the entry is in a service's
 * template list, which only that service's pods read: render places a mount
 * by its values alone (All, or a value of several services, goes to the
 * top-level list), so there the values could reach more; the narrowest
 * propagation that reaches exactly those pods is written instead, with a
 * note. Undefined (the entry is kept, with a note) when there is none.
 */
function keptReach(ctx: ImportContext, path: Path, values: string[], reached: ReadonlySet<string>): string[] | undefined {
  const cp = ctx.controlPlane!;
  const storagePods = cp.pods.filter((p) => timesTaken(values, p.svc).times > 0).map((p) => p.id);
  const inTemplate = path[1] !== 'extraMounts';
  if (!inTemplate || (storagePods.length === reached.size && storagePods.every((id) => reached.has(id)) && !values.includes('All'))) return values;
  const narrow = narrowestPropagation(cp.pods, reached);
  if (!narrow) {
    note(ctx, cp.item, path, 'warning', `this extraMounts entry of spec.${String(path[1])}.template reaches ${[...reached].join(', ')}; no propagation reaches exactly these pods from spec.mounts: it stays in the control plane`);
    keep(ctx, cp.item, path, 'no propagation reaches exactly its pods from spec.mounts');
    return undefined;
  }
  note(ctx, cp.item, [...path, 'propagation'], 'info', `this extraMounts entry of spec.${String(path[1])}.template reaches ${[...reached].join(', ')}: imported with propagation ${narrow.join(', ')}, which reaches exactly these pods wherever render places the mount`);
  return narrow;
}
