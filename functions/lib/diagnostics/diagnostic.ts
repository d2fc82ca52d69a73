/**
 * The one type every stage reports problems with. Stages collect diagnostics
 * into a list instead of throwing, so one run reports every problem it finds.
 * Positions are 1-based; `field` is a dotted path with [i] for list items
 * (e.g. `spec.cinder.backends[0].driver`).
 */
export type Severity = 'error' | 'warning' | 'info';

export interface ResourceRef {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

export interface Diagnostic {
  severity: Severity;
  /** Rule id (`RB###`) or a stage id such as `yaml`, `schema`, `io`. */
  rule: string;
  /** What is wrong, without credential values. */
  message: string;
  /** What to write instead. */
  hint?: string;
  file?: string;
  line?: number;
  column?: number;
  field?: string;
  /** Index of the document inside `file` (multi-document YAML). */
  index?: number;
  resource?: ResourceRef;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file, line, column, rule, message; so output never depends on rule run order. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      cmp(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      severityRank[a.severity] - severityRank[b.severity] ||
      cmp(a.rule, b.rule) ||
      cmp(a.field ?? '', b.field ?? '') ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Formats a field path from segments: ['spec','backends',0,'name'] -> spec.backends[0].name */
export function fieldPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
