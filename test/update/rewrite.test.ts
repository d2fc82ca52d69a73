/** Source-preserving scalar edits (plan-update --write): only the edited values change, in their own quoting style. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseYamlFile } from '../../functions/lib/io/yaml.js';
import { rewriteScalars } from '../../functions/lib/update/rewrite.js';

function rewrite(text: string, edits: Array<{ path: (string | number)[]; from: string; to: string }>, docIndex = 0) {
  const { file } = parseYamlFile('x.yaml', text);
  return rewriteScalars(text, file.docs[docIndex], docIndex, edits);
}

test('plain, single- and double-quoted values keep their style; comments and spacing stay', () => {
  const text = [
    '# head comment',
    'a: 18.0.3          # plain',
    "b: 'reg/x:18.0.3'  # single",
    'c: "18.0.3"        # double',
    'd:   keep   # odd spacing',
    '',
  ].join('\n');
  const r = rewrite(text, [
    { path: ['a'], from: '18.0.3', to: '18.0.4' },
    { path: ['b'], from: 'reg/x:18.0.3', to: 'reg/x:18.0.4' },
    { path: ['c'], from: '18.0.3', to: '18.0.4' },
  ]);
  assert.equal(r.problems, []);
  assert.is(r.text, text.replace('a: 18.0.3 ', 'a: 18.0.4 ').replace("'reg/x:18.0.3'", "'reg/x:18.0.4'").replace('"18.0.3"', '"18.0.4"'));
});

test('a plain value that would read back as another type is quoted', () => {
  const r = rewrite('v: abc\n', [{ path: ['v'], from: 'abc', to: '18.0' }]);
  assert.equal(r.problems, []);
  assert.is(r.text, 'v: "18.0"\n');
});

test('values inside flow collections and lists, in the second document of a file, with CRLF line ends', () => {
  const text = 'kind: A\r\n---\r\nlist:\r\n  - {name: x, image: "r/x:1.0.0"}\r\n  - name: y\r\n    image: r/y:1.0.0\r\n';
  const r = rewrite(
    text,
    [
      { path: ['list', 0, 'image'], from: 'r/x:1.0.0', to: 'r/x:1.0.1' },
      { path: ['list', 1, 'image'], from: 'r/y:1.0.0', to: 'r/y:1.0.1' },
    ],
    1,
  );
  assert.equal(r.problems, []);
  assert.is(r.text, text.replace('r/x:1.0.0', 'r/x:1.0.1').replace('r/y:1.0.0', 'r/y:1.0.1'));
});

test('block scalars, unexpected values and non-scalars are refused, not guessed', () => {
  const text = 'a: |\n  x\nb: other\nc: {d: 1}\n';
  const r = rewrite(text, [
    { path: ['a'], from: 'x\n', to: 'y\n' },
    { path: ['b'], from: 'expected', to: 'new' },
    { path: ['c'], from: '', to: 'new' },
  ]);
  assert.is(r.text, text);
  assert.equal(
    r.problems.map((p) => p.message),
    ['a is written as a block scalar; change it by hand', 'b is "other", expected "expected"', 'c is not a plain value'],
  );
});

test('an anchored value shared with a field that is not edited is left alone', () => {
  const text = 'a: &img r/x:1.0.0\nb: *img\n';
  const r = rewrite(text, [{ path: ['b'], from: 'r/x:1.0.0', to: 'r/x:1.0.1' }]);
  assert.is(r.text, text);
  assert.match(r.problems[0].message, 'would change more than the planned values');
  // Both uses edited: the anchor changes once, and that is exactly the plan.
  const both = rewrite(text, [
    { path: ['a'], from: 'r/x:1.0.0', to: 'r/x:1.0.1' },
    { path: ['b'], from: 'r/x:1.0.0', to: 'r/x:1.0.1' },
  ]);
  assert.equal(both.problems, []);
  assert.is(both.text, 'a: &img r/x:1.0.1\nb: *img\n');
});

test.run();
