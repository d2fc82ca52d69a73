/** The ESO template of an INI fragment renders exactly the plaintext fragment; literal `{{` is escaped; references parse. */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeGoTemplate, iniTemplate, templateRef } from '../../functions/lib/expand/credentials.js';
import { iniSection } from '../../functions/lib/expand/ini.js';
import { templateRefs } from '../../functions/lib/secrets/template-refs.js';
import { renderGoTemplate } from './go-template.js';

test('the evaluator follows Go: {{ "{{" }} renders {{, a bare }} is text, {{{ does not parse, unknown keys fail', () => {
  assert.is(renderGoTemplate('a {{ "{{" }} b }} c', {}), 'a {{ b }} c');
  assert.is(renderGoTemplate('{{`{{ .notAVar }}`}}', {}), '{{ .notAVar }}');
  assert.throws(() => renderGoTemplate('{{{ .x }}}', { x: '1' }), /unexpected "\{"/);
  assert.throws(() => renderGoTemplate('{{ .missing }}', {}), /map has no entry for key "missing"/);
});

test('escapeGoTemplate: literal text with {{, }}, {{{ and nested braces renders unchanged', () => {
  for (const text of ['{{', '}}', '{{{', '{{{{{', 'a{{b}}c', '{ {{ } }}', 'x = {{ .notAVar }}', '{{ "{{" }}', 'json = {"a": {{"b": 1}}}', '{']) {
    assert.is(renderGoTemplate(escapeGoTemplate(text), {}), text, JSON.stringify(text));
  }
});

test('escapeGoTemplate round-trips any text (property)', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('{', '}', '"', '`', '\\', 'a', ' ', '\n', '.', '-') }), (text) => renderGoTemplate(escapeGoTemplate(text), {}) === text),
    { numRuns: 2000 },
  );
});

test('templateRef: {{ .key }} for identifiers, index for keys with - or .', () => {
  assert.is(templateRef('pure_api_token'), '{{ .pure_api_token }}');
  assert.is(templateRef('san-login'), '{{ index . "san-login" }}');
  assert.is(templateRef('example.api_key'), '{{ index . "example.api_key" }}');
  assert.is(renderGoTemplate(templateRef('san-login'), { 'san-login': 'admin' }), 'admin');
});

const optionKey = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,20}$/);
const section = fc.stringMatching(/^[A-Za-z0-9_.-]{1,20}$/);
// Store values may hold anything, braces included: they are data, never template text.
const value = fc.string({ unit: fc.constantFrom('{', '}', '"', '$', '%', 'a', 'Z', '0', ' ', '=', '-', '.') });

test('the INI template renders exactly what the plaintext mode writes, for any keys and values (property)', () => {
  fc.assert(
    fc.property(section, fc.dictionary(optionKey, value, { minKeys: 1, maxKeys: 6 }), (sec, values) => {
      const rendered = renderGoTemplate(iniTemplate(sec, Object.keys(values)), values);
      return rendered === iniSection(sec, values);
    }),
    { numRuns: 500 },
  );
});

test('templateRefs reads .key, $.key and index refs; flags .san-login; skips strings and comments', () => {
  const refs = templateRefs('[s]\na = {{ .a }}\nb = {{- index . "b-c" -}}\nc = {{ $.c | upper }}\n{{/* .no */}}{{ "{{ .no }}" }}\nd = {{ .san-login }}\n');
  assert.equal(refs?.keys.sort(), ['a', 'b-c', 'c']);
  assert.equal(refs?.badFields, [{ field: 'san-login', written: '.san-login' }]);
  assert.is(templateRefs('{{ range $k, $v := . }}{{ $k }}{{ end }}'), undefined, 'dot rebinding: not analysed');
  assert.equal(templateRefs(iniTemplate('pure', ['san_ip', 'san-login']))?.keys.sort(), ['san-login', 'san_ip']);
});

test.run();
