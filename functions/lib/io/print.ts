/**
 * A printer for the documents render generates: block maps and lists of plain
 * scalars, without comments, anchors, tags or blank lines. It prints exactly
 * what `doc.toString(options)` prints (test/unit/print.test.ts checks it against
 * the library on generated documents and tricky scalars), without the library's
 * general machinery: every scalar of a 1,000-back-end control plane went
 * through a tag search and the schema's tag tests, and the same keys and values
 * repeat thousands of times. Scalars are still printed by the library's own
 * functions (the tag's `stringify`, `stringifyString`); a single-line string is
 * printed once per distinct text. Anything else (a comment, an anchor, a flow
 * list with items, ...) and the document is printed by the library: printDocument
 * returns undefined.
 */
import type { Document, Scalar, ToStringOptions } from 'yaml';
import * as yamlUtil from 'yaml/util';
import type { StringifyContext } from 'yaml/util';
import { isMap, isPair, isScalar, isSeq } from './yaml-nodes.js';

// Bound once, as in yaml-nodes.ts: called for every string printed.
const { stringifyString } = yamlUtil;

/** The library's defaults (yaml/dist/stringify/stringify.js createStringifyContext). */
const DEFAULTS = {
  blockQuote: true,
  defaultKeyType: null,
  defaultStringType: 'PLAIN',
  directives: null,
  doubleQuotedAsJSON: false,
  doubleQuotedMinMultiLineLength: 40,
  falseStr: 'false',
  flowCollectionPadding: true,
  indentSeq: true,
  lineWidth: 80,
  minContentWidth: 20,
  nullStr: 'null',
  simpleKeys: false,
  singleQuote: null,
  trailingComma: false,
  trueStr: 'true',
  verifyAliasOrder: true,
};

/** Thrown when a node is not one this printer handles: the library prints the document. */
const NOT_PLAIN = new Error('not a plain generated document');

interface Context {
  doc: Document;
  indent: string;
  indentStep: string;
  implicitKey?: boolean;
  indentAtStart?: number;
  inFlow: boolean | null;
  options: Record<string, unknown>;
  allNullValues?: boolean;
  forceBlockIndent?: boolean;
}

interface TagLike {
  tag: string;
  default?: boolean | 'key';
  format?: string;
  identify?: (value: unknown) => boolean;
  test?: RegExp;
  stringify?: (node: Scalar, ctx: StringifyContext, onComment?: () => void, onChompKeep?: () => void) => string;
}

const ignore = () => {};

/** `{ ...ctx, indent }` with the fields the library's functions read, in one shape (a spread per pair was half the time). */
function withIndent(ctx: Context, indent: string, implicitKey: boolean | undefined): Context {
  return {
    doc: ctx.doc,
    indent,
    indentStep: ctx.indentStep,
    implicitKey,
    indentAtStart: ctx.indentAtStart,
    inFlow: ctx.inFlow,
    options: ctx.options,
    allNullValues: ctx.allNullValues,
    forceBlockIndent: ctx.forceBlockIndent,
  };
}

/** The context of a pair's value (and key), one level in. */
function valueContext(ctx: Context): Context {
  const valueCtx = withIndent(ctx, ctx.indent + ctx.indentStep, true);
  valueCtx.allNullValues = false;
  return valueCtx;
}

export function printDocument(doc: Document, options: ToStringOptions): string | undefined {
  if (doc.errors.length > 0 || options.directives !== false || doc.commentBefore || doc.comment || doc.directives?.docEnd) return undefined;
  const contents = doc.contents;
  if (!(isMap(contents) || isSeq(contents)) || contents.commentBefore || contents.comment) return undefined;
  const opt: Record<string, unknown> = Object.assign({}, DEFAULTS, (doc.schema as { toStringOptions?: object }).toStringOptions, options);
  if (opt.collectionStyle !== undefined && opt.collectionStyle !== 'any') return undefined;
  if (opt.simpleKeys) return undefined;
  const ctx: Context = {
    doc,
    indent: '',
    indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
    implicitKey: undefined,
    indentAtStart: undefined,
    inFlow: null,
    options: opt,
    allNullValues: undefined,
    forceBlockIndent: undefined,
  };
  const printer = new Printer(doc, opt);
  try {
    return `${printer.node(contents, ctx)}\n`;
  } catch (err) {
    if (err === NOT_PLAIN) return undefined;
    throw err;
  }
}

class Printer {
  private readonly tags: TagLike[];
  /** Single-line strings as printed, by key-ness and style: their text alone decides (lineWidth 0, not in a flow collection). */
  private readonly printedKeys = new Map<string, string>();
  private readonly printedValues = new Map<string, string>();
  private readonly printedTyped = new Map<string, Map<string, string>>();
  private readonly memo: boolean;

  constructor(doc: Document, private readonly options: Record<string, unknown>) {
    this.tags = doc.schema.tags as TagLike[];
    this.memo = !((options.lineWidth as number) > 0);
  }

  node(node: unknown, ctx: Context): string {
    if (isScalar(node)) return this.scalar(node, ctx);
    if (isMap(node)) {
      if (node.tag || node.anchor) throw NOT_PLAIN;
      if (node.items.length === 0) return this.empty(node, '{}');
      if (node.flow || ctx.inFlow) throw NOT_PLAIN;
      // stringifyBlockCollection: items at the map's own indent.
      const itemCtx = withIndent(ctx, ctx.indent, ctx.implicitKey);
      let out = '';
      for (let i = 0; i < node.items.length; i++) {
        const line = this.pair(node.items[i], itemCtx);
        out += i === 0 ? line : `\n${ctx.indent}${line}`;
      }
      return out;
    }
    if (isSeq(node)) {
      if (node.tag || node.anchor) throw NOT_PLAIN;
      if (node.items.length === 0) return this.empty(node, '[]');
      if (node.flow || ctx.inFlow) throw NOT_PLAIN;
      const itemCtx = withIndent(ctx, `${ctx.indent}  `, ctx.implicitKey);
      let out = '';
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        if (!isScalar(item) && !isMap(item) && !isSeq(item)) throw NOT_PLAIN;
        if (item.spaceBefore || item.commentBefore || item.comment) throw NOT_PLAIN;
        const line = `- ${this.node(item, itemCtx)}`;
        out += i === 0 ? line : `\n${ctx.indent}${line}`;
      }
      return out;
    }
    throw NOT_PLAIN;
  }

  /** An empty map or list: the library prints `{}` / `[]`, block or flow. */
  private empty(node: { comment?: string | null }, text: string): string {
    if (node.comment) throw NOT_PLAIN;
    return text;
  }

  /** stringifyPair for a plain key (not explicit, no comments) and a node value. */
  private pair(item: unknown, ctx: Context): string {
    if (!isPair(item)) throw NOT_PLAIN;
    const { key, value } = item;
    if (!isScalar(key) || key.spaceBefore || key.commentBefore || key.comment) throw NOT_PLAIN;
    if (key.type === 'BLOCK_FOLDED' || key.type === 'BLOCK_LITERAL') throw NOT_PLAIN;
    if (!isScalar(value) && !isMap(value) && !isSeq(value)) throw NOT_PLAIN;
    if (value.spaceBefore || value.commentBefore || value.comment) throw NOT_PLAIN;
    // A key or scalar value printed before (most of them) needs no context of its own: one is made for the rest.
    let valueCtx: Context | undefined;
    let keyText = this.printedBefore(key, true, ctx);
    if (keyText === undefined) {
      valueCtx = valueContext(ctx);
      keyText = this.scalar(key, valueCtx);
    }
    // A longer key is written as an explicit `? key`.
    if (keyText.length > 1024) throw NOT_PLAIN;
    const head = `${keyText}:`;
    if (isScalar(value)) {
      let text = this.printedBefore(value, false, ctx);
      if (text === undefined) {
        valueCtx ??= valueContext(ctx);
        valueCtx.implicitKey = false;
        valueCtx.indentAtStart = head.length + 1;
        text = this.scalar(value, valueCtx);
      }
      return text === '' || text[0] === '\n' ? head + text : `${head} ${text}`;
    }
    valueCtx ??= valueContext(ctx);
    valueCtx.implicitKey = false;
    // indentSeq: false counts a list's `- ` as its indentation.
    if (!this.options.indentSeq && ctx.indentStep.length >= 2 && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
      valueCtx.indent = valueCtx.indent.substring(2);
    }
    const text = this.node(value, valueCtx);
    const flow = valueCtx.inFlow ?? value.flow ?? value.items.length === 0;
    return !flow || text.includes('\n') ? `${head}\n${valueCtx.indent}${text}` : `${head} ${text}`;
  }

  /** stringify() of a scalar without properties: the tag the library would pick, and its stringify. */
  private scalar(node: Scalar, ctx: Context): string {
    if (node.tag || node.anchor || node.comment || node.commentBefore) throw NOT_PLAIN;
    const table = this.memoTable(node, !!ctx.implicitKey, ctx);
    if (table !== undefined) {
      const known = table.get(node.value as string);
      if (known !== undefined) return known;
    }
    const tagObj = this.tagOf(node);
    // A tag that is not the default one would be printed as a property (`!!binary`).
    if (!tagObj || !tagObj.default) throw NOT_PLAIN;
    const stringifyContext = ctx as unknown as StringifyContext;
    const text = typeof tagObj.stringify === 'function' ? tagObj.stringify(node, stringifyContext, ignore, ignore) : stringifyString(node, stringifyContext, ignore, ignore);
    if (table !== undefined) table.set(node.value as string, text);
    return text;
  }

  /** What `scalar` printed for the same text before, as a key or a value; undefined when not kept (or not yet printed). */
  private printedBefore(node: Scalar, implicitKey: boolean, ctx: Context): string | undefined {
    return this.memoTable(node, implicitKey, ctx)?.get(node.value as string);
  }

  /**
   * Where a scalar's printed text is kept, by its text: a single-line string without properties, outside flow
   * collections, is printed the same wherever it is (lineWidth 0); keys and values apart, and by scalar type.
   */
  private memoTable(node: Scalar, implicitKey: boolean, ctx: Context): Map<string, string> | undefined {
    const value = node.value;
    if (!this.memo || typeof value !== 'string' || node.format !== undefined || ctx.inFlow) return undefined;
    if (node.tag || node.anchor || node.comment || node.commentBefore) return undefined;
    if (value.includes('\n') || /^(%|---|\.\.\.)/.test(value)) return undefined;
    // Generated scalars have no type: their tables are found without making a key.
    if (node.type === undefined) return implicitKey ? this.printedKeys : this.printedValues;
    const name = `${implicitKey ? 'k' : 'v'}${node.type}`;
    let table = this.printedTyped.get(name);
    if (!table) this.printedTyped.set(name, (table = new Map()));
    return table;
  }

  /** getTagObject of yaml/dist/stringify/stringify.js for an untagged scalar. */
  private tagOf(node: Scalar): TagLike | undefined {
    const value = node.value;
    let match = this.tags.filter((t) => t.identify?.(value));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0) match = testMatch;
    }
    return match.find((t) => t.format === node.format) ?? match.find((t) => !t.format);
  }
}
