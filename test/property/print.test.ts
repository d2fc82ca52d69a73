/**
 * Property: io/print.ts prints a document exactly as the yaml library does
 * (`doc.toString(STRINGIFY_OPTIONS)`), for generated documents (what render
 * prints through it) made of tricky scalars: YAML 1.1 lookalikes, Go number
 * forms, indicators, quotes, multi-line INI blocks with every chomping and
 * leading-space case, document markers, control characters and unicode. A
 * document it does not handle (comments, anchors, flow lists with items) is
 * left to the library: printDocument returns undefined, never other text.
 */
import fc from 'fast-check';
import { Document, parseAllDocuments } from 'yaml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { printDocument } from '../../functions/lib/io/print.js';
import { STRINGIFY_OPTIONS, YAML_OPTIONS } from '../../functions/lib/io/yaml.js';
import { checkProperty } from './fuzz.js';

const TRICKY = [
  // YAML 1.1 booleans and nulls, and what go-yaml reads as numbers
  'yes', 'No', 'ON', 'off', 'y', 'N', 'true', 'False', '~', 'null', 'NULL', '', ' ',
  '0443', '000120001607', '0x1F', '0o17', '0b101', '1_000', '1e3', '1.0', '.5', '-.inf', '.NaN', '+12', '-0',
  '12:30:00', '190:20:30', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '<<', '=',
  // indicators and what needs quotes
  'a: b', 'a #b', '#x', '- x', '-', '?', '? x', '*ref', '&anchor', '!tag', '%x', '@x', '`x', '|', '>', "'", '"', `it's`, 'say "hi"', `'a' "b"`,
  'trailing ', ' leading', 'a\tb', 'x:', 'x: ', '[a]', '{a: 1}', 'a,b', 'http://host:8080/x', 'registry.example.com/ns/img:1.2.3',
  '---', '--- x', '...', '%YAML', 'a\n---\nb', 'a\n...\n',
  // multi-line: INI blocks, chomping, leading spaces, blank lines, trailing spaces
  '[DEFAULT]\nenabled_backends = a,b\n', '[DEFAULT]\nx = 1', '[DEFAULT]\nx = 1\n\n', '\n\n', 'a\n', 'a\n\n\nb\n', '  indented\nnext\n',
  '\n leading newline', 'line \nnext', 'line\n  \n', 'tab\tline\n\tx\n', '# comment-like\nx = y # z\n', 'a\r\nb\n',
  // control characters and unicode
  'bell\u0007', 'nul\u0000', 'esc\u001b', 'nel\u0085', 'ls\u2028ps\u2029', 'nbsp\u00a0', 'caf\u00e9', '\u00fcber: x', 'emoji \u{1f600}', 'del\u007f', 'bom\ufeff',
];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom('[DEFAULT]', 'a = b', '', ' x', 'k = 0443', '#c', '\t'), { maxLength: 6 }).map((lines) => lines.join('\n')) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: false }), fc.constantFrom(0, -0, 1e21, 0.1, Infinity, -Infinity)) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
);

const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('name', 'customServiceConfig', 'replicas', 'yes', 'a: b', '0443', '-', '', 'k\u00e9y', '<<x') }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
})).node;

const documentValue = fc.oneof(fc.dictionary(key, value, { minKeys: 0, maxKeys: 6 }), fc.array(value, { maxLength: 4 }));

function same(doc: Document): void {
  const printed = printDocument(doc, STRINGIFY_OPTIONS);
  assert.type(printed, 'string', 'a generated document is printed by io/print.ts');
  assert.fixture(printed as string, doc.toString(STRINGIFY_OPTIONS));
}

test('every tricky scalar, as a value, a key and a list item, prints as the library prints it', () => {
  for (const s of TRICKY) {
    same(new Document({ spec: { customServiceConfig: s, list: [s, { k: s }] } }, YAML_OPTIONS));
    same(new Document({ [s]: s }, YAML_OPTIONS));
  }
  same(new Document({ numbers: [0, -0, 1.5, 1e21, 0.1, 2 ** 53, NaN, Infinity, -Infinity], flags: [true, false, null], empty: { map: {}, list: [] } }, YAML_OPTIONS));
});

test('generated documents of tricky scalars print as the library prints them', async () => {
  await checkProperty('print = library', documentValue, async (v) => same(new Document(v, YAML_OPTIONS)));
});

test('a document with comments, anchors or flow items is left to the library', () => {
  const [withComment, withAnchor, withFlow, plain] = parseAllDocuments('a: 1 # note\n---\na: &x 1\nb: *x\n---\na: [1, 2]\n---\na: "1"\nb: 0x1F\nc: |\n  x\n', YAML_OPTIONS) as Document[];
  assert.is(printDocument(withComment, STRINGIFY_OPTIONS), undefined);
  assert.is(printDocument(withAnchor, STRINGIFY_OPTIONS), undefined);
  assert.is(printDocument(withFlow, STRINGIFY_OPTIONS), undefined);
  // A parsed document without any of those prints the same too (its scalars keep their styles and source forms).
  assert.is(printDocument(plain, STRINGIFY_OPTIONS), plain.toString(STRINGIFY_OPTIONS));
});

test.run();
