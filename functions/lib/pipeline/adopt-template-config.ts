/**
 * Adoption of the parts of a service template's customServiceConfig that the
 * inventory now writes elsewhere: glance's store configuration
 * (adopt-glance-template.ts) and a manila share back end
 * (adopt-manila-template.ts) each say which parts of their template's text
 * every generated entry holds the same; here those parts are adopted (kept as
 * written, recorded in ADOPTED_CONFIG_ANNOTATION and judged again on every
 * run), and `adopt` deletes them from the template with withoutIniParts,
 * leaving the user's other options.
 */
import { isDeepStrictEqual } from 'node:util';
import { ADOPTED_CONFIG_ANNOTATION, type OwnedEntry } from '../expand/plan.js';
import { sameIniSection } from '../ini/compare.js';
import { parseIni } from '../ini/parse.js';
import { annotationOf, deleteAnnotation, setAnnotation, type Item } from '../io/resources.js';
import type { Adoption } from './adopt.js';
import { adoptableGlanceParts, GLANCE_TEMPLATE_CONFIG } from './adopt-glance-template.js';
import { adoptableManilaParts, MANILA_TEMPLATE_CONFIG } from './adopt-manila-template.js';

/** A part of an INI text: one option, or (no key) a whole section. */
export interface IniPart {
  section: string;
  key?: string;
}

export const iniPartLabel = (p: IniPart) => (p.key ? `[${p.section}] ${p.key}` : `[${p.section}]`);

/** The template configs whose parts the inventory may write elsewhere, by owned-field pointer. */
const TEMPLATE_ADOPTIONS = [
  { path: GLANCE_TEMPLATE_CONFIG, origin: ['spec', 'glance', 'stores'], writtenBy: "the inventory's glance stores write them in every API", parts: adoptableGlanceParts },
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
