/**
 * Source-preserving edits: change a few scalars of a YAML file and keep every
 * other byte (comments, quoting, indentation, key order) as it was. Each edit
 * replaces the exact source range of one scalar node, in the quoting style it
 * was written in; the result is parsed again and checked to differ from the
 * original in exactly the edited values before anyone writes it.
 */
import { isAlias, isScalar, parseAllDocuments, Scalar, type Document } from 'yaml';
import { fieldPath } from '../diagnostics/diagnostic.js';
import type { FieldPath } from '../inventory/model.js';
import { YAML_OPTIONS } from '../io/yaml.js';
import type { ScalarEdit } from './plan.js';

export interface RewriteProblem {
  edit: ScalarEdit;
  message: string;
}

export interface RewriteResult {
  text: string;
  problems: RewriteProblem[];
}

interface Splice {
  start: number;
  end: number;
  replacement: string;
}

/**
 * `text` is the whole file; `doc` its `docIndex`-th document, parsed from that
 * text (so node ranges are offsets into it). Edits that cannot be made safely
 * are returned as problems and leave the text unchanged for that value.
 */
export function rewriteScalars(text: string, doc: Document, docIndex: number, edits: readonly ScalarEdit[]): RewriteResult {
  const problems: RewriteProblem[] = [];
  const splices = new Map<number, Splice>();
  for (const edit of edits) {
    let node = doc.getIn(edit.path, true) as unknown;
    if (isAlias(node)) node = node.resolve(doc);
    if (!isScalar(node) || !node.range) {
      problems.push({ edit, message: `${fieldPath(edit.path)} is not a plain value` });
      continue;
    }
    if (String(node.value) !== edit.from) {
      problems.push({ edit, message: `${fieldPath(edit.path)} is ${JSON.stringify(node.value)}, expected ${JSON.stringify(edit.from)}` });
      continue;
    }
    const [start, end] = node.range;
    const replacement = scalarSource(node, text.slice(start, end), edit.to);
    if (replacement === undefined) {
      problems.push({ edit, message: `${fieldPath(edit.path)} is written as a block scalar; change it by hand` });
      continue;
    }
    splices.set(start, { start, end, replacement });
  }

  let out = text;
  for (const s of [...splices.values()].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.replacement + out.slice(s.end);

  const check = verify(text, out, docIndex, edits.filter((e) => !problems.some((p) => p.edit === e)));
  if (check) return { text, problems: [...problems, ...edits.filter((e) => !problems.some((p) => p.edit === e)).map((edit) => ({ edit, message: check }))] };
  return { text: out, problems };
}

/** The new value written the way the old one was: plain, 'single' or "double" quoted. */
function scalarSource(node: Scalar, source: string, value: string): string | undefined {
  switch (node.type) {
    case Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    case Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    case Scalar.PLAIN: {
      // Keep it plain only when it reads back as the same string (18.0 would be a float).
      if (!source.includes('\n') && plainReadsAs(value)) return value;
      return JSON.stringify(value);
    }
    default:
      return undefined;
  }
}

function plainReadsAs(value: string): boolean {
  if (!/^[A-Za-z0-9][A-Za-z0-9._\/@+-]*(:[A-Za-z0-9._\/@+-]+)*$/.test(value)) return false;
  const docs = parseAllDocuments(`${value}\n`, YAML_OPTIONS);
  return docs.length === 1 && docs[0].errors.length === 0 && docs[0].toJS() === value;
}

/** Undefined when `after` differs from `before` in exactly the edited values; else what went wrong. */
function verify(before: string, after: string, docIndex: number, edits: readonly ScalarEdit[]): string | undefined {
  // Empty documents are skipped, as when the file was read (io/yaml.ts), so indexes match.
  const parse = (t: string) => (parseAllDocuments(t, YAML_OPTIONS) as Document.Parsed[]).filter((d) => d.contents !== null || d.errors.length > 0);
  const a = parse(before);
  const b = parse(after);
  if (a.length !== b.length || b.some((d) => d.errors.length > 0)) return 'the rewritten file does not parse the same way; nothing was changed';
  for (let i = 0; i < a.length; i++) {
    const expected = a[i].toJS({ maxAliasCount: -1 });
    if (i === docIndex) for (const e of edits) setIn(expected, e.path, e.to);
    if (JSON.stringify(expected) !== JSON.stringify(b[i].toJS({ maxAliasCount: -1 }))) {
      return 'the rewritten file would change more than the planned values; nothing was changed';
    }
  }
  return undefined;
}

function setIn(obj: any, path: FieldPath, value: unknown): void {
  let cur = obj;
  for (const seg of path.slice(0, -1)) cur = cur?.[seg];
  if (cur && typeof cur === 'object') cur[path[path.length - 1]] = value;
}
