/**
 * What `adopt` does to the hand-written files: deletes every entry merge
 * adopted (pipeline/adopt.ts), so the next render writes the inventory's own
 * version of it. By value: the entry at its owned-field pointer. By reach:
 * the user's volume and mount that gave the pods what the generated item
 * gives, then whatever that leaves empty (the extraVol, the list item, the
 * list). Edits go through the yaml Document API, so comments and every other
 * entry stay; nothing here writes a file.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { STRINGIFY_OPTIONS, YAML_OPTIONS } from '../io/yaml.js';
import type { Item } from '../io/resources.js';
import type { Adoption, UserMount } from './adopt.js';
import { iniPartLabel, withoutIniParts } from './adopt-template-config.js';
import type { AdoptedObject } from '../dataplane/adopt-objects.js';
import { removeOwnedEntry } from './merge.js';

export interface HandedOver {
  /** Package-relative path of a file that changes, its text before and after. */
  files: Array<{ path: string; before: string; after: string }>;
  /** One line per deletion, for the report: file and what went. */
  deleted: Array<{ path: string; what: string }>;
}

/**
 * `items` are the package as read (the pipeline worked on copies, so these
 * are untouched); `adopted` what the pipeline adopted in them, matched by
 * file and document index. The items' documents are edited in place.
 */
export function handOver(items: readonly Item[], adopted: readonly Adoption[], objects: readonly AdoptedObject[] = []): HandedOver {
  const deleted: HandedOver['deleted'] = [];
  const touched = new Set<Item>();
  const byPlace = new Map(items.map((it) => [`${it.path}#${it.index}`, it]));

  // Whole objects (the computes' nova ConfigMap and service): their documents leave the file.
  for (const o of objects) {
    const item = byPlace.get(`${o.item.path}#${o.item.index}`);
    const docs = item?.file?.docs;
    const at = docs ? docs.indexOf(item!.doc as (typeof docs)[number]) : -1;
    if (!item || !docs || at < 0) continue;
    docs.splice(at, 1);
    touched.add(item);
    deleted.push({ path: item.path, what: `${o.kind} ${o.name} (the inventory generates it for node set ${o.nodeSet})` });
  }

  // Reach: the user's mounts, each once (one mount may stand in for the generated items of several services).
  const mounts = new Map<string, { item: Item; mount: UserMount; for: string[] }>();
  const entries: Array<{ item: Item; pointer: string }> = [];
  for (const a of adopted) {
    const item = byPlace.get(`${a.item.path}#${a.item.index}`);
    if (!item) continue;
    if (a.ini) {
      if (!removeIniParts(item.doc, a.ini.path, a.ini.parts)) continue;
      touched.add(item);
      deleted.push({ path: item.path, what: `${a.ini.parts.map(iniPartLabel).join(', ')} from ${a.pointer} (${a.ini.writtenBy})` });
      continue;
    }
    if (!a.reach) {
      entries.push({ item, pointer: a.pointer });
      continue;
    }
    for (const m of a.reach) {
      const key = `${item.path}#${item.index}|${JSON.stringify([m.extraVol, m.volume, m.mountPath, m.subPath ?? ''])}`;
      const seen = mounts.get(key) ?? { item, mount: m, for: [] };
      seen.for.push(a.pointer);
      mounts.set(key, seen);
    }
  }
  // Mounts first, by index: deepest and last first, so the indexes of what is still to delete do not move.
  const ordered = [...mounts.values()].sort((a, b) => comparePaths(b.mount.extraVol, a.mount.extraVol));
  for (const { item, mount, for: generated } of ordered) {
    if (!removeUserMount(item.doc, mount)) continue;
    touched.add(item);
    deleted.push({
      path: item.path,
      what: `volume ${mount.volume} at ${mount.mountPath}${mount.subPath ? ` (subPath ${mount.subPath})` : ''} of ${mount.itemPointer} (the inventory mounts ${generated.join(', ')})`,
    });
  }

  // Then entries, found by key or name wherever they now are.
  for (const { item, pointer } of entries) {
    if (!removeOwnedEntry(item.doc, pointer)) continue;
    touched.add(item);
    deleted.push({ path: item.path, what: `${pointer} (the inventory writes it)` });
  }

  const files: HandedOver['files'] = [];
  for (const path of [...new Set([...touched].map((it) => it.path))].sort()) {
    const file = items.find((it) => it.path === path)?.file;
    if (!file) continue;
    files.push({ path, before: file.text, after: stringifyFile(file.text, file.docs) });
  }
  return { files, deleted: deleted.sort((a, b) => (a.path === b.path ? 0 : a.path < b.path ? -1 : 1)) };
}

/** Deletes the parts from the INI text at `path`, the field itself when nothing but comments is left; the block style is kept. */
function removeIniParts(doc: Document, path: (string | number)[], parts: Parameters<typeof withoutIniParts>[1]): boolean {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'string') return false;
  const text = withoutIniParts(node.value, parts);
  if (text === node.value) return false;
  if (text === '') doc.deleteIn(path);
  else node.value = text;
  return true;
}

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return typeof a[i] === 'number' && typeof b[i] === 'number' ? (a[i] as number) - (b[i] as number) : String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}

/** Deletes one mount of an extraVol entry, its volume when no other mount uses it, and what that leaves empty. */
function removeUserMount(doc: Document, m: UserMount): boolean {
  const extraVol = doc.getIn(m.extraVol, true);
  if (!isMap(extraVol)) return false;
  const mounts = extraVol.get('mounts', true);
  const volumes = extraVol.get('volumes', true);
  if (!isSeq(mounts)) return false;
  const i = mounts.items.findIndex((n) => isMap(n) && n.get('name') === m.volume && String(n.get('mountPath') ?? '').replace(/(.)\/+$/, '$1') === m.mountPath.replace(/(.)\/+$/, '$1') && (n.get('subPath') ?? '') === (m.subPath ?? ''));
  if (i < 0) return false;
  mounts.items.splice(i, 1);
  const stillUsed = mounts.items.some((n) => isMap(n) && n.get('name') === m.volume);
  if (!stillUsed && isSeq(volumes)) {
    const v = volumes.items.findIndex((n) => isMap(n) && n.get('name') === m.volume);
    if (v >= 0) volumes.items.splice(v, 1);
  }
  if (mounts.items.length > 0 || (isSeq(volumes) && volumes.items.length > 0)) return true;
  // The extraVol is empty: delete it, then its list item, then the list, while each is left empty.
  const [listPath, itemIndex, , extraVolIndex] = [m.extraVol.slice(0, -3), m.extraVol[m.extraVol.length - 3] as number, 'extraVol', m.extraVol[m.extraVol.length - 1] as number];
  const listItem = doc.getIn([...listPath, itemIndex], true) as YAMLMap;
  const extraVols = listItem.get('extraVol', true) as unknown as YAMLSeq;
  extraVols.items.splice(extraVolIndex, 1);
  if (extraVols.items.length > 0) return true;
  const list = doc.getIn(listPath, true) as YAMLSeq;
  list.items.splice(itemIndex, 1);
  if (list.items.length > 0) return true;
  const parent = doc.getIn(listPath.slice(0, -1), true);
  if (isMap(parent)) parent.delete(listPath[listPath.length - 1]);
  return true;
}

/** A file's documents written back; the leading `---` kept when the file had one. */
function stringifyFile(text: string, docs: readonly Document[]): string {
  // Every document handed over: a comment says where it went (an empty file reads as no objects).
  if (docs.length === 0) return '# Deleted by `rhoso-backends adopt`: the inventory generates what this file held.\n';
  const body = docs.map((d) => d.toString(STRINGIFY_OPTIONS)).join('---\n');
  return /^---[ \t]*\r?\n/.test(text) ? `---\n${body}` : body;
}

/** The written text read back: the same documents as the edited ones (a guard, not a formatter). */
export function readsBackAs(text: string, docs: readonly Document[]): boolean {
  const parsed = parseAllDocuments(text, YAML_OPTIONS);
  const back = (Array.isArray(parsed) ? parsed : [parsed]).filter((d) => d.contents !== null);
  if (back.length !== docs.length) return false;
  return back.every((d, i) => JSON.stringify(d.toJS({ maxAliasCount: 100 })) === JSON.stringify(docs[i].toJS({ maxAliasCount: 100 })));
}
