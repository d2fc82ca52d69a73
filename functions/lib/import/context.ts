/**
 * What the import stages share: the source's manifest index, and the lists
 * each stage returns into (kept entries, placeholders, import's own notes).
 * Stages read the source and add to the draft inventory; none of them
 * changes the source.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, type Item } from '../io/resources.js';
import type { ControlPlane, ManifestIndex, Version } from '../manifest/manifest-index.js';
import type { Path } from '../manifest/manifest-index.js';

export interface Kept {
  /** File of the hand-written control plane (package-relative). */
  path: string;
  /** JSON pointer of the entry inside that object. */
  pointer: string;
  why: string;
}

export interface Placeholder {
  /** Path of the placeholder in the inventory. */
  field: (string | number)[];
  what: string;
}

/** A Ceph cluster as import pieces it together from mounts and options. */
export interface CephDraft {
  name: string;
  /** Directory of <name>.conf (the mount path of the cluster Secret). */
  dir: string;
  fsid?: string;
  secretName?: string;
  /** Client users per reader, as the options name them. */
  users: Partial<Record<'cinder' | 'cinderBackup' | 'glance' | 'manila', string>>;
  pools: Partial<Record<'volumes' | 'images' | 'backups', string>>;
  /** The source mounts only some keys of the cluster's Secret (items): each pod its conf and own keyring. */
  selective?: boolean;
  /** Where the cluster was first seen (for messages). */
  seenAt: { item: Item; path: Path };
  readers: import('./ceph.js').CephReader[];
}

export interface ImportContext {
  items: readonly Item[];
  index: ManifestIndex;
  controlPlane?: ControlPlane;
  version?: Version;
  ceph: CephDraft[];
  kept: Kept[];
  placeholders: Placeholder[];
  notes: Diagnostic[];
  /** extraVol entries (JSON of their path in the control plane) an inventory field now generates: not repeated as spec.mounts. */
  coveredMounts: Set<string>;
  /** Volumes (JSON of their path) whose `secret.name` import read as secretName: noted once. */
  misspeltSecretNames: Set<string>;
  /** validate's findings on the source (import resolves some of them). */
  sourceFindings: readonly Diagnostic[];
}

/** The value written where the source lacks what the inventory needs; render refuses it (RB058). */
export { placeholderText as placeholder } from '../inventory/placeholders.js';

export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function keep(ctx: ImportContext, item: Item, path: Path, why: string): void {
  ctx.kept.push({ path: item.path, pointer: pointerOf(path), why });
}

/** One of import's own findings (rule `import`), at a place in the source. */
export function note(ctx: ImportContext, item: Item, path: Path, severity: Diagnostic['severity'], message: string, hint?: string): void {
  ctx.notes.push(diagnosticAt(item, path, { severity, rule: 'import', message, hint }));
}

export const asObject = (v: unknown): Record<string, any> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {});

/**
 * The Secret a secret volume names. `secret: {name: X}` without secretName
 * is a published bug (validate: RB190; the API server drops `name`, so the
 * pod gets no Secret): import reads it as secretName X, the only reading
 * there is, and says so with `note` (at the volume's path).
 */
export function secretVolumeName(ctx: ImportContext, item: Item, volumePath: Path, secret: unknown): string | undefined {
  const s = asObject(secret);
  if (typeof s.secretName === 'string') return s.secretName;
  if (typeof s.name !== 'string') return undefined;
  const key = JSON.stringify(volumePath);
  if (!ctx.misspeltSecretNames.has(key)) {
    ctx.misspeltSecretNames.add(key);
    note(ctx, item, [...volumePath, 'secret', 'name'], 'warning', `secret volume with name: ${s.name} instead of secretName (published bug: the API server drops name, so the pods get no Secret): import read it as secretName: ${s.name}`, 'write secretName in the control plane too, or let the inventory own this mount (`rhoso-backends adopt`)');
  }
  return s.name;
}

/** A secret volume source with a misspelt `name` written as secretName (secretVolumeName says so). */
export function withSecretName(secret: unknown): Record<string, unknown> {
  const { name, ...rest } = asObject(secret);
  return rest.secretName === undefined && typeof name === 'string' ? { secretName: name, ...rest } : asObject(secret);
}

/**
 * An INI value as an inventory option: a boolean or number only when the
 * inventory writes it back as the same text (so `False` stays a string and
 * render writes exactly what the source has).
 */
export function optionValue(read: string): string | number | boolean {
  // `read` is what oslo.config reads (ini/compare iniOptions removed the outer quotes; removing them
  // again would turn "'x'" into x); render quotes it again where needed.
  const text = read;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^-?(0|[1-9][0-9]{0,14})$/.test(text)) return Number(text);
  return text;
}


/**
 * The source's INI text is what render writes for a catalog value: only then
 * is the option left to the catalog. `False` for a default `false` stays an
 * option (render writes the user's spelling; oslo.config reads both alike).
 */
export function sameOptionValue(read: string, value: string | number | boolean): boolean {
  return read === (typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value));
}

/** A source entry's topologyRef as the inventory's field (name, and namespace when set). */
export function importTopologyRef(value: Record<string, any>): Record<string, string> | undefined {
  const ref = asObject(value.topologyRef);
  if (typeof ref.name !== 'string' || ref.name === '') return undefined;
  return typeof ref.namespace === 'string' && ref.namespace !== '' ? { name: ref.name, namespace: ref.namespace } : { name: ref.name };
}

/**
 * An entry that sets a field the inventory has no field for (resources,
 * override, ...) stays the user's whole: importing the rest would have render
 * write the entry without that field (refused on adoption, and lost once
 * `adopt` hands the entry over). Listed as kept, with a warning. `skip`:
 * fields not to count (a field the CRD does not have, which validate reports).
 */
export function keptForUnmappedFields(ctx: ImportContext, item: Item, path: Path, value: Record<string, unknown>, mapped: ReadonlySet<string>, what: string, skip: (field: string) => boolean = () => false): boolean {
  // Left out, or empty (`resources: {}` in vendor guides): the operators read these alike (pipeline/adopt.ts).
  const empty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && Object.keys(v as object).length === 0);
  const fields = Object.keys(value).filter((f) => !mapped.has(f) && !skip(f) && !empty(value[f]));
  if (fields.length === 0) return false;
  const list = fields.join(', ');
  keep(ctx, item, path, `${what.replace(/"/g, '')}: the inventory has no field for ${list}`);
  note(ctx, item, [...path, fields[0]], 'warning', `${what} is kept in the control plane: it sets ${list}, which the inventory has no field for (render would write the entry without ${fields.length === 1 ? 'it' : 'them'})`, `keep the entry in the control plane as it is (the inventory leaves it alone), or delete ${list} there and import again`);
  return true;
}
