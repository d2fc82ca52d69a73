/**
 * Plain data to `yaml` nodes and back, without the library's general machinery,
 * for what render builds and reads most: a generated 1,000-back-end control plane
 * is ≈ 100,000 nodes, and the library's `createNode` searches the schema's tags
 * for every scalar and tracks every object for aliases, and its `toJS` checks
 * every key for a YAML 1.1 merge key and every node for an anchor.
 *
 * Both give exactly what the library gives (test/property/plain-nodes.test.ts
 * compares them on generated values and parsed documents) and hand anything
 * else to the library: a value that is not a tree of strings, numbers,
 * booleans, null, arrays and plain objects (or that holds the same object
 * twice, which the library turns into an anchor and aliases); a document with
 * aliases, anchors, tags the library resolves to non-primitive values, merge
 * keys (`<<`), collection keys or the library's other collection classes.
 */
import * as yaml from 'yaml';
import type { Document, Node as YamlNode, Scalar as ScalarNode, Schema, YAMLMap as MapNode, YAMLSeq as SeqNode } from 'yaml';
import { isDocument } from './yaml-nodes.js';

// The node classes, bound once (see yaml-nodes.ts): one of them is made for every value.
const { Pair, Scalar, YAMLMap, YAMLSeq } = yaml;

/** Thrown inside a walk when the library must do the work. */
const NOT_PLAIN = new Error('not plain data');

/**
 * The schema makes plain scalars untagged `Scalar`s, plain objects `YAMLMap`s and arrays `YAMLSeq`s, unsorted
 * (checked once per schema, on a sample of each scalar type: the schemas of io/yaml.ts pick a scalar's tag by its type).
 */
const plainSchemas = new WeakMap<Schema, boolean>();

interface TagLike {
  tag: string;
  default?: boolean | 'key';
  format?: string;
  identify?: (value: unknown) => boolean;
  createNode?: unknown;
  nodeClass?: unknown;
}

function isPlainSchema(schema: Schema): boolean {
  let plain = plainSchemas.get(schema);
  if (plain === undefined) {
    const tags = schema.tags as TagLike[];
    // createNode's findTagObject: the first tag that identifies the value, without a format.
    const tagOf = (value: unknown) => tags.find((t) => t.identify?.(value) && !t.format);
    const scalarsPlain = ['a', '<<', 0, 1, 1.5, NaN, true, false, null].every((v) => {
      const t = tagOf(v);
      if (t === undefined || t.default !== true || t.nodeClass) return false;
      if (!t.createNode) return true;
      // The null tag makes its own node: a plain Scalar of the value, nothing else.
      const made = (t.createNode as (schema: Schema, value: unknown, ctx: object) => unknown)(schema, v, {}) as ScalarNode;
      return made?.constructor === Scalar && Object.is(made.value, v) && Object.keys(made).join() === 'value';
    });
    const s = schema as unknown as Record<symbol, TagLike | undefined> & { sortMapEntries?: unknown };
    // What createNode falls back to for objects and arrays no tag identifies.
    const mapTag = s[Symbol.for('yaml.map')];
    const seqTag = s[Symbol.for('yaml.seq')];
    plain =
      scalarsPlain &&
      tagOf({}) === undefined &&
      tagOf([]) === undefined &&
      mapTag?.default === true &&
      mapTag.nodeClass === YAMLMap &&
      seqTag?.default === true &&
      seqTag.nodeClass === YAMLSeq &&
      !s.sortMapEntries;
    plainSchemas.set(schema, plain);
  }
  return plain;
}

/**
 * `doc.createNode(value)`, for plain data built faster: the same nodes (untagged
 * `Scalar` per scalar, `YAMLMap` / `YAMLSeq` with the document's schema, pairs in
 * `Object.keys` order, `undefined` values left out).
 */
export function nodeFromPlain(doc: Document, value: unknown): YamlNode {
  if (isPlainSchema(doc.schema)) {
    try {
      return build(doc.schema, value, new Set());
    } catch (err) {
      if (err !== NOT_PLAIN) throw err;
    }
  }
  return doc.createNode(value) as YamlNode;
}

function build(schema: Schema, value: unknown, seen: Set<object>): YamlNode {
  if (value === null) return new Scalar(null);
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return new Scalar(value);
    case 'object':
      break;
    default:
      throw NOT_PLAIN; // undefined at the top, bigint, symbol, function: the library decides
  }
  const obj = value as object;
  // The library aliases an object met twice (anchor + alias): not plain.
  if (seen.has(obj)) throw NOT_PLAIN;
  seen.add(obj);
  if (Array.isArray(obj)) {
    if (Object.getPrototypeOf(obj) !== Array.prototype) throw NOT_PLAIN;
    const seq = new YAMLSeq(schema);
    for (let i = 0; i < obj.length; i++) {
      // A hole or undefined item: the library makes a Scalar of undefined; leave it to the library.
      if (!(i in obj) || obj[i] === undefined) throw NOT_PLAIN;
      seq.items.push(build(schema, obj[i], seen));
    }
    return seq;
  }
  const proto = Object.getPrototypeOf(obj);
  if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN; // Map, Set, Date, Buffer, class instances, boxed primitives
  const map = new YAMLMap(schema);
  const record = obj as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (v === undefined) continue;
    map.items.push(new Pair(new Scalar(key), build(schema, v, seen)));
  }
  return map;
}

/**
 * `doc.toJS({ maxAliasCount })` for documents without aliases, anchors and merge
 * keys (every generated document and most hand-written ones); the library for the rest.
 */
export function plainFromDocument(doc: Document, maxAliasCount: number): unknown {
  if (isDocument(doc)) {
    try {
      return toPlain(doc.contents);
    } catch (err) {
      if (err !== NOT_PLAIN) throw err;
    }
  }
  return doc.toJS({ maxAliasCount });
}

const isPlainScalar = (node: { constructor: unknown; anchor?: string }): boolean => (node.constructor as unknown) === Scalar && !node.anchor;

function toPlain(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  const n = node as { anchor?: string; constructor: unknown };
  if (n.anchor) throw NOT_PLAIN;
  if (n.constructor === Scalar) {
    const v = (node as ScalarNode).value;
    // Scalars the library resolved to an object (a merge key's symbol, !!binary bytes, ...): the library's toJS.
    if (v !== null && typeof v === 'object') throw NOT_PLAIN;
    if (typeof v === 'symbol' || typeof v === 'function') throw NOT_PLAIN;
    return v;
  }
  if (n.constructor === YAMLSeq) {
    const items = (node as SeqNode).items;
    const out = new Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = toPlain(items[i]);
    return out;
  }
  if (n.constructor === YAMLMap) {
    const out: Record<string, unknown> = {};
    for (const pair of (node as MapNode).items as unknown[]) {
      if (!(pair instanceof Pair)) throw NOT_PLAIN;
      const key = pair.key as { constructor: unknown; anchor?: string; value?: unknown } | null;
      let k: string;
      if (key === null || key === undefined) k = '';
      else if (!isPlainScalar(key)) throw NOT_PLAIN;
      else {
        const kv = (key as { value?: unknown }).value;
        if (kv === null) k = '';
        else if (typeof kv === 'object' || typeof kv === 'symbol' || typeof kv === 'function') throw NOT_PLAIN;
        // A `<<` key may be a YAML 1.1 merge key: the library knows when.
        else if (kv === '<<') throw NOT_PLAIN;
        else k = String(kv);
      }
      const value = toPlain(pair.value);
      // As the library's addPairToJSMap: a key the object already has (or inherits, `__proto__`) is defined, not assigned.
      if (k in out) Object.defineProperty(out, k, { value, writable: true, enumerable: true, configurable: true });
      else out[k] = value;
    }
    return out;
  }
  // Alias, Pair in a list, YAMLOMap, YAMLSet, ...
  throw NOT_PLAIN;
}
