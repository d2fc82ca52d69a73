import type { Diagnostic } from './diagnostic.js';

/** `file:line:col: severity[rule]: field: message (hint)`, one line per diagnostic. */
export function formatText(d: Diagnostic): string {
  return formatStyledText(d, PLAIN);
}

/** formatText, with colour on a terminal. */
export function formatStyledText(d: Diagnostic, style: TextStyle): string {
  const where = d.file ? `${style.location(`${d.file}:${d.line ?? 1}:${d.column ?? 1}:`)} ` : '';
  const field = d.field ? `${d.field}: ` : '';
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${where}${style.severity(d.severity, `${d.severity}[${d.rule}]:`)} ${field}${d.message}${hint}`;
}

/** How text diagnostics look: plain (pipes, files, NO_COLOR) or with ANSI colour (a terminal). */
export interface TextStyle {
  location(text: string): string;
  severity(severity: Diagnostic['severity'], text: string): string;
  caret(text: string): string;
  gutter(text: string): string;
}

export const PLAIN: TextStyle = { location: (t) => t, severity: (_s, t) => t, caret: (t) => t, gutter: (t) => t };

const sgr = (code: string) => (t: string) => `\x1b[${code}m${t}\x1b[0m`;
export const COLOR: TextStyle = {
  location: sgr('1'),
  severity: (s, t) => (s === 'error' ? sgr('1;31') : s === 'warning' ? sgr('1;33') : sgr('1;36'))(t),
  caret: sgr('1;31'),
  gutter: sgr('2'),
};

/** A line that assigns a credential-like key: its value is masked in a code frame (diagnostics never echo credentials). */
const CREDENTIAL_LINE = /^(\s*(?:-\s+)?["']?[\w.-]*(?:pass|token|secret|key|auth|cred|login|user)[\w.-]*["']?\s*[:=]\s*)(\S.*)$/i;

/**
 * The offending source line with a caret under the column, as eemeli/yaml
 * and ytt print it:
 *
 *     25 |         driver: pure-iscs
 *        |                 ^
 *
 * Tabs before the column are kept so the caret lines up; values of
 * credential-like keys, and every line of a diagnostic about credential
 * values, are masked.
 */
export function formatCodeFrame(d: Diagnostic, sourceLine: string, style: TextStyle = PLAIN): string {
  const number = String(d.line ?? 1);
  const pad = ' '.repeat(number.length);
  let shown = sourceLine.replace(/\r$/, '');
  if (/(^|\.)(values|credentials)(\.|\[|$)/.test(d.field ?? '') && /[:=]\s*\S/.test(shown)) shown = shown.replace(/([:=]\s*)\S.*$/, '$1***');
  else shown = shown.replace(CREDENTIAL_LINE, '$1***');
  const column = Math.max(1, d.column ?? 1);
  const before = [...sourceLine.slice(0, column - 1)].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  return `${style.gutter(` ${number} |`)} ${shown}\n${style.gutter(` ${pad} |`)} ${before}${style.caret('^')}`;
}

/** The `--format json` shape: a JSON array of these objects. */
export function toJsonRecord(d: Diagnostic): Record<string, unknown> {
  return {
    severity: d.severity,
    rule: d.rule,
    message: d.hint ? `${d.message} (${d.hint})` : d.message,
    file: d.file ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
    field: d.field ?? null,
  };
}

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(diagnostics.map(toJsonRecord), null, 2) + '\n';
}
