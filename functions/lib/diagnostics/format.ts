import type { Diagnostic } from './diagnostic.js';

/** `file:line:col: severity[rule]: field: message (hint)`, one line per diagnostic. */
export function formatText(d: Diagnostic): string {
  const where = d.file ? `${d.file}:${d.line ?? 1}:${d.column ?? 1}: ` : '';
  const field = d.field ? `${d.field}: ` : '';
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${where}${d.severity}[${d.rule}]: ${field}${d.message}${hint}`;
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
