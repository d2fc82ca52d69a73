/**
 * Transformer mode keeps what the user wrote: rendering an inventory into a
 * hand-written control plane (test/roundtrip/transformer/) keeps every
 * comment, the key order and every value exactly as Kubernetes reads it,
 * and rendering the result again changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runInProcess } from '../../functions/cli.js';
import { parseYamlFile } from '../../functions/lib/io/yaml.js';

const CASE = path.join(__dirname, 'transformer');
const handWritten = fs.readFileSync(path.join(CASE, 'controlplane.yaml'), 'utf8');

async function render(dir: string): Promise<string> {
  const r = await runInProcess(['render', dir]);
  assert.is(r.code, 0, r.stderr);
  return r.stdout;
}

function controlPlaneOf(stream: string): { text: string; value: any } {
  const { file, diagnostics } = parseYamlFile('out.yaml', stream);
  assert.equal(diagnostics, []);
  const doc = file.docs.find((d) => d.get('kind') === 'OpenStackControlPlane');
  assert.ok(doc, 'no control plane in the output');
  return { text: doc!.toString(), value: doc!.toJS() };
}

/** Every leaf of `obj` with its path. */
function leaves(obj: unknown, at: string[] = []): Array<[string[], unknown]> {
  if (obj && typeof obj === 'object') return Object.entries(obj).flatMap(([k, v]) => leaves(v, [...at, k]));
  return [[at, obj]];
}

test('every value the user wrote is still there, with the same meaning', async () => {
  const out = controlPlaneOf(await render(CASE)).value;
  const original = parseYamlFile('controlplane.yaml', handWritten).file.docs[0].toJS();
  for (const [at, value] of leaves(original)) {
    const got = at.reduce<any>((o, k) => o?.[k], out);
    assert.ok(Object.is(got, value), `${at.join('.')}: ${JSON.stringify(value)} became ${JSON.stringify(got)}`);
  }
  assert.is(out.spec.cinder.template.extraMounts[0].extraVol[0].volumes[0].secret.defaultMode, 420);
});

test('comments, key order and the source form of values survive', async () => {
  const text = controlPlaneOf(await render(CASE)).text;
  for (const comment of handWritten.match(/#.*$/gm) ?? []) assert.ok(text.includes(comment.trim()), `lost comment: ${comment}`);
  assert.match(text, /defaultMode: 0644 # octal: Kubernetes reads 420/);
  for (const line of handWritten.split('\n').filter((l) => l.includes('example.com/'))) {
    assert.ok(text.includes(line.trim().replace(/\s+#/, ' #')), `annotation changed: ${line.trim()}`);
  }
  assert.match(text, /customServiceConfig: \|\n\s+\[DEFAULT\]\n\s+debug = true\n\s+# an INI comment stays in the block\n/);
  // The user's keys keep their order; the tool's keys come after them.
  const keysOf = (t: string, indent: string) => [...t.matchAll(new RegExp(`^${indent}([A-Za-z][\\w-]*):`, 'gm'))].map((m) => m[1]);
  const before = keysOf(handWritten, '      ');
  const after = keysOf(text, '      ');
  assert.equal(after.slice(0, before.length), before);
});

test('rendering the rendered control plane again changes nothing', async () => {
  const first = await render(CASE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-roundtrip-'));
  try {
    fs.copyFileSync(path.join(CASE, 'inventory.yaml'), path.join(dir, 'inventory.yaml'));
    fs.writeFileSync(path.join(dir, 'rendered.yaml'), first);
    assert.is(await render(dir), first);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
