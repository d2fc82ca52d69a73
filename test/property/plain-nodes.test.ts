/**
 * Property: io/plain-nodes.ts builds the nodes the library builds and reads
 * back the data the library reads. nodeFromPlain(doc, v) is node for node
 * `doc.createNode(v)` (classes, values, tags, anchors, flow, every own field;
 * shared objects become the library's anchor and alias), and
 * plainFromDocument(doc) deep-equals `doc.toJS()` and has the same own keys
 * in the same order, on generated values and on parsed documents with
 * anchors, aliases, merge keys, tags and odd keys.
 */
import fc from 'fast-check';
import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nodeFromPlain, plainFromDocument } from '../../functions/lib/io/plain-nodes.js';
import { STRINGIFY_OPTIONS, YAML_OPTIONS } from '../../functions/lib/io/yaml.js';
import { checkProperty } from './fuzz.js';

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('yes', '0443', '0x1F', '<<', '', '~', 'a: b', '[DEFAULT]\nx = 1\n', '__proto__', 'constructor', '12:30:00', '2001-12-14') },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: false }), fc.constantFrom(0, -0, 1e21, Infinity, -Infinity, NaN)) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, undefined) },
);
const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('name', 'yes', '0443', '1', '0', '<<', '__proto__', 'toString', '', 'k\u00e9y') }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
})).node;

/** Every own field of every node (enumerable or not, symbols included), by class: what the printer and the library read. */
function dump(node: unknown, seen = new Set<unknown>()): unknown {
  if (node === null || typeof node !== 'object') return typeof node === 'number' && Object.is(node, -0) ? '-0' : node;
  if (seen.has(node)) return '<cycle>';
  seen.add(node);
  const out: Record<string, unknown> = { class: (node as object).constructor?.name };
  for (const k of Reflect.ownKeys(node)) {
    if (k === 'schema') continue; // the document's, shared
    const v = (node as Record<string | symbol, unknown>)[k];
    out[String(k)] = Array.isArray(v) ? v.map((x) => dump(x, seen)) : dump(v, seen);
  }
  return out;
}

function sameNodes(v: unknown): void {
  const lib = new Document(undefined, YAML_OPTIONS);
  const ours = new Document(undefined, YAML_OPTIONS);
  const expected = lib.createNode(v);
  const actual = nodeFromPlain(ours, v);
  assert.equal(dump(actual), dump(expected));
  lib.contents = expected as Document['contents'];
  ours.contents = actual as Document['contents'];
  assert.is(ours.toString(STRINGIFY_OPTIONS), lib.toString(STRINGIFY_OPTIONS));
}

function sameData(doc: Document): void {
  const outcome = (read: () => unknown) => {
    try {
      return { value: read() };
    } catch (err) {
      return { error: String(err) }; // a `<<` key with a scalar value: the library throws, and so does the fallback
    }
  };
  const expected = outcome(() => doc.toJS({ maxAliasCount: 100 }));
  const actual = outcome(() => plainFromDocument(doc, 100));
  assert.equal(actual, expected);
  assert.equal(keyOrder(actual.value), keyOrder(expected.value));
}

/** Own keys in order, and prototypes, all the way down (assert.equal does not look at either). */
function keyOrder(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return typeof v;
  if (Array.isArray(v)) return v.map(keyOrder);
  return { proto: Object.getPrototypeOf(v) === Object.prototype, keys: Reflect.ownKeys(v).map(String), values: Object.values(v).map(keyOrder) };
}

test('generated values: the same nodes as doc.createNode, and read back as doc.toJS reads them', async () => {
  await checkProperty('nodeFromPlain = createNode, plainFromDocument = toJS', value, async (v) => {
    sameNodes(v);
    const doc = new Document(undefined, YAML_OPTIONS);
    doc.contents = nodeFromPlain(doc, v) as Document['contents'];
    sameData(doc);
  });
});

test('values the library aliases or converts are left to it', () => {
  const shared = { a: 1 };
  const list = ['x'];
  for (const v of [
    { one: shared, two: shared },
    [list, list],
    { date: new Date(0) },
    { map: new Map([['a', 1]]) },
    { set: new Set([1]) },
    { boxed: new String('x') },
    { big: 10n ** 20n },
    { bytes: Buffer.from('x') },
    [1, undefined, 3],
    // eslint-disable-next-line no-sparse-arrays
    [1, , 3],
    Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
    { nested: { proto: Object.create(null) } },
    undefined,
    null,
    'text',
  ]) {
    sameNodes(v);
  }
});

test('parsed documents: the same data as doc.toJS, with aliases, merge keys, tags and odd keys left to the library', () => {
  const text = [
    'a: 1\nb: [x, {c: d}]\nc: |\n  [DEFAULT]\n  x = 1\nd: 0x1F\ne: yes\nf: ~\ng: 12:30:00\nh: 2001-12-14\n',
    'base: &b {x: 1, y: 2}\nuse: *b\n',
    'base: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\n',
    '"<<": quoted\nplain: 1\n',
    '__proto__: {polluted: true}\ntoString: 1\nconstructor: 2\n',
    '? [a, b]\n: list key\n',
    '? {a: 1}\n: map key\n',
    '1: one\n0x10: hex\ntrue: bool\n~: null key\n: empty key\n',
    'dup: 1\ndup: 2\n',
    '- a\n- &x b\n- *x\n',
    '!!set {a, b}\n',
    '!!omap [a: 1, b: 2]\n',
    's: !!str 1\nf: !!float 1\n',
    '- [a: 1]\n',
    'anchor: &only 1\n',
    '',
    'just a scalar\n',
  ].join('---\n');
  for (const doc of parseAllDocuments(text, { ...YAML_OPTIONS, uniqueKeys: false }) as Document[]) sameData(doc);
});

test('the library is still what a shared, tagged or aliased node becomes', () => {
  // An object met twice: an anchor and an alias, exactly as the library makes them.
  const shared = { k: 'v' };
  const doc = new Document(undefined, YAML_OPTIONS);
  const node = nodeFromPlain(doc, { a: shared, b: shared });
  assert.ok(isMap(node));
  const [a, b] = node.items;
  assert.ok(isPair(a) && isMap(a.value) && a.value.anchor === 'a1');
  assert.ok(isPair(b) && isAlias(b.value));
  // A plain value builds untagged scalars and plain collections.
  const plain = nodeFromPlain(doc, { list: ['x', 1, true, null], map: {} });
  assert.ok(isMap(plain));
  const list = plain.get('list', true);
  assert.ok(isSeq(list) && list.items.every((n) => isScalar(n) && n.tag === undefined));
});

test.run();
