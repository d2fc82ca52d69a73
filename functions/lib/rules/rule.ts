/**
 * A validation rule: a small named unit with an id, a severity, a message
 * with the fix, and docs (docs/rules.md is generated from these fields).
 * Rules never throw and never print; they report through `report`.
 */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { diagnosticAt, type Item } from '../io/resources.js';
import { positionInScalar, type TextPosition } from '../ini/position.js';

export interface RuleDocs {
  /** Stable id, `RB###`. */
  id: string;
  /** kebab-case name, e.g. `unknown-driver`. */
  name: string;
  severity: Severity;
  /** One line: what the rule catches. */
  summary: string;
  /** Why it matters (what breaks in the cluster). */
  why: string;
  /** An example fix (before -> after). */
  fix: string;
}

export interface Finding {
  item?: Item;
  path: (string | number)[];
  message: string;
  hint?: string;
  /** Overrides the rule's severity (e.g. `--strict` turns a warning into an error). */
  severity?: Severity;
  /** Point at the key rather than the value (unknown fields, bad names). */
  key?: boolean;
  /** A position inside the string at `path` (an INI line in customServiceConfig); used when it maps to the file. */
  within?: TextPosition;
}

export type Report = (finding: Finding) => void;

export interface Rule<Ctx> extends RuleDocs {
  check(ctx: Ctx, report: Report): void;
}

export function runRules<Ctx>(rules: readonly Rule<Ctx>[], ctx: Ctx): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    rule.check(ctx, (f) => {
      const d = diagnosticAt(f.item, f.path, { severity: f.severity ?? rule.severity, rule: rule.id, message: f.message, hint: f.hint }, f.key);
      const inside = f.within && d.file === f.item?.path ? positionInScalar(f.item, f.path, f.within) : undefined;
      out.push(inside ? { ...d, ...inside } : d);
    });
  }
  return out;
}
