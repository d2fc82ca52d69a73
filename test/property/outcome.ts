/**
 * The contract every run must meet, whatever the input: exit 0 with
 * CRD-valid output, or exit 1 with located diagnostics and no output; never
 * a crash, never a stack trace.
 */
import { parseAllDocuments } from 'yaml';
import { YAML_OPTIONS } from '../../functions/lib/io/yaml.js';
import { validateManifest } from '../support/crd.js';

export interface RunOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export interface JsonDiagnostic {
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  field: string | null;
}

/** A V8 stack frame line, as an uncaught exception prints it. */
const STACK_FRAME = /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m;

export function fail(message: string, outcome: RunOutcome): never {
  throw new Error(`${message}\n--- exit ${outcome.code}\n--- stderr\n${outcome.stderr.slice(0, 3000)}\n--- stdout\n${outcome.stdout.slice(0, 1500)}`);
}

export function assertNoCrash(outcome: RunOutcome): void {
  if (outcome.code !== 0 && outcome.code !== 1) fail(`exit code ${outcome.code}: only 0 (ok) and 1 (input errors) are acceptable`, outcome);
  if (STACK_FRAME.test(outcome.stderr) || /internal error/i.test(outcome.stderr)) fail('stack trace or internal error on stderr', outcome);
}

/** Diagnostics printed with --format json (one JSON array on stderr). */
export function jsonDiagnostics(outcome: RunOutcome): JsonDiagnostic[] {
  if (outcome.stderr.trim() === '') return [];
  try {
    const parsed = JSON.parse(outcome.stderr);
    if (!Array.isArray(parsed)) fail('--format json stderr is not a JSON array', outcome);
    return parsed;
  } catch {
    return fail('--format json stderr is not JSON', outcome);
  }
}

/** Stage ids whose errors are about a whole file or input, not a field in it. */
const WHOLE_FILE_RULES = /^(yaml|io|render)(\/|$)/;

/** Exit 1: nothing on stdout, and every error says where (file and line, and the field when there is one). */
export function assertLocatedFailure(outcome: RunOutcome, diagnostics: JsonDiagnostic[]): void {
  if (outcome.stdout !== '') fail('failed run wrote to stdout (partial output)', outcome);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) fail('exit 1 without an error diagnostic', outcome);
  for (const e of errors) {
    if (!e.file || typeof e.line !== 'number' || e.line < 1) fail(`error without file:line: ${JSON.stringify(e)}`, outcome);
  }
  if (!errors.some((e) => e.field || WHOLE_FILE_RULES.test(e.rule))) fail('no error names the field it is about', outcome);
}

/**
 * Required by the CRD schema but filled by the operator's defaulting webhook,
 * which runs before schema validation: the inventory documents leaving
 * release.targetVersion out.
 */
const WEBHOOK_DEFAULTED = /^OpenStackVersion\/[^/]*\/spec: must have required property 'targetVersion'$/;

/** Exit 0: a non-empty stream in which every manifest validates against its CRD. */
export function assertValidStream(outcome: RunOutcome, operatorLine: 'main' | '18-stable'): any[] {
  const docs = parseAllDocuments(outcome.stdout, YAML_OPTIONS);
  const objects: any[] = [];
  for (const d of Array.isArray(docs) ? docs : [docs]) {
    if (d.errors.length) fail(`output is not valid YAML: ${d.errors[0].message}`, outcome);
    const obj = d.toJS();
    if (obj !== null && obj !== undefined) objects.push(obj);
  }
  if (objects.length === 0) fail('exit 0 with empty output', outcome);
  for (const obj of objects) {
    const errors = validateManifest(obj, operatorLine).filter((e) => !WEBHOOK_DEFAULTED.test(e));
    if (errors.length) fail(`output is not CRD-valid (${operatorLine}): ${errors.slice(0, 5).join('; ')}`, outcome);
  }
  return objects;
}
