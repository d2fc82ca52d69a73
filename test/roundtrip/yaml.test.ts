/**
 * YAML as Kubernetes reads it (go-yaml v2, YAML 1.1) in, and out again
 * without changing a value: a table of plain scalars with the value
 * Kubernetes gives them, a table of strings that must be quoted on output,
 * and properties over arbitrary strings and numbers.
 */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { itemFromValue } from '../../functions/lib/io/resources.js';
import { stringifyStream } from '../../functions/lib/io/stream.js';
import { parseYamlFile } from '../../functions/lib/io/yaml.js';

/** A document made from plain data the way production makes one (expansion output, generated resources). */
const newDocument = (value: unknown) => itemFromValue(value, 'test.yaml', 0).doc;

/** Plain scalar -> the value go-yaml v2 (and so kubectl / the API server) reads. */
const KUBERNETES_READS: Array<[string, unknown]> = [
  ['0644', 420], // octal: defaultMode 0644 is 420, not 644
  ['0o644', 420],
  ['0O17', 15],
  ['0x1F', 31],
  ['0X1f', 31],
  ['-0x1F', -31],
  ['0b101', 5],
  ['0b-101', -5], // go-yaml v2's own binary fallback
  ['+12', 12],
  ['1_000', 1000],
  ['0_x1F', 31], // go-yaml strips every underscore before ParseInt
  ['1e3', 1000],
  ['1.0', 1],
  ['.5', 0.5],
  ['-.5', -0.5],
  ['085', 85], // not octal: a float
  ['08', 8],
  ['9223372036854775807', 9223372036854775807],
  ['18446744073709551615', 18446744073709551615], // ParseUint
  ['1e400', '1e400'], // ParseFloat overflows: a string
  ['e5', 'e5'],
  ['.', '.'],
  ['0x', '0x'],
  ['0o8', '0o8'],
  ['1.2.3', '1.2.3'],
  ['12:30:00', '12:30:00'], // no sexagesimal numbers in go-yaml
  ['190:20:30', '190:20:30'],
  ['2024-05-06', '2024-05-06'], // timestamps come back as strings
  ['2024-05-06T10:00:00Z', '2024-05-06T10:00:00Z'],
  ['2024-13-45', '2024-13-45'],
  ['on', true],
  ['On', true],
  ['ON', true],
  ['yes', true],
  ['Y', true],
  ['y', true],
  ['true', true],
  ['off', false],
  ['n', false],
  ['NO', false],
  ['False', false],
  ['yEs', 'yEs'],
  ['tRUE', 'tRUE'],
  ['~', null],
  ['null', null],
  ['Null', null],
  ['', null],
  ['.inf', Infinity],
  ['-.Inf', -Infinity],
  ['.nan', NaN],
  ['=', '='],
  ['-x', '-x'],
];

for (const [text, expected] of KUBERNETES_READS) {
  test(`reads ${JSON.stringify(text)} as ${String(expected)}, as Kubernetes does`, () => {
    const { file, diagnostics } = parseYamlFile('t.yaml', `v: ${text}\n`);
    assert.equal(diagnostics, []);
    const value = (file.docs[0].toJS() as { v: unknown }).v;
    assert.ok(Object.is(value, expected) || value === expected, `got ${JSON.stringify(value)}`);
    // Unchanged numbers and booleans print exactly as written; strings may gain quotes (see below), never change.
    const out = stringifyStream(file.docs);
    if (typeof value === 'string') assert.equal(parseYamlFile('o.yaml', out).file.docs[0].toJS(), { v: value });
    else if (text !== '') assert.is(out, `v: ${text}\n`);
  });
}

/** Strings that Kubernetes would read as something else if printed bare. */
const MUST_QUOTE = ['2024-05-06', '2024-05-06T10:00:00Z', 'on', 'yes', 'y', 'N', 'off', 'true', '0x1F', '0o17', '0644', '1e3', '1.0', '085', '+12', '1_000', '~', 'null', '', '.inf', '.nan', '0b101'];
/** Strings that may go out bare: they read back as strings. */
const MAY_BE_PLAIN = ['12:30:00', 'e5', 'yEs', '1.2.3', 'hello', 'a-b_c', '1e400'];

for (const s of MUST_QUOTE) {
  test(`writes the string ${JSON.stringify(s)} quoted`, () => {
    const out = stringifyStream([newDocument({ v: s })]);
    assert.match(out, /^v: ["']/, out);
    assert.equal(parseYamlFile('o.yaml', out).file.docs[0].toJS(), { v: s });
  });
}
for (const s of MAY_BE_PLAIN) {
  test(`writes the string ${JSON.stringify(s)} so it reads back as that string`, () => {
    const out = stringifyStream([newDocument({ v: s })]);
    assert.equal(parseYamlFile('o.yaml', out).file.docs[0].toJS(), { v: s });
  });
}

test('multi-line INI is written as a literal block, byte for byte', () => {
  const ini = '[DEFAULT]\ndebug = true\n\n[pure]\n# comment\nsan_ip = 10.0.0.1\n';
  const out = stringifyStream([newDocument({ customServiceConfig: ini })]);
  assert.is(out, 'customServiceConfig: |\n  [DEFAULT]\n  debug = true\n\n  [pure]\n  # comment\n  san_ip = 10.0.0.1\n');
  assert.equal(parseYamlFile('o.yaml', out).file.docs[0].toJS(), { customServiceConfig: ini });
});

test('long lines are never folded (certificates, INI values)', () => {
  const long = 'x'.repeat(500) + ' ' + 'y'.repeat(500);
  const out = stringifyStream([newDocument({ v: long })]);
  assert.is(out.split('\n').length, 2, out.slice(0, 100));
});

/** Text go-yaml accepts: no control characters but tab/LF, no lone surrogates or CR. */
const yamlSafeString = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/g, ''));

test('property: any string value survives write and read unchanged', () => {
  fc.assert(
    fc.property(yamlSafeString, yamlSafeString, (key, value) => {
      const out = stringifyStream([newDocument({ [`k${key}`]: value, list: [value], nested: { v: value } })]);
      const back = parseYamlFile('o.yaml', out);
      assert.equal(back.diagnostics, [], out);
      assert.equal(back.file.docs[0].toJS(), { [`k${key}`]: value, list: [value], nested: { v: value } });
    }),
    { numRuns: 2000, seed: 42 },
  );
});

test('property: any number survives write and read unchanged', () => {
  fc.assert(
    fc.property(fc.oneof(fc.integer(), fc.double(), fc.maxSafeInteger()), (n) => {
      const out = stringifyStream([newDocument({ n })]);
      const back = (parseYamlFile('o.yaml', out).file.docs[0].toJS() as { n: number }).n;
      assert.ok(Object.is(back, n) || (n === 0 && back === 0), `${n} -> ${out.trim()} -> ${back}`);
    }),
    { numRuns: 2000, seed: 42 },
  );
});

test('property: a plain scalar Kubernetes reads as a string prints back as the same string', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9a-zA-Z.+_:~-]{1,12}$/), (text) => {
      const { file, diagnostics } = parseYamlFile('t.yaml', `v: ${text}\n`);
      if (diagnostics.length) return;
      const value = (file.docs[0].toJS() as { v: unknown }).v;
      const out = stringifyStream([newDocument({ v: value })]);
      const again = (parseYamlFile('o.yaml', out).file.docs[0].toJS() as { v: unknown }).v;
      assert.ok(Object.is(again, value), `${text} -> ${JSON.stringify(value)} -> ${out.trim()} -> ${JSON.stringify(again)}`);
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test.run();
