/**
 * YAML in and out, the way Kubernetes reads it.
 *
 * Kubernetes decodes manifests with go-yaml v2, i.e. YAML 1.1: `0644` is the
 * octal 420, `on`/`yes` are booleans, `0x1F` is an int. We parse and emit with
 * the `yaml` package's 1.1 schema so values keep that meaning, with one change:
 * an unquoted timestamp stays a string (go-yaml v2 gives a string when decoding
 * into interface{}), while a *string* that looks like one is still quoted on
 * output. Integers and floats follow go-yaml v2's resolver exactly (see
 * goNumber below), not the YAML 1.1 spec: `0o17` and `1e3` are numbers,
 * `12:30:00` (sexagesimal in the spec) and `e5` are strings.
 */
import {
  Document,
  LineCounter,
  parseAllDocuments,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  type ToStringOptions,
  type ScalarTag,
  type Tags,
  type Node as YamlNode,
} from 'yaml';
import { stringifyNumber } from 'yaml/util';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isAlias, isMap, isPair, isScalar, isSeq } from './yaml-nodes.js';

/** Largest single input we accept, documented in docs/security.md. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** Largest nesting depth of any YAML document we accept. */
export const MAX_DEPTH = 200;
/** Alias nodes allowed per document. */
export const MAX_ALIAS_COUNT = 100;
/** Nodes a document may expand to through its aliases before we call it an alias bomb. */
export const MAX_EXPANDED_NODES = 1_000_000;
/** YAML documents allowed in one file. */
export const MAX_DOCUMENTS = 10_000;

const timestampAsString: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  identify: () => false,
  test: /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
  resolve: (str: string) => str,
};

/** A plain scalar that go-yaml v2 reads as a number: its kind and value. */
interface GoNumber {
  kind: 'int' | 'float';
  value: number;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const GO_BASE_DIGITS: Record<number, RegExp> = { 2: /^[01]+$/, 8: /^[0-7]*$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ };
// go-yaml v2 resolve.go: the float syntax it hands to strconv.ParseFloat.
const GO_YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;

/** Go's strconv.ParseInt/ParseUint(s, 0, 64): base prefixes 0x 0o 0b (any case) and a leading 0 for octal. */
function goParseInteger(s: string, signed: boolean): bigint | undefined {
  let sign = 1n;
  if (signed && (s[0] === '+' || s[0] === '-')) {
    if (s[0] === '-') sign = -1n;
    s = s.slice(1);
  }
  if (s === '') return undefined;
  let base = 10;
  if (s[0] === '0') {
    const p = s.length >= 3 ? s[1].toLowerCase() : '';
    base = p === 'b' ? 2 : p === 'o' ? 8 : p === 'x' ? 16 : 8;
    s = s.slice(p === 'b' || p === 'o' || p === 'x' ? 2 : 1);
  }
  if (!GO_BASE_DIGITS[base].test(s)) return undefined;
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '';
  const n = sign * BigInt(prefix + (s || '0'));
  return signed ? (n >= INT64_MIN && n <= INT64_MAX ? n : undefined) : n <= UINT64_MAX ? n : undefined;
}

/**
 * go-yaml v2's resolve() for an untagged plain scalar, restricted to numbers
 * (null, bool and .inf/.nan are the same in the yaml package's 1.1 schema).
 * Kubernetes reads manifests with it, so this is what a value means there.
 */
export function goNumber(text: string): GoNumber | undefined {
  const first = text[0];
  if (first === '.') {
    return GO_DOT_FLOAT.test(text) && Number.isFinite(Number(text)) ? { kind: 'float', value: Number(text) } : undefined;
  }
  if (!(first === '+' || first === '-' || (first >= '0' && first <= '9'))) return undefined;
  // Dates and times go-yaml v2 hands back as strings; the timestamp tag owns them.
  if (/^[0-9]{4}-/.test(text)) return undefined;
  const plain = text.replace(/_/g, '');
  const int = goParseInteger(plain, true) ?? goParseInteger(plain, false);
  if (int !== undefined) return { kind: 'int', value: Number(int) };
  if (GO_YAML_FLOAT.test(plain) && Number.isFinite(Number(plain))) return { kind: 'float', value: Number(plain) };
  // go-yaml v2's own binary fallback; ParseInt already took `0b101`, this is `0b-101`.
  const binary = /^0b([-+]?)([01]+)$/.exec(plain);
  if (binary) {
    const n = BigInt(`0b${binary[2]}`) * (binary[1] === '-' ? -1n : 1n);
    if (n >= INT64_MIN && n <= INT64_MAX) return { kind: 'int', value: Number(n) };
  }
  return undefined;
}

/** A RegExp stand-in: the yaml package only ever calls `tag.test.test(text)`. */
class ScalarTest extends RegExp {
  constructor(private readonly accepts: (text: string) => boolean) {
    super('(?:)');
  }
  override test(text: string): boolean {
    return this.accepts(text);
  }
}

const goInt: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  default: true,
  identify: (value) => typeof value === 'bigint' || Number.isInteger(value),
  test: new ScalarTest((text) => goNumber(text)?.kind === 'int'),
  resolve: (text: string) => goNumber(text)!.value,
  stringify: stringifyNumber,
};

const goFloat: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  default: true,
  identify: (value) => typeof value === 'number',
  test: new ScalarTest((text) => goNumber(text)?.kind === 'float'),
  resolve: (text: string) => goNumber(text)!.value,
  stringify: stringifyNumber,
};

/**
 * Non-string scalars print exactly as the user wrote them (`0x1F`, `1e3`, `On`)
 * as long as the value is unchanged; only new or changed values are formatted
 * by the library.
 */
function keepSourceText(tag: ScalarTag, reread?: (source: string) => unknown): ScalarTag {
  const original = tag.stringify;
  if (!tag.test || !original) return tag;
  const valueOf = reread ?? ((source: string) => (tag.test!.test(source) ? tag.resolve(source, () => undefined, {} as never) : undefined));
  return {
    ...tag,
    stringify(node, ctx, onComment, onChompKeep) {
      const source = (node as { source?: unknown }).source;
      if (typeof source === 'string' && Object.is(valueOf(source), (node as { value?: unknown }).value)) return source;
      return original(node, ctx, onComment, onChompKeep);
    },
  };
}

const NON_FINITE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** The number a plain scalar's source text stands for (go-yaml v2), if any. */
function numberInSource(source: string): number | undefined {
  if (NON_FINITE.test(source)) return source.endsWith('an') || source.endsWith('AN') ? NaN : source.startsWith('-') ? -Infinity : Infinity;
  return goNumber(source)?.value;
}

const NUMERIC_OR_BOOL = /^tag:yaml\.org,2002:(int|float|bool|null)$/;
const isNaNOrInf = (t: ScalarTag) => t.tag === 'tag:yaml.org,2002:float' && !!t.test?.test('.nan');
// The 1.1 schema's own numbers (sexagesimal, `e5` as NaN, no 0o) give way to goInt/goFloat.
const replacedByGo = (t: ScalarTag) => t.tag === 'tag:yaml.org,2002:timestamp' || t.tag === 'tag:yaml.org,2002:int' || (t.tag === 'tag:yaml.org,2002:float' && !isNaNOrInf(t));
// go-yaml v2 has no !!set, !!omap, !!pairs (it reads plain maps and lists); !!binary is refused below.
const NOT_IN_GO_YAML = new Set(['tag:yaml.org,2002:binary', 'tag:yaml.org,2002:set', 'tag:yaml.org,2002:omap', 'tag:yaml.org,2002:pairs']);

// The library asks for the tags at every document it makes, always with its own (same) list of
// YAML 1.1 tags: build ours once per list (a stream of many documents asked again for each).
const goTagsFor = new WeakMap<Tags, Tags>();

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) => {
    let ours = goTagsFor.get(tags);
    if (!ours) {
      ours = [
        // goInt/goFloat come first: printing a number picks the first tag that identifies it, and only they know its source forms.
        // `1e3`, `1.0` and `085` are numbers with integral values: either tag may print them, from their source.
        keepSourceText(goInt, numberInSource),
        keepSourceText(goFloat, numberInSource),
        ...tags
          .filter((t) => !replacedByGo(t as ScalarTag) && !NOT_IN_GO_YAML.has((t as ScalarTag).tag))
          .map((t) => (NUMERIC_OR_BOOL.test((t as ScalarTag).tag) ? keepSourceText(t as ScalarTag) : t)),
        timestampAsString,
      ];
      goTagsFor.set(tags, ours);
    }
    return ours;
  },
  uniqueKeys: false, // we report duplicates ourselves, with both locations
  prettyErrors: false,
  strict: true,
  keepSourceTokens: false,
  // The library prints its own warnings through process.emitWarning (e.g. a collection used as a key in a
  // file that did not parse, turned into plain data): a stray Node warning on stderr. We report problems
  // ourselves, with positions; errors still throw where the library throws.
  logLevel: 'error',
};

export const STRINGIFY_OPTIONS: ToStringOptions = {
  // Streams are joined with `---` by the writers; a document read after an explicit `---` must not bring its own.
  directives: false,
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
  const unreadable = checkCharacters(path, text);
  if (unreadable) return { file, diagnostics: [unreadable] };
  const separators = text.match(/^---(?=[ \t\r\n]|$)/gm)?.length ?? 0;
  if (separators > MAX_DOCUMENTS) {
    diagnostics.push({
      severity: 'error',
      rule: 'io/size',
      message: `file holds more than ${MAX_DOCUMENTS} YAML documents`,
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
      // Classified by the library's error code (and the tag as written), never by its message text.
      const tooDeep = e.code === 'RESOURCE_EXHAUSTION';
      // Kubernetes would hand the decoded bytes on; we cannot keep that value, so refuse it.
      const binary = e.code === 'TAG_RESOLVE_FAILED' && isBinaryTag(text.slice(e.pos[0], e.pos[1]));
      diagnostics.push({
        severity: doc.errors.includes(e) || binary ? 'error' : 'warning',
        rule: tooDeep ? 'yaml/depth' : 'yaml',
        message: tooDeep ? `document is nested more than ${MAX_DEPTH} levels deep` : binary ? '!!binary values are not supported' : firstLine(e.message),
        hint: binary ? 'write the text itself, or for a Secret put the base64 under data:' : e.code === 'TAB_AS_INDENT' ? 'indent with spaces' : undefined,
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

/**
 * Bytes in, text out: invalid UTF-8 is an error with its position, never
 * silently replaced by U+FFFD (that would change a value the user wrote).
 */
export function decodeUtf8(path: string, bytes: Uint8Array): { text?: string; diagnostic?: Diagnostic } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const good = Math.min(validUtf8Prefix(bytes), bytes.length - 1);
    const before = Buffer.from(bytes.subarray(0, good)).toString('utf8');
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      diagnostic: {
        severity: 'error',
        rule: 'yaml/encoding',
        message: `not valid UTF-8 (byte 0x${bytes[good].toString(16).padStart(2, '0')} at offset ${good})`,
        hint: 'save the file as UTF-8',
        file: path,
        line,
        column,
      },
    };
  }
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629). */
function validUtf8Prefix(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // Second-byte ranges that rule out overlong forms, surrogates and code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return i;
}

/**
 * Characters go-yaml (and so Kubernetes) refuses anywhere in a stream: C0/C1
 * control characters other than tab, LF, CR and NEL, DEL, U+FFFE/U+FFFF and
 * unpaired surrogates.
 */
const NOT_ALLOWED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkCharacters(path: string, text: string): Diagnostic | undefined {
  // A lone CR is a line break to go-yaml but not to the yaml package: the two would read different values.
  const cr = /\r(?!\n)/.exec(text);
  if (cr) {
    const before = text.slice(0, cr.index);
    return {
      severity: 'error',
      rule: 'yaml',
      message: 'carriage return (CR) without a line feed: old Mac line endings are read differently by different YAML parsers',
      hint: 'save the file with LF (or CRLF) line endings',
      file: path,
      line: before.split('\n').length,
      column: cr.index - before.lastIndexOf('\n'),
    };
  }
  const m = NOT_ALLOWED.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return {
    severity: 'error',
    rule: 'yaml',
    message: `character U+${code} is not allowed in YAML (Kubernetes refuses the file)`,
    hint: `remove it; inside a double-quoted string write it as an escape, e.g. "\\u${code}"`,
    file: path,
    line: before.split('\n').length,
    column: m.index - before.lastIndexOf('\n'),
  };
}

/** `!!binary` or its verbatim form `!<tag:yaml.org,2002:binary>`, at the start of the span an error points at. */
const isBinaryTag = (source: string) => /^(!!binary|!<tag:yaml\.org,2002:binary>)(?![\w-])/.test(source.trimStart());

function yamlCrash(path: string, err: unknown): Diagnostic {
  const tooDeep = err instanceof RangeError;
  return {
    severity: 'error',
    rule: tooDeep ? 'yaml/depth' : 'yaml',
    message: tooDeep ? `document is nested more than ${MAX_DEPTH} levels deep` : `YAML could not be read: ${firstLine(String((err as Error)?.message ?? err))}`,
    file: path,
    line: 1,
    column: 1,
  };
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

type Walked = YamlNode | null | undefined;

/** Children of a collection, keys included (keys can nest and hold aliases too). */
function childrenOf(node: Walked): Walked[] {
  const nodes: Walked[] = [];
  pushChildren(node, 0, nodes, []);
  return nodes;
}

/** Pushes the children of a collection, keys included (keys can nest and hold aliases too), in order. */
function pushChildren(node: Walked, depth: number, nodes: Walked[], depths: number[]): void {
  if (isMap(node)) {
    for (const p of node.items) {
      nodes.push(p.key as Walked, p.value as Walked);
      depths.push(depth, depth);
    }
  } else if (isSeq(node)) {
    for (const n of node.items) {
      if (isPair(n)) {
        nodes.push(n.key as Walked, n.value as Walked);
        depths.push(depth, depth);
      } else {
        nodes.push(n as Walked);
        depths.push(depth);
      }
    }
  }
}

/**
 * Walks a parsed document (iteratively, so deep input cannot overflow the
 * stack) and reports: a %YAML version other than 1.1, duplicate keys (both
 * places), nesting beyond MAX_DEPTH, more than MAX_ALIAS_COUNT aliases,
 * aliases to no anchor or to a node containing them, and aliases that expand
 * past MAX_EXPANDED_NODES nodes or MAX_DEPTH levels (billion laughs).
 */
function checkStructure(doc: Document.Parsed, file: SourceFile, index: number): Diagnostic[] {
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== '1.1') {
    return [{ ...at(file, doc.contents as YamlNode, index, 'yaml', `%YAML ${version.version} documents are not read by Kubernetes (it reads YAML 1.1)`), line: 1, column: 1, hint: 'remove the %YAML directive' }];
  }
  const out: Diagnostic[] = [];
  let aliases = 0;
  // Two parallel stacks, not one object per node: a 10,000-back-end inventory has hundreds of thousands.
  const nodes: Walked[] = [doc.contents as Walked];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (depth > MAX_DEPTH) {
      out.push(at(file, node as YamlNode, index, 'yaml/depth', `document is nested more than ${MAX_DEPTH} levels deep`));
      return out;
    }
    if (isAlias(node)) {
      if (++aliases > MAX_ALIAS_COUNT) {
        out.push(at(file, node, index, 'yaml/aliases', `more than ${MAX_ALIAS_COUNT} aliases: refusing input that may expand exponentially (alias bomb)`));
        return out;
      }
      if (!node.resolve(doc)) {
        out.push({ ...at(file, node, index, 'yaml/aliases', `alias *${node.source} refers to no anchor &${node.source} defined before it`), hint: `define &${node.source} earlier in the same document` });
        return out;
      }
      continue;
    }
    if (isMap(node) && node.items.length > 1) {
      // Small maps (most of them) look keys up in a list: no Map per map.
      const seen = node.items.length > 8 ? new Map<string, YamlNode>() : undefined;
      const keys: Array<string | undefined> = [];
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode;
        const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
        keys.push(key);
        if (key === undefined) continue;
        const first = seen ? seen.get(key) : (node.items[keys.indexOf(key)].key as YamlNode);
        if (first !== undefined && first !== keyNode) {
          const p = pos(file, first);
          out.push({
            ...at(file, keyNode, index, 'yaml/duplicate-key', `duplicate key "${key}" (first defined at line ${p.line}, column ${p.column})`),
            hint: 'keep one of the two entries',
          });
        } else if (seen) seen.set(key, keyNode);
      }
    }
    pushChildren(node, depth + 1, nodes, depths);
  }
  if (aliases > 0 && out.length === 0) {
    const expanded = checkExpansion(doc, file, index);
    if (expanded) out.push(expanded);
  }
  return out;
}

/** Size and depth of the document with every alias replaced by its anchor's node, memoised per node. */
function checkExpansion(doc: Document.Parsed, file: SourceFile, index: number): Diagnostic | undefined {
  const measured = new Map<YamlNode, { size: number; depth: number }>();
  const open = new Set<YamlNode>();
  const target = (n: Walked): Walked => (isAlias(n) ? (n.resolve(doc) as Walked) : n);
  const stack: Array<{ node: Walked; via: Walked; expanded: boolean }> = [{ node: doc.contents as Walked, via: doc.contents as Walked, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const node = target(top.node);
    if (!node || measured.has(node) || !(isMap(node) || isSeq(node))) {
      if (node && !measured.has(node)) measured.set(node, { size: 1, depth: 1 });
      stack.pop();
      continue;
    }
    if (!top.expanded) {
      if (open.has(node)) {
        return { ...at(file, top.via as YamlNode, index, 'yaml/aliases', 'alias refers to a node that contains it (infinite expansion)'), hint: 'an alias must point at an anchor outside itself' };
      }
      open.add(node);
      top.expanded = true;
      for (const child of childrenOf(node)) stack.push({ node: child, via: child, expanded: false });
      continue;
    }
    let size = 1;
    let depth = 0;
    for (const child of childrenOf(node)) {
      const m = measured.get(target(child) as YamlNode) ?? { size: 1, depth: 1 };
      size += m.size;
      depth = Math.max(depth, m.depth);
    }
    open.delete(node);
    measured.set(node, { size, depth: depth + 1 });
    stack.pop();
    if (size > MAX_EXPANDED_NODES || depth + 1 > MAX_DEPTH) {
      return {
        ...at(file, node, index, 'yaml/aliases', `aliases expand this document past ${size > MAX_EXPANDED_NODES ? `${MAX_EXPANDED_NODES} nodes` : `${MAX_DEPTH} levels`}: refusing input that may expand exponentially (alias bomb)`),
        hint: 'write the repeated content out, or use fewer nested aliases',
      };
    }
  }
  return undefined;
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
