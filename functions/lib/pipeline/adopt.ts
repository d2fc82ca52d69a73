/**
 * Adoption: the hand-written control plane or version already holds what an
 * owned entry would write, in the user's own words. Merge then records the
 * entry as owned and keeps the user's text (never rewritten while it stays
 * equal, so rendering twice is byte-identical); anything else is a conflict
 * reported with what differs. Two forms:
 *
 * - by value (entryDifferences): the entry at the owned pointer reads the same
 *   to the operators: customServiceConfig as oslo.config reads it
 *   (ini/compare.ts) and the service (equivalent-forms.yaml `options`), the
 *   lists of schema/equivalent-forms.yaml in any order, a field left out
 *   equal to its default there, label-only fields ignored.
 * - by reach (reachVerdicts): a generated extraMounts item the package does
 *   not hold by name, whose volumes the user's own extraMounts already give
 *   exactly the same pods (same source, mountPath, subPath, readOnly; pods per
 *   the propagation simulator), and to no pod besides those the generated
 *   items together give that volume. The generated item is not added (it would
 *   mount /etc/ceph a second time). Judged again on every run, so a changed
 *   inventory never hides behind an earlier adoption.
 *
 * Values are never echoed for credential-like options (SECRET_OPTION).
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, type Document } from 'yaml';
import { equivalentForms } from '../../../build/generated/reference-data.mjs';
import { fieldPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { OwnedEntry } from '../expand/plan.js';
import { compareIniOptions, describeIniDifference, iniOptions, iniSection, upperCaseList, type IniOptions } from '../ini/compare.js';
import { diagnosticAt, type Item } from '../io/resources.js';
import { simulate, timesTaken, volumeSource, type Pod } from '../propagation/simulate.js';
import { SECRET_OPTION } from '../rules/inventory/credential-keys.js';
import { iniPartLabel, type IniPart } from './adopt-template-config.js';
import { manilaTemplateBackend, MANILA_TEMPLATE_CONFIG } from './adopt-manila-template.js';
import type { AdoptedObject } from '../dataplane/adopt-objects.js';

/** A hand-written entry merge adopted (recorded as owned, the user's text kept). */
export interface Adoption {
  /** The control plane / version that holds it. */
  item: Item;
  /** Owned-field pointer of the generated entry. */
  pointer: string;
  entry: OwnedEntry;
  /** By reach: the user's mounts that already give the pods what the generated item would. */
  reach?: UserMount[];
  /** Parts of a hand-written INI text the inventory writes elsewhere (adopt-template-config.ts), and where: `adopt` deletes only those. */
  ini?: { path: (string | number)[]; parts: IniPart[]; writtenBy: string };
  /** An earlier run recorded it (managed-fields / adopted-mounts annotation): not reported again. */
  recorded: boolean;
}

/** One volume mount of a user's extraMounts entry. */
export interface UserMount {
  /** Pointer of the user's list item: spec.extraMounts[name=v1] (or spec.extraMounts[0] without a name). */
  itemPointer: string;
  /** Path of its extraVol entry in the control plane. */
  extraVol: (string | number)[];
  volume: string;
  mountPath: string;
  subPath?: string;
}

// ---------------------------------------------------------------------------
// By value

const segments = (p: string) => p.split('.');
const DEFAULTS = equivalentForms.defaults.map((d) => ({ pattern: segments(d.path), value: d.value }));
const SETS = equivalentForms.sets.map((s) => segments(s.path));
const IGNORED = equivalentForms.ignored.map((s) => segments(s.path));
const OPTION_FORMS = equivalentForms.options.map((o) => {
  const [section, key] = o.option.split('.');
  return {
    pattern: segments(o.path),
    // '*': the option in any section but DEFAULT (a back end's own section, whatever its name).
    section,
    key,
    upperCase: o.upperCase === true,
    unread: o.unread === true,
    default: o.default === undefined ? undefined : String(o.default),
    // Left out, the operator writes it: the comma list of the sections that set this option.
    sectionsSetting: typeof o.sectionsSetting === 'string' ? o.sectionsSetting : undefined,
  };
});
const VOLUME = [segments('spec.*.template.extraMounts.*.extraVol.*.volumes.*'), segments('spec.extraMounts.*.extraVol.*.volumes.*')];
const EXTRA_VOL = [segments('spec.*.template.extraMounts.*.extraVol.*'), segments('spec.extraMounts.*.extraVol.*')];

const matches = (pattern: readonly string[], path: readonly (string | number)[]) =>
  pattern.length === path.length && pattern.every((p, i) => p === '*' || p === String(path[i]));

/** The value a field left out reads as, if equivalent-forms.yaml names one. */
function defaultAt(path: readonly (string | number)[]): { value: unknown } | undefined {
  const d = DEFAULTS.find((x) => matches(x.pattern, path));
  return d ? { value: d.value } : undefined;
}

/** What a diagnostic shows of a credential-like option's value. */
export const maskCredential = (key: string, value: string): string => (SECRET_OPTION.test(key) ? '***' : value);

/** Never echoed: credential-like keys, and whole INI texts (they may hold credentials; their differences are listed instead). */
const hidden = (key: string) => key === 'customServiceConfig' || SECRET_OPTION.test(key);
const MAX_SHOWN = 60;
/** INI differences listed per customServiceConfig (then how many more). */
const MAX_INI = 4;
function show(value: unknown, key?: string | number): string {
  if (typeof key === 'string' && hidden(key)) return '***';
  const text = JSON.stringify(value, (k, v) => (k && hidden(k) ? '***' : v)) ?? String(value);
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN - 3)}...`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** YAML `key:` with nothing after it: Kubernetes reads it as left out. */
const absent = (v: unknown) => v === undefined || v === null;
/** Left out, or an empty list or map: the operators (Go, omitempty) read these alike. */
const empty = (v: unknown) => absent(v) || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);

/**
 * What differs between the value the inventory generates for `entry` and
 * the hand-written one, one line each (empty: the operators read both the
 * same). Lines read "<field>: <inventory's> ..., not <hand-written>" and
 * "... is missing / is extra" for what the hand-written entry lacks or adds.
 */
export function entryDifferences(entry: OwnedEntry, written: unknown, doc?: Document): string[] {
  const root = entry.kind === 'item' ? [...entry.path, 0] : [...entry.path, entry.key];
  const out: string[] = [];
  compare(root, [], entry.value, withInheritedConfig(entry, written, doc), out);
  return out;
}

const GLANCE_APIS = ['spec', 'glance', 'template', 'glanceAPIs'];

/**
 * glance-operator hands a GlanceAPI the template's customServiceConfig when
 * the API sets none (glance_controller.go), which is how the upstream glance
 * samples configure their one API: that is the config the API reads.
 */
function withInheritedConfig(entry: OwnedEntry, written: unknown, doc: Document | undefined): unknown {
  if (doc && entry.kind === 'key' && entry.path.join('.') === MANILA_SHARES.join('.') && isObject(written)) return withTemplateBackend(written, doc);
  if (!doc || entry.kind !== 'key' || entry.path.join('.') !== GLANCE_APIS.join('.') || !isObject(written) || !empty(written.customServiceConfig)) return written;
  const inherited = doc.getIn(['spec', 'glance', 'template', 'customServiceConfig']);
  return typeof inherited === 'string' ? { ...written, customServiceConfig: inherited } : written;
}

const MANILA_SHARES = ['spec', 'manila', 'template', 'manilaShares'];

/**
 * manila-operator adds the template's customServiceConfig to every manila pod
 * before the pod's own: a share without a back end of its own serves the
 * template's (adopt-manila-template.ts), so that back end's lines are part of
 * what the share reads (the template's other options are every pod's, not the share's).
 */
function withTemplateBackend(written: Record<string, unknown>, doc: Document): unknown {
  const template = doc.getIn(MANILA_TEMPLATE_CONFIG);
  const own = typeof written.customServiceConfig === 'string' ? written.customServiceConfig : '';
  const backend = typeof template === 'string' ? manilaTemplateBackend(template, own) : undefined;
  return backend ? { ...written, customServiceConfig: backend.text + own } : written;
}

/**
 * Two INI texts' options as the service reads them (equivalent-forms.yaml
 * `options`): an unread option is dropped (a section it leaves empty reads as
 * absent), an upper-cased list is upper-cased, and an option one side leaves
 * out reads as its default where the other side sets it.
 */
function asServiceReads(a: IniOptions, b: IniOptions, forms: typeof OPTION_FORMS): [IniOptions, IniOptions] {
  if (forms.length === 0) return [a, b];
  const copy = (ini: IniOptions): IniOptions => new Map([...ini].map(([section, options]) => [section, new Map(options)]));
  const [left, right] = [copy(a), copy(b)];
  const sectionNames = (name: string) =>
    name === '*' ? [...new Set([...left.keys(), ...right.keys()])].filter((x) => x.toUpperCase() !== 'DEFAULT') : [name];
  const sortedList = (v: string) => v.split(',').map((p) => p.trim()).filter(Boolean).sort().join(',');
  for (const f of forms) {
    if (f.sectionsSetting) {
      // Both sides as the operator leaves them: the list given, else the sections that set the option; compared as a set.
      for (const ini of [left, right]) {
        const own = iniSection(ini, f.section);
        const given = own?.[1].get(f.key);
        const value = given ? sortedList(given[given.length - 1]) : [...ini].filter(([, o]) => o.has(f.sectionsSetting!)).map(([name]) => name).sort().join(',');
        if (!value) continue;
        const name = own?.[0] ?? f.section;
        ini.set(name, new Map([...(own?.[1] ?? []), [f.key, [value]]]));
      }
      continue;
    }
    for (const section of sectionNames(f.section)) {
      for (const [ini, other] of [[left, right], [right, left]]) {
        const own = iniSection(ini, section);
        const theirs = iniSection(other, section);
        const values = own?.[1].get(f.key);
        if (f.unread && own && values) {
          own[1].delete(f.key);
          if (own[1].size === 0) ini.delete(own[0]);
        } else if (f.upperCase && own && values) {
          own[1].set(f.key, values.map(upperCaseList));
        } else if (f.default !== undefined && !values && theirs?.[1].has(f.key)) {
          const name = own?.[0] ?? theirs[0];
          ini.set(name, new Map([...(own?.[1] ?? []), [f.key, [f.default]]]));
        }
      }
    }
  }
  return [left, right];
}

function compare(abs: (string | number)[], rel: (string | number)[], generated: unknown, written: unknown, out: string[]): void {
  if (isDeepStrictEqual(generated, written)) return;
  const label = (text: string) => (rel.length ? `${fieldPath(rel)}: ${text}` : text);
  const last = abs[abs.length - 1];
  if (last === 'customServiceConfig' && typeof generated === 'string' && typeof written === 'string') {
    // Inventory's first: "[s] k is <inventory's>, not <hand-written>"; missing/extra: in the hand-written one.
    const forms = OPTION_FORMS.filter((f) => matches(f.pattern, abs));
    const lines = compareIniOptions(...asServiceReads(iniOptions(generated), iniOptions(written), forms)).map((d) => describeIniDifference(d, maskCredential));
    if (lines.length) out.push(label(lines.length <= MAX_INI ? lines.join(', ') : `${lines.slice(0, MAX_INI).join(', ')} and ${lines.length - MAX_INI} more`));
    return;
  }
  if (Array.isArray(generated) && Array.isArray(written)) {
    if (SETS.some((p) => matches(p, abs))) {
      for (const g of generated) if (!written.some((w) => isDeepStrictEqual(g, w))) out.push(label(`${show(g)} is missing`));
      for (const w of written) if (!generated.some((g) => isDeepStrictEqual(g, w))) out.push(label(`${show(w)} is extra`));
      return;
    }
    if (generated.length !== written.length) {
      out.push(label(`has ${written.length} item(s), not ${generated.length}`));
      return;
    }
    generated.forEach((g, i) => compare([...abs, i], [...rel, i], g, written[i], out));
    return;
  }
  if (isObject(generated) && isObject(written)) {
    // An extraVol entry: its volumes and mounts as the pod gets them (volume names are local to the entry), then the rest.
    if (EXTRA_VOL.some((p) => matches(p, abs)) && isDeepStrictEqual(mountSignatures(generated), mountSignatures(written))) {
      const rest = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'volumes' && k !== 'mounts'));
      compareKeys(abs, rel, rest(generated), rest(written), out);
      return;
    }
    // An extraMounts volume: as the pod gets it (a projected volume of one Secret is that Secret's volume, defaultMode 0644 is the default).
    if (VOLUME.some((p) => matches(p, abs)) && generated.name === written.name && isDeepStrictEqual(normalizeVolume(generated), normalizeVolume(written))) return;
    compareKeys(abs, rel, generated, written, out);
    return;
  }
  const text = `is ${show(generated, last)}, not ${show(written, last)}`;
  out.push(rel.length ? `${fieldPath(rel)} ${text}` : text);
}

/** Field by field: a field left out reads as its default (equivalent-forms.yaml), ignored fields are skipped. */
function compareKeys(abs: (string | number)[], rel: (string | number)[], generated: Record<string, unknown>, written: Record<string, unknown>, out: string[]): void {
  const keys = [...Object.keys(generated), ...Object.keys(written).filter((k) => !(k in generated))];
  for (const k of keys) {
    const at = [...abs, k];
    if (IGNORED.some((p) => matches(p, at))) continue;
    const g = generated[k];
    const w = written[k];
    if (empty(g) && empty(w)) continue;
    const d = defaultAt(at);
    const named = (v: unknown) => (k === 'customServiceConfig' ? fieldPath([...rel, k]) : `${fieldPath([...rel, k])} = ${show(v, k)}`);
    if (absent(w)) {
      if (!d || !isDeepStrictEqual(d.value, g)) out.push(`${named(g)} is missing`);
    } else if (absent(g)) {
      if (!d || !isDeepStrictEqual(d.value, w)) out.push(`${named(w)} is extra`);
    } else compare(at, [...rel, k], g, w, out);
  }
}

// ---------------------------------------------------------------------------
// By reach

export type ReachVerdict =
  | { kind: 'adopted'; mounts: UserMount[] }
  | { kind: 'differs'; differences: string[]; userItems: string[] };

/** What makes two mounts the same to a pod: the volume's source and how it is mounted (names are local to the entry). */
interface MountSignature {
  key: string;
  /** For messages: secret:ceph-conf-files at /etc/ceph, read-only. */
  text: string;
  mountPath: string;
  subPath: string;
}

interface PodView {
  pod: Pod;
  /** The user's own mounts this pod receives. */
  mounts: Array<UserMount & { signature: MountSignature }>;
}

const STORAGE_SERVICES = ['cinder', 'manila', 'glance'] as const;

/** The extraMounts lists of a control plane: the top-level one and each storage service's. */
export const MOUNT_LISTS: string[][] = [['spec', 'extraMounts'], ...STORAGE_SERVICES.map((s) => ['spec', s, 'template', 'extraMounts'])];

export const isMountList = (path: readonly string[]) => MOUNT_LISTS.some((l) => l.length === path.length && l.every((s, i) => s === path[i]));

/** The pointer of a list item: by name when it has one (as owned pointers are), else by index. */
export function listItemPointer(listPath: readonly (string | number)[], entry: unknown, index: number): string {
  const name = isObject(entry) ? entry.name : undefined;
  return typeof name === 'string' ? `${fieldPath(listPath)}[name=${name}]` : fieldPath([...listPath, index]);
}

function signature(volume: Record<string, any> | undefined, mount: Record<string, any>): MountSignature {
  const mountPath = String(mount.mountPath ?? '').replace(/(.)\/+$/, '$1');
  const subPath = typeof mount.subPath === 'string' ? mount.subPath : '';
  const source = normalizeVolume(volume && subPath ? narrowedToSubPath(volume, subPath) : volume);
  const rest = Object.fromEntries(Object.entries(mount).filter(([k, v]) => !['name', 'mountPath', 'subPath', 'readOnly'].includes(k) && !absent(v)));
  const readOnly = mount.readOnly === true;
  const items = volume?.secret?.items ?? volume?.configMap?.items;
  const keys = Array.isArray(items) ? ` (keys ${items.map((i: any) => i?.key).join(', ')})` : '';
  return {
    key: JSON.stringify([source, mountPath, subPath, readOnly, sortKeys(rest)]),
    text: `${volumeSource(volume)}${keys} at ${mountPath}${subPath ? ` (subPath ${subPath})` : ''}, ${readOnly ? 'read-only' : 'read-write'}`,
    mountPath,
    subPath,
  };
}

/** A volume's source as the pod gets it: its name dropped, defaults and item order (a set of keys) normalized. */
function normalizeVolume(volume: Record<string, any> | undefined): unknown {
  if (!volume) return null;
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(singleSecret(volume) ?? volume)) {
    if (k === 'name' || absent(v)) continue;
    if (isObject(v)) {
      const src: Record<string, any> = { ...v };
      if (src.defaultMode === 420) delete src.defaultMode;
      if (Array.isArray(src.items)) src.items = [...src.items].map(sortKeys).sort((a: any, b: any) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      out[k] = sortKeys(src);
    } else out[k] = v;
  }
  return sortKeys(out);
}

/**
 * What a subPath mount of a secret or configMap volume shows: the items under
 * that path only; one item whose key and path are the subPath shows what the
 * whole volume shows there (every key lands at its own name).
 */
function narrowedToSubPath(volume: Record<string, any>, subPath: string): Record<string, any> {
  const kind = isObject(volume.secret) ? 'secret' : isObject(volume.configMap) ? 'configMap' : undefined;
  const items = kind ? volume[kind].items : undefined;
  if (!kind || !Array.isArray(items)) return volume;
  const shown = items.filter((i: any) => isObject(i) && (i.path === subPath || String(i.path).startsWith(`${subPath}/`)));
  const whole = shown.length === 1 && shown[0].key === subPath && shown[0].path === subPath && shown[0].mode === undefined;
  const { items: _items, ...rest } = volume[kind];
  return { ...volume, [kind]: whole ? rest : { ...rest, items: shown } };
}

/**
 * A projected volume of one Secret, as the upstream Ceph samples write it,
 * puts the same files at the mount path as a secret volume of that Secret
 * (the kubelet writes each key, or each listed item, under its path).
 */
function singleSecret(volume: Record<string, any>): Record<string, any> | undefined {
  const p = volume.projected;
  if (!isObject(p) || !Array.isArray(p.sources) || p.sources.length !== 1) return undefined;
  const keys = Object.keys(p).filter((k) => k !== 'sources' && !(k === 'defaultMode' && p.defaultMode === 420));
  const source = p.sources[0];
  if (keys.length > 0 || !isObject(source) || Object.keys(source).length !== 1 || !isObject(source.secret)) return undefined;
  const { name, ...rest } = source.secret as Record<string, any>;
  return { name: volume.name, secret: { secretName: name, ...rest } };
}

/**
 * Two extraVol entries (or data-plane extraMounts items, the same shape) that
 * give a pod the same files: the same sources at the same paths, however the
 * volumes are named or spelt (a projected volume of one Secret is that Secret).
 */
export function sameMounts(a: Record<string, any>, b: Record<string, any>): boolean {
  return isDeepStrictEqual(mountSignatures(a), mountSignatures(b));
}

/** What an extraVol entry mounts, each mount with its volume's source, in a stable order. */
function mountSignatures(extraVol: Record<string, any>): string[] {
  const volumes: unknown[] = Array.isArray(extraVol.volumes) ? extraVol.volumes : [];
  const mounts: unknown[] = Array.isArray(extraVol.mounts) ? extraVol.mounts : [];
  return mounts
    .filter(isObject)
    .map((m) => signature(volumes.find((v) => isObject(v) && v.name === m.name) as Record<string, any> | undefined, m).key)
    .sort();
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!isObject(v)) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
}

/** Pods (by id) in simulator order, shortened for messages. */
function podList(ids: readonly string[], max = 4): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

/**
 * For each candidate (a generated extraMounts item the control plane does
 * not hold by name): adopted when the user's own mounts already give exactly
 * its pods exactly its volumes, and give them to no pod no candidate gives
 * them (one user mount may stand in for several generated items: the Ceph
 * files for the pods that read a cluster, and a spec.mounts entry of the same
 * volume for the others); differs when
 * they overlap (some pod the item reaches already mounts something at one of
 * its paths) but not exactly; absent from the map when they do not overlap
 * (the item is simply added).
 *
 * `cp` is the control plane as plain data with the owned service entries in
 * place (the pods of the output); `generated` holds the pointers of every
 * generated item, which are not the user's.
 */
export function reachVerdicts(cp: Record<string, any>, candidates: ReadonlyArray<{ pointer: string; entry: OwnedEntry }>, generated: ReadonlySet<string>): Map<string, ReachVerdict> {
  const verdicts = new Map<string, ReachVerdict>();
  const pods = userMountsByPod(cp, generated);
  const pathKey = (s: MountSignature) => `${s.mountPath}|${s.subPath}`;
  const userPaths = new Set(pods.flatMap((p) => p.mounts.map((m) => pathKey(m.signature))));
  // The user mounts (extraVol, volume, path) adopted items rely on, each with the first item that does.
  const covered = new Map<string, { mount: UserMount; signature: MountSignature; first: string }>();
  // `${pod}|${signature}`: what the inventory mounts where (every candidate), and the excess already reported.
  const inventoryMounts = new Set<string>();
  const reportedExtra = new Set<string>();

  // What each candidate mounts in which pods, first for all of them: a pod the user's mount reaches beyond one
  // generated item may be one another generated item gives the same volume (the Ceph files for the pods that
  // read a cluster, and a spec.mounts entry of the same volume for the others).
  const planned: Array<{ pointer: string; wanted: Array<{ signature: MountSignature; pods: PodView[] }>; evaluating: PodView[] }> = [];
  for (const { pointer, entry } of candidates) {
    // Most generated items (a back end's files) mount nowhere the user's entries do: nothing to compare.
    const value = entry.value as { extraVol?: Array<Record<string, any>> };
    const mounts = (value.extraVol ?? []).flatMap((ev) => (Array.isArray(ev.mounts) ? ev.mounts.filter(isObject) : []));
    if (!mounts.some((m) => userPaths.has(pathKey(signature(undefined, m))))) continue;
    const listService = entry.path[1] === 'extraMounts' ? undefined : entry.path[1];
    const evaluating = pods.filter((p) => !listService || p.pod.service === listService);
    const wanted: Array<{ signature: MountSignature; pods: PodView[] }> = [];
    for (const ev of value.extraVol ?? []) {
      const reached = evaluating.filter((p) => timesTaken(ev.propagation, p.pod.svc).times > 0);
      for (const m of ev.mounts ?? []) {
        const volume = (ev.volumes ?? []).find((v: Record<string, any>) => v.name === m.name);
        wanted.push({ signature: signature(volume, m), pods: reached });
      }
    }
    for (const w of wanted) for (const p of w.pods) inventoryMounts.add(`${p.pod.id}|${w.signature.key}`);
    planned.push({ pointer, wanted, evaluating });
  }

  for (const { pointer, wanted, evaluating } of planned) {
    const samePath = (a: MountSignature, b: MountSignature) => pathKey(a) === pathKey(b);
    const overlaps = wanted.some((w) => w.pods.some((p) => p.mounts.some((m) => samePath(m.signature, w.signature))));
    if (!overlaps) continue;

    const differences: string[] = [];
    const used: UserMount[] = [];
    const userItems = new Set<string>();
    for (const w of wanted) {
      const missing: string[] = [];
      // Pods that get something else at the path, grouped by what they get and from where.
      const other = new Map<string, string[]>();
      for (const p of w.pods) {
        const here = p.mounts.filter((m) => samePath(m.signature, w.signature));
        const same = here.find((m) => m.signature.key === w.signature.key);
        if (same) {
          userItems.add(same.itemPointer);
          if (!used.some((u) => isDeepStrictEqual(u, stripSignature(same)))) used.push(stripSignature(same));
        } else if (here.length > 0) {
          for (const m of here) userItems.add(m.itemPointer);
          const what = `${here.map((m) => m.signature.text).join(' and ')} from ${[...new Set(here.map((m) => m.itemPointer))].join(', ')}`;
          other.set(what, [...(other.get(what) ?? []), p.pod.id]);
        } else missing.push(p.pod.id);
      }
      for (const [what, ids] of other) differences.push(`${podList(ids)} get${ids.length === 1 ? 's' : ''} ${what}, where the inventory mounts ${w.signature.text}`);
      if (missing.length) differences.push(`the inventory mounts ${w.signature.text} in ${podList(missing)}, which no hand-written extraMounts entry reaches`);
      const reachedIds = new Set(w.pods.map((p) => p.pod.id));
      const extra = evaluating.filter((p) => !reachedIds.has(p.pod.id) && !inventoryMounts.has(`${p.pod.id}|${w.signature.key}`) && p.mounts.some((m) => m.signature.key === w.signature.key));
      for (const p of extra) reportedExtra.add(`${p.pod.id}|${w.signature.key}`);
      if (extra.length) {
        const by = [...new Set(extra.flatMap((p) => p.mounts.filter((m) => m.signature.key === w.signature.key).map((m) => m.itemPointer)))];
        for (const b of by) userItems.add(b);
        differences.push(`${by.join(', ')} also give${by.length === 1 ? 's' : ''} ${podList(extra.map((p) => p.pod.id))} ${w.signature.text}, which the inventory does not mount there`);
      }
    }
    if (differences.length > 0) {
      verdicts.set(pointer, { kind: 'differs', differences, userItems: [...userItems].sort() });
      continue;
    }
    verdicts.set(pointer, { kind: 'adopted', mounts: used });
    for (const w of wanted) {
      for (const p of w.pods) {
        const m = p.mounts.find((x) => x.signature.key === w.signature.key)!;
        const key = userMountKey(m);
        if (!covered.has(key)) covered.set(key, { mount: stripSignature(m), signature: m.signature, first: pointer });
      }
    }
  }

  // A user mount that adopted items rely on must reach no pod they leave out (another service's pods included):
  // the inventory would not give that pod these files, and deleting the mount (`adopt`) would take them away.
  for (const [key, c] of covered) {
    const here = (p: PodView) => `${p.pod.id}|${c.signature.key}`;
    const beyond = pods.filter((p) => p.mounts.some((m) => userMountKey(m) === key) && !inventoryMounts.has(here(p)) && !reportedExtra.has(here(p))).map((p) => p.pod.id);
    if (beyond.length === 0) continue;
    const was = verdicts.get(c.first);
    const message = `${c.mount.itemPointer} also gives ${podList(beyond)} ${c.signature.text}, which the inventory does not mount there`;
    verdicts.set(c.first, was?.kind === 'differs' ? { ...was, differences: [...was.differences, message] } : { kind: 'differs', differences: [message], userItems: [c.mount.itemPointer] });
  }
  return verdicts;
}

const userMountKey = (m: UserMount) => JSON.stringify([m.extraVol, m.volume, m.mountPath, m.subPath ?? '']);

function stripSignature(m: UserMount & { signature: MountSignature }): UserMount {
  const { signature: _signature, ...rest } = m;
  return rest;
}

/** Every storage pod of `cp` with the mounts it gets from entries that are not generated. */
function userMountsByPod(cp: Record<string, any>, generated: ReadonlySet<string>): PodView[] {
  const views: PodView[] = [];
  for (const { pod, takes } of simulate(cp)) {
    const mounts: PodView['mounts'] = [];
    for (const take of takes) {
      const listPath = take.path.slice(0, -3);
      const index = take.path[take.path.length - 3] as number;
      const entry = listPath.reduce<any>((o, s) => o?.[s], cp)?.[index];
      const itemPointer = listItemPointer(listPath, entry, index);
      if (generated.has(itemPointer)) continue;
      for (const m of take.mounts) {
        if (!isObject(m)) continue;
        const volume = take.volumes.find((v) => isObject(v) && v.name === m.name);
        const sig = signature(volume, m);
        mounts.push({ itemPointer, extraVol: take.path, volume: String(m.name), mountPath: String(m.mountPath ?? ''), ...(sig.subPath ? { subPath: sig.subPath } : {}), signature: sig });
      }
    }
    views.push({ pod, mounts });
  }
  return views;
}

// ---------------------------------------------------------------------------
// Reporting

const MAX_LISTED = 12;

/** Where a list item owned by name is in the document. */
function itemIndex(item: Item, entry: OwnedEntry): number {
  const seq = item.doc.getIn(entry.path, true);
  return isSeq(seq) ? seq.items.findIndex((n) => isMap(n) && n.get('name') === entry.key) : -1;
}

/**
 * One info line per control plane / version that adopted entries in this
 * run (entries adopted by an earlier run that recorded it stay quiet), at
 * the first of them: low noise, and `render --quiet` hides it like the
 * summary.
 */
export function adoptionNotes(adopted: readonly Adoption[]): Diagnostic[] {
  const byItem = new Map<Item, Adoption[]>();
  for (const a of adopted) if (!a.recorded) byItem.set(a.item, [...(byItem.get(a.item) ?? []), a]);
  const out: Diagnostic[] = [];
  for (const [item, list] of byItem) {
    const names = list.map((a) =>
      a.reach ? `${a.pointer} (given by ${[...new Set(a.reach.map((m) => m.itemPointer))].join(', ')})` : a.ini ? `${a.pointer} ${a.ini.parts.map(iniPartLabel).join(', ')} (${a.ini.writtenBy})` : a.pointer,
    );
    const shown = names.length <= MAX_LISTED ? names.join(', ') : `${names.slice(0, MAX_LISTED).join(', ')} and ${names.length - MAX_LISTED} more`;
    const first = list[0];
    const at = first.reach ? first.reach[0].extraVol : first.ini ? first.ini.path : first.entry.kind === 'item' ? [...first.entry.path, itemIndex(item, first.entry)] : [...first.entry.path, first.entry.key];
    const one = list.length === 1;
    out.push(
      diagnosticAt(item, at, {
        severity: 'info',
        rule: 'adopted',
        message: one
          ? `hand-written entry adopted: it reads the same as what the inventory generates, so the inventory owns it, kept as written${first.reach || first.ini ? `: ${shown}` : ''}`
          : `${list.length} hand-written entries adopted (they read the same as what the inventory generates; the inventory owns them, kept as written): ${shown}`,
        hint: `\`rhoso-backends adopt\` on this package deletes ${one ? 'it' : 'them'} from ${item.path}, so the inventory writes ${one ? 'it' : 'them'}`,
      }),
    );
  }
  return out;
}

/** One info line per adopted data-plane object (dataplane/adopt-objects.ts), at the object. */
export function objectAdoptionNotes(adopted: readonly AdoptedObject[]): Diagnostic[] {
  return adopted.map((a) =>
    diagnosticAt(a.item, ['metadata', 'name'], {
      severity: 'info',
      rule: 'adopted',
      message: `hand-written ${a.kind} ${a.name} adopted: it reads the same as what the inventory generates for node set ${a.nodeSet}, so the inventory owns it, kept as written`,
      hint: `\`rhoso-backends adopt\` on this package deletes it from ${a.item.path}, so the inventory writes it`,
    }),
  );
}
