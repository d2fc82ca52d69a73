/**
 * YAML in and out, the way Kubernetes reads it.
 *
 * Kubernetes decodes manifests with go-yaml v2, i.e. YAML 1.1: `0644` is the
 * octal 420, `on`/`yes` are booleans, `0x1F` is an int. We parse and emit with
 * the `yaml` package's 1.1 schema so values keep that meaning, with one change:
 * an unquoted timestamp stays a string (go-yaml v2 gives a string when decoding
 * into interface{}), while a *string* that looks like one is still quoted on
 * output.
 */
import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  type ToStringOptions,
  type ScalarTag,
  type Node as YamlNode,
} from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Largest single input we accept, documented in docs/security.md. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** Largest nesting depth of any YAML document we accept. */
export const MAX_DEPTH = 200;
/** Alias expansions allowed per document before we call it an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

const timestampAsString: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  identify: () => false,
  test: /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
  resolve: (str: string) => str,
};

/**
 * Non-string scalars print exactly as the user wrote them (`0x1F`, `1e3`, `On`)
 * as long as the value is unchanged; only new or changed values are formatted
 * by the library.
 */
function keepSourceText(tag: ScalarTag): ScalarTag {
  const original = tag.stringify;
  if (!tag.test || !original) return tag;
  return {
    ...tag,
    stringify(node, ctx, onComment, onChompKeep) {
      const source = (node as { source?: unknown }).source;
      if (typeof source === 'string' && tag.test!.test(source)) {
        const again = tag.resolve(source, () => undefined, ctx.options as never);
        if (Object.is(again, (node as { value?: unknown }).value)) return source;
      }
      return original(node, ctx, onComment, onChompKeep);
    },
  };
}

const NUMERIC_OR_BOOL = /^tag:yaml\.org,2002:(int|float|bool|null)$/;

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) => [
    ...tags
      .filter((t) => (t as ScalarTag).tag !== 'tag:yaml.org,2002:timestamp')
      .map((t) => (NUMERIC_OR_BOOL.test((t as ScalarTag).tag) ? keepSourceText(t as ScalarTag) : t)),
    timestampAsString,
  ],
  uniqueKeys: false, // we report duplicates ourselves, with both locations
  prettyErrors: false,
  strict: true,
  keepSourceTokens: false,
};

export const STRINGIFY_OPTIONS: ToStringOptions = {
  lineWidth: 0,
  minContentWidth: 0,
  indentSeq: false,
  blockQuote: 'literal',
  flowCollectionPadding: false, // keep `[a, b]` as users write it, not `[ a, b ]`
};

export interface SourceFile {
  /** Path as shown to users: relative to the working directory or package root. */
  path: string;
  text: string;
  lineCounter: LineCounter;
  docs: Document.Parsed[];
}

export interface Position {
  line: number;
  column: number;
}

/** Parses a multi-document YAML file; problems become diagnostics, never exceptions. */
export function parseYamlFile(path: string, text: string): { file: SourceFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const file: SourceFile = { path, text, lineCounter, docs: [] };
  if (Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) {
    diagnostics.push({
      severity: 'error',
      rule: 'io/size',
      message: `file is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB input limit`,
      hint: 'split it into several files',
      file: path,
      line: 1,
      column: 1,
    });
    return { file, diagnostics };
  }
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter }) as Document.Parsed[];
  } catch (err) {
    diagnostics.push(yamlCrash(path, err));
    return { file, diagnostics };
  }
  if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  docs.forEach((doc, index) => {
    for (const e of [...doc.errors, ...doc.warnings]) {
      const pos = lineCounter.linePos(e.pos[0]);
      diagnostics.push({
        severity: doc.errors.includes(e) ? 'error' : 'warning',
        rule: 'yaml',
        message: firstLine(e.message),
        file: path,
        line: pos.line,
        column: pos.col,
        index,
      });
    }
    if (doc.errors.length === 0) diagnostics.push(...checkStructure(doc, file, index));
  });
  file.docs = docs.filter((d) => d.contents !== null || d.errors.length > 0);
  return { file, diagnostics };
}

function yamlCrash(path: string, err: unknown): Diagnostic {
  const tooDeep = err instanceof RangeError;
  return {
    severity: 'error',
    rule: 'yaml',
    message: tooDeep ? 'YAML is nested too deeply to read' : `YAML could not be read: ${firstLine(String((err as Error)?.message ?? err))}`,
    file: path,
    line: 1,
    column: 1,
  };
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

/**
 * Walks a parsed document once (iteratively, so deep input cannot overflow the
 * stack) and reports: duplicate keys (both places), nesting beyond MAX_DEPTH,
 * and alias use beyond MAX_ALIAS_COUNT (billion-laughs style input).
 */
function checkStructure(doc: Document.Parsed, file: SourceFile, index: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  let aliases = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) {
      out.push(at(file, node as YamlNode, index, 'yaml/depth', `document is nested more than ${MAX_DEPTH} levels deep`));
      return out;
    }
    if (isMap(node)) {
      const seen = new Map<string, YamlNode>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode;
        const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
        if (key !== undefined) {
          const first = seen.get(key);
          if (first) {
            const p = pos(file, first);
            out.push({
              ...at(file, keyNode, index, 'yaml/duplicate-key', `duplicate key "${key}" (first defined at line ${p.line}, column ${p.column})`),
              hint: 'keep one of the two entries',
            });
          } else seen.set(key, keyNode);
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if (node && (node as { type?: string }).type === 'ALIAS') {
      aliases++;
      if (aliases > MAX_ALIAS_COUNT) {
        out.push(at(file, node as YamlNode, index, 'yaml/aliases', `more than ${MAX_ALIAS_COUNT} aliases: refusing input that may expand exponentially (alias bomb)`));
        return out;
      }
    } else if (isPair(node)) {
      stack.push({ node: node.value, depth: depth + 1 });
    }
  }
  if (aliases > 0) {
    // Count the real expansion size without materialising it.
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      out.push({
        severity: 'error',
        rule: 'yaml/aliases',
        message: 'aliases expand to too many nodes: refusing input that may expand exponentially (alias bomb)',
        file: file.path,
        line: 1,
        column: 1,
        index,
      });
    }
  }
  return out;
}

function at(file: SourceFile, node: YamlNode | undefined, index: number, rule: string, message: string): Diagnostic {
  const p = pos(file, node);
  return { severity: 'error', rule, message, file: file.path, line: p.line, column: p.column, index };
}

/** 1-based position of a node's start; 1:1 when the node has no range. */
export function pos(file: SourceFile | undefined, node: YamlNode | null | undefined): Position {
  const offset = node?.range?.[0];
  if (!file || offset === undefined) return { line: 1, column: 1 };
  const p = file.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

/**
 * Finds the node at `path` in `doc`, or the deepest existing ancestor.
 * With `key: true` and a map entry as the last segment, returns the key node,
 * which is where "unknown field" style problems should point.
 */
export function nodeAt(doc: Document, path: readonly (string | number)[], key = false): YamlNode | undefined {
  let node: unknown = doc.contents;
  let last: YamlNode | undefined = node as YamlNode;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return last;
      if (key && i === path.length - 1) return pair.key as YamlNode;
      node = pair.value;
      last = (pair.value as YamlNode) ?? (pair.key as YamlNode);
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (!node) return last;
      last = node as YamlNode;
    } else {
      return last;
    }
  }
  return last;
}

/** Serialises documents as a `---`-separated stream. */
export function stringifyDocuments(docs: readonly Document[]): string {
  return docs.map((d) => d.toString(STRINGIFY_OPTIONS)).join('---\n');
}

/** Makes a new document from plain data with our schema, ready to merge or print. */
export function newDocument(value: unknown): Document {
  return new Document(value, { ...YAML_OPTIONS });
}
