/**
 * A small reader for the oslo.config INI snippets the storage operators
 * render (customServiceConfig, customServiceConfigSecrets data). It keeps
 * positions (0-based line and column inside the text) so rules can point at
 * the exact line of a block scalar, and it records what oslo.config would do
 * differently from what the author probably meant:
 *
 * - `key = value  # note`: oslo.config does NOT strip inline comments, so the
 *   value is `value  # note` (VENDORS.md: `_replaced_  # CHANGEME`).
 * - `key=value` before any `[section]` header: the operators merge snippets
 *   by section, so such lines are lost or land in the wrong place.
 */

export interface IniEntry {
  key: string;
  /** The value as oslo.config reads it (trimmed, inline comment included). */
  value: string;
  /** Section name, '' when the line came before any header. */
  section: string;
  /** 0-based line and column of the key inside the text. */
  line: number;
  column: number;
  /** 0-based column of the value's first character. */
  valueColumn: number;
  /** Text after ` #` or ` ;` inside the value: a comment oslo.config keeps as part of the value. */
  inlineComment?: { text: string; column: number };
}

export interface IniSection {
  name: string;
  /** 0-based line of the `[name]` header. */
  line: number;
  column: number;
  entries: IniEntry[];
}

export interface IniProblem {
  kind: 'no-section' | 'not-key-value' | 'bad-header';
  line: number;
  column: number;
  text: string;
}

export interface IniDocument {
  /** Sections in order; keys before the first header go to a section named ''. */
  sections: IniSection[];
  entries: IniEntry[];
  problems: IniProblem[];
}

const HEADER = /^\[([^\]]*)\]\s*$/;
const INLINE_COMMENT = /\s[#;]/;

export function parseIni(text: string): IniDocument {
  const doc: IniDocument = { sections: [], entries: [], problems: [] };
  let current: IniSection | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, line) => {
    const indent = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return;
    if (trimmed.startsWith('[')) {
      const m = HEADER.exec(trimmed);
      if (!m || m[1].trim() === '') {
        doc.problems.push({ kind: 'bad-header', line, column: indent, text: trimmed });
        return;
      }
      current = { name: m[1].trim(), line, column: indent, entries: [] };
      doc.sections.push(current);
      return;
    }
    // oslo.config reads an indented line after an option as a continuation of its value.
    if (indent > 0 && current && current.entries.length > 0) return;
    const sep = firstSeparator(trimmed);
    if (sep < 0) {
      doc.problems.push({ kind: 'not-key-value', line, column: indent, text: trimmed });
      return;
    }
    const key = trimmed.slice(0, sep).trim();
    const afterSep = trimmed.slice(sep + 1);
    const value = afterSep.trim();
    const valueColumn = indent + sep + 1 + (afterSep.length - afterSep.trimStart().length);
    if (!current) {
      doc.problems.push({ kind: 'no-section', line, column: indent, text: key });
      current = { name: '', line, column: indent, entries: [] };
      doc.sections.push(current);
    }
    const entry: IniEntry = { key, value, section: current.name, line, column: indent, valueColumn };
    const c = INLINE_COMMENT.exec(value);
    if (c) entry.inlineComment = { text: value.slice(c.index + 1).trim(), column: valueColumn + c.index + 1 };
    current.entries.push(entry);
    doc.entries.push(entry);
  });
  return doc;
}

/** oslo.config accepts `=` and `:` as separators; the first one wins. */
function firstSeparator(s: string): number {
  const eq = s.indexOf('=');
  const colon = s.indexOf(':');
  if (eq < 0) return colon;
  if (colon < 0) return eq;
  return Math.min(eq, colon);
}

/** All values of `key` in `section` ('' = any section), in order. */
export function valuesOf(doc: IniDocument, key: string, section?: string): IniEntry[] {
  return doc.entries.filter((e) => e.key === key && (section === undefined || e.section === section));
}

export function sectionNames(doc: IniDocument): string[] {
  return doc.sections.map((s) => s.name).filter((n) => n !== '');
}

/** Splits a comma-separated option value (`enabled_backends = a, b`). */
export function listValue(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** True when the value is a glance-operator template (`{{ .ServicePassword }}`), expanded in the cluster. */
export function isTemplated(value: string): boolean {
  return /\{\{.*\}\}/.test(value);
}
