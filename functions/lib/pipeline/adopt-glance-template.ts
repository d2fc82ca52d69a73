/**
 * Adoption of glance.template.customServiceConfig's store configuration
 * (enabled_backends, [glance_store], the sections enabled_backends names),
 * as the upstream glance samples and the architecture repository write it.
 *
 * Once the inventory describes those stores, every glance API it generates
 * carries them in its own customServiceConfig (expand/glance.ts), which
 * replaces the template's (glance-operator glance_controller.go), so the
 * template's copy configures nothing any more. When it reads the same as
 * what every generated API holds (oslo.config's reading, ini/compare.ts) and
 * no hand-written API still inherits it, it is adopted: kept as written,
 * recorded in ADOPTED_CONFIG_ANNOTATION (judged again on every run), and
 * `adopt` deletes those lines from the template, leaving the user's other
 * options. A real difference stays RB145's, which names it. The record and
 * the deletion serve manila's template too (adopt-manila-template.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, type Document } from 'yaml';
import { isStoreConfig } from '../expand/glance.js';
import { ADOPTED_CONFIG_ANNOTATION, type OwnedEntry } from '../expand/plan.js';
import { iniOptions, iniSection, sameIniSection, type IniOptions } from '../ini/compare.js';
import { parseIni } from '../ini/parse.js';
import { annotationOf, deleteAnnotation, setAnnotation, type Item } from '../io/resources.js';
import type { Adoption } from './adopt.js';
import { adoptableManilaParts, MANILA_TEMPLATE_CONFIG } from './adopt-manila-template.js';

const TEMPLATE = ['spec', 'glance', 'template'];
const GLANCE_APIS = [...TEMPLATE, 'glanceAPIs'];
export const TEMPLATE_CONFIG = [...TEMPLATE, 'customServiceConfig'];

/** A part of an INI text: one option, or (no key) a whole section. */
export interface IniPart {
  section: string;
  key?: string;
}

export const iniPartLabel = (p: IniPart) => (p.key ? `[${p.section}] ${p.key}` : `[${p.section}]`);

const isDefault = (section: string) => sameIniSection(section, 'DEFAULT');
const valuesAt = (options: IniOptions, section: string, key: string) => iniSection(options, section)?.[1].get(key);

/**
 * The template's store configuration, if every generated glance API holds it
 * the same and no hand-written API inherits it; `undefined` otherwise.
 */
function adoptableParts(doc: Document, wanted: readonly OwnedEntry[]): IniPart[] | undefined {
  const text = doc.getIn(TEMPLATE_CONFIG);
  if (typeof text !== 'string') return undefined;
  const ini = parseIni(text);
  const store = ini.entries.filter((e) => e.section !== '' && isStoreConfig(ini.entries, e));
  if (store.length === 0) return undefined;
  const apis = wanted.filter((e) => e.kind === 'key' && e.path.join('.') === GLANCE_APIS.join('.'));
  if (apis.length === 0) return undefined;
  // A hand-written API without a config of its own still reads the template's stores.
  const written = doc.getIn(GLANCE_APIS);
  if (isMap(written)) {
    for (const pair of written.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (apis.some((a) => a.key === key)) continue;
      const own = isMap(pair.value) ? pair.value.get('customServiceConfig') : undefined;
      if (typeof own !== 'string' || own.trim() === '') return undefined;
    }
  }
  const template = iniOptions(text);
  for (const api of apis) {
    const config = (api.value as { customServiceConfig?: unknown }).customServiceConfig;
    if (typeof config !== 'string') return undefined;
    const generated = iniOptions(config);
    for (const e of store) if (!isDeepStrictEqual(valuesAt(template, e.section, e.key), valuesAt(generated, e.section, e.key))) return undefined;
  }
  const parts: IniPart[] = [];
  for (const e of store) {
    const part = isDefault(e.section) ? { section: e.section, key: e.key } : { section: e.section };
    if (!parts.some((p) => isDeepStrictEqual(p, part))) parts.push(part);
  }
  return parts;
}

/** The template configs whose parts the inventory may write elsewhere, by owned-field pointer. */
const TEMPLATE_ADOPTIONS = [
  { path: TEMPLATE_CONFIG, origin: ['spec', 'glance', 'stores'], writtenBy: "the inventory's glance stores write them in every API", parts: adoptableParts },
  { path: MANILA_TEMPLATE_CONFIG, origin: ['spec', 'manila', 'backends'], writtenBy: "the inventory's manila back ends write them in their share pods and the manila-api", parts: adoptableManilaParts },
];

/**
 * Adopts the template configurations of the control plane `item` the
 * inventory now writes elsewhere (glance's stores, a manila share back end;
 * merge calls it after the owned entries are applied), recording them in the
 * annotation; removes a stale record.
 */
export function adoptTemplateConfigs(item: Item, wanted: readonly OwnedEntry[], adopted: Adoption[]): void {
  const previous = readRecord(item);
  const record: Record<string, string[]> = {};
  for (const t of TEMPLATE_ADOPTIONS) {
    const parts = t.parts(item.doc, wanted);
    if (!parts) continue;
    const pointer = t.path.join('.');
    const labels = parts.map(iniPartLabel);
    record[pointer] = labels;
    adopted.push({
      item,
      pointer,
      entry: { kind: 'value', path: t.path.slice(0, -1), key: 'customServiceConfig', value: item.doc.getIn(t.path), origin: t.origin },
      ini: { path: t.path, parts, writtenBy: t.writtenBy },
      recorded: isDeepStrictEqual(previous[pointer], labels),
    });
  }
  if (Object.keys(record).length > 0) setAnnotation(item, ADOPTED_CONFIG_ANNOTATION, JSON.stringify(record));
  else if (annotationOf(item, ADOPTED_CONFIG_ANNOTATION) !== undefined) deleteAnnotation(item, ADOPTED_CONFIG_ANNOTATION);
}

function readRecord(item: Item): Record<string, unknown> {
  try {
    const v = JSON.parse(annotationOf(item, ADOPTED_CONFIG_ANNOTATION) ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}

/**
 * `text` without `parts`: an option's line (and its continuation lines), a
 * section's header and everything up to the next header but the comments
 * right before it (they usually describe the next section). A section left
 * with nothing but its header goes too. Empty when nothing but comments and
 * blank lines is left.
 */
export function withoutIniParts(text: string, parts: readonly IniPart[]): string {
  const ini = parseIni(text);
  const lines = text.split(/\r?\n/);
  const drop = new Set<number>();
  const headers = ini.sections.filter((s) => s.name !== '').map((s) => s.line);
  const sectionEnd = (line: number) => headers.find((h) => h > line) ?? lines.length;
  const blankOrComment = (i: number) => /^\s*([#;].*)?$/.test(lines[i]);
  const matches = (section: string, p: IniPart) => sameIniSection(p.section, section);

  for (const s of ini.sections) {
    if (s.name === '') continue;
    const end = sectionEnd(s.line);
    if (parts.some((p) => !p.key && matches(s.name, p))) {
      let last = end - 1;
      while (last > s.line && end < lines.length && blankOrComment(last)) last--;
      for (let i = s.line; i <= last; i++) drop.add(i);
      continue;
    }
    for (const e of s.entries) {
      if (!parts.some((p) => p.key === e.key && matches(s.name, p))) continue;
      drop.add(e.line);
      // oslo.config's continuation lines: indented lines right after the option.
      for (let i = e.line + 1; i < end && lines[i].trim() !== '' && lines[i].length !== lines[i].trimStart().length; i++) drop.add(i);
    }
    const left = [];
    for (let i = s.line + 1; i < end; i++) if (!drop.has(i) && lines[i].trim() !== '') left.push(i);
    if (left.length === 0) drop.add(s.line);
  }
  const kept = lines.filter((_, i) => !drop.has(i));
  if (kept.every((l) => /^\s*([#;].*)?$/.test(l))) return '';
  return `${kept.join('\n').replace(/\s+$/, '')}\n`;
}
