/**
 * What oslo.config would read from an INI snippet, and the differences
 * between two snippets in those terms: sections and options in any order,
 * any spacing, comments ignored. Used where a hand-written
 * customServiceConfig is compared with what the inventory generates
 * (adoption in merge, `import`, the round-trip tests).
 *
 * oslo.config merges repeated sections and keeps every value of a repeated
 * option (a MultiStrOpt reads them all, other options the last one), so a
 * key's values are compared as an ordered list. Indented continuation lines
 * belong to the option above them.
 */
import { osloValue } from '../expand/ini.js';
import { parseIni } from './parse.js';

/** section -> option -> values in file order. */
export type IniOptions = Map<string, Map<string, string[]>>;

export type IniDifference =
  | { kind: 'section-missing' | 'section-extra'; section: string }
  | { kind: 'option-missing' | 'option-extra'; section: string; key: string; value: string }
  | { kind: 'value-changed'; section: string; key: string; left: string; right: string };

/** Whether two section names are one section as oslo.config reads them: DEFAULT in any case, the others as written. */
export const sameIniSection = (a: string, b: string): boolean => a === b || (a.toUpperCase() === 'DEFAULT' && b.toUpperCase() === 'DEFAULT');

/** A section of `options` by name ([DEFAULT] in any case): its name as written and its options. */
export function iniSection(options: IniOptions, name: string): [string, Map<string, string[]>] | undefined {
  for (const entry of options) if (sameIniSection(entry[0], name)) return entry;
  return undefined;
}

/** A comma list as a service reads it when it compares its items in upper case (manila's share protocols). */
export const upperCaseList = (value: string): string =>
  value
    .split(',')
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean)
    .join(',');

export function iniOptions(text: string): IniOptions {
  const doc = parseIni(text);
  const lines = text.split(/\r?\n/);
  const out: IniOptions = new Map();
  for (const s of doc.sections) if (!out.has(s.name)) out.set(s.name, new Map());
  for (const e of doc.entries) {
    const section = out.get(e.section)!;
    const values = section.get(e.key) ?? [];
    values.push(osloValue(e.value) + continuation(lines, e.line));
    section.set(e.key, values);
  }
  return out;
}

/** The indented lines after an option's line, joined as oslo.config joins them. */
function continuation(lines: string[], line: number): string {
  let text = '';
  for (let i = line + 1; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (trimmed === '' || raw.length === raw.trimStart().length) break;
    if (trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    text += `\n${trimmed}`;
  }
  return text;
}

/** Differences that turn `left` into `right`, sorted by section and key. Empty when oslo.config reads both the same. */
export function compareIni(left: string, right: string): IniDifference[] {
  return compareIniOptions(iniOptions(left), iniOptions(right));
}

export function compareIniOptions(a: IniOptions, b: IniOptions): IniDifference[] {
  const out: IniDifference[] = [];
  const sections = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const section of sections) {
    const l = a.get(section);
    const r = b.get(section);
    if (!l) {
      out.push({ kind: 'section-extra', section });
      for (const [key, values] of [...r!].sort()) out.push({ kind: 'option-extra', section, key, value: values.join(', ') });
      continue;
    }
    if (!r) {
      out.push({ kind: 'section-missing', section });
      for (const [key, values] of [...l].sort()) out.push({ kind: 'option-missing', section, key, value: values.join(', ') });
      continue;
    }
    for (const key of [...new Set([...l.keys(), ...r.keys()])].sort()) {
      const lv = l.get(key);
      const rv = r.get(key);
      if (!lv) out.push({ kind: 'option-extra', section, key, value: rv!.join(', ') });
      else if (!rv) out.push({ kind: 'option-missing', section, key, value: lv.join(', ') });
      else if (lv.length !== rv.length || lv.some((v, i) => v !== rv[i]))
        out.push({ kind: 'value-changed', section, key, left: lv.join(', '), right: rv.join(', ') });
    }
  }
  return out;
}

/**
 * One line per difference, for messages. `mask` hides values (credential
 * options are never echoed): it returns the text to show for a key's value.
 */
export function describeIniDifference(d: IniDifference, mask: (key: string, value: string) => string = (_k, v) => v): string {
  switch (d.kind) {
    case 'section-missing':
      return `[${d.section}] is missing`;
    case 'section-extra':
      return `[${d.section}] is extra`;
    case 'option-missing':
      return `[${d.section}] ${d.key} = ${mask(d.key, d.value)} is missing`;
    case 'option-extra':
      return `[${d.section}] ${d.key} = ${mask(d.key, d.value)} is extra`;
    case 'value-changed':
      return `[${d.section}] ${d.key} is ${mask(d.key, d.left)}, not ${mask(d.key, d.right)}`;
  }
}
