/**
 * The adversarial corpus: inputs a careless edit, a bad merge or an attacker
 * produces. A case is a folder under cases/: `package/` (rendered with
 * `render`) or `stdin.yaml` (fed to `fn`), `errors.txt` (one regex per line,
 * each must match the output) and optionally `forbidden.txt` (strings, such
 * as credential values, that must appear nowhere). Every case must fail
 * with exit 1, without a stack trace; render must print nothing on stdout.
 * Inputs too big or too odd to keep in Git are built below. How long a
 * refusal takes is measured by bench/refusals.mjs, not asserted here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runInProcess } from '../../functions/cli.js';
import { MAX_ALIAS_COUNT, MAX_DOCUMENTS, MAX_INPUT_BYTES } from '../../functions/lib/io/yaml.js';
import { assertNoCrash } from '../property/outcome.js';

const CASES = path.join(__dirname, 'cases');

interface Refusal {
  code: number;
  stdout: string;
  stderr: string;
}

function expectRefused(r: Refusal, expected: string[], forbidden: string[], mode: 'render' | 'fn'): void {
  assertNoCrash(r);
  assert.is(r.code, 1, `exit code\n${r.stderr}${r.stdout}`);
  if (mode === 'render') assert.is(r.stdout, '', 'render printed output although it failed');
  const all = r.stderr + r.stdout;
  for (const re of expected) assert.match(all, new RegExp(re, 'm'), `expected diagnostic /${re}/, got:\n${all.slice(0, 2000)}`);
  for (const s of forbidden) assert.not.ok(all.includes(s), `printed the forbidden string ${JSON.stringify(s)}`);
}

const lines = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '') : []);

for (const name of fs.readdirSync(CASES).sort()) {
  const dir = path.join(CASES, name);
  const expected = lines(path.join(dir, 'errors.txt'));
  const forbidden = lines(path.join(dir, 'forbidden.txt'));
  test(`corpus ${name}`, async () => {
    assert.ok(expected.length > 0, 'errors.txt is missing or empty');
    const stdin = path.join(dir, 'stdin.yaml');
    const r = fs.existsSync(stdin) ? await runInProcess(['fn'], { stdin: fs.readFileSync(stdin, 'utf8') }) : await runInProcess(['render', path.join(dir, 'package')]);
    expectRefused(r, expected, forbidden, fs.existsSync(stdin) ? 'fn' : 'render');
  });
}

const INVENTORY = `apiVersion: backends.rhoso.io/v1alpha1
kind: BackendInventory
metadata:
  name: backends
spec:
  cinder:
    backends:
      - name: nfs
        driver: nfs
        credentials:
          secretName: nfs-secrets
`;

/** A temporary package with the given files; removed afterwards. */
async function withPackage(files: Record<string, string | Buffer>, fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-adv-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    await fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function refusedRender(dir: string, expected: string[]): Promise<void> {
  const r = await runInProcess(['render', dir]);
  expectRefused(r, expected, [], 'render');
}

test(`a file over the ${MAX_INPUT_BYTES / 1024 / 1024} MiB input limit is refused before it is parsed`, async () => {
  const big = INVENTORY + `  note: "${'x'.repeat(MAX_INPUT_BYTES)}"\n`;
  await withPackage({ 'inventory.yaml': big }, (dir) => refusedRender(dir, [`inventory\\.yaml:1:1: error\\[io/size\\]: file is larger than the 16 MiB input limit`]));
});

test(`a stream of more than ${MAX_DOCUMENTS} documents is refused before it is parsed`, async () => {
  await withPackage({ 'inventory.yaml': INVENTORY, 'many.yaml': 'a: 1\n---\n'.repeat(MAX_DOCUMENTS + 1) }, (dir) => refusedRender(dir, [`many\\.yaml:1:1: error\\[io/size\\]: file holds more than ${MAX_DOCUMENTS} YAML documents`]));
});

test(`more than ${MAX_ALIAS_COUNT} aliases in one document are refused`, async () => {
  const aliases = Array.from({ length: MAX_ALIAS_COUNT + 1 }, (_, i) => `  k${i}: *a`).join('\n');
  await withPackage({ 'inventory.yaml': INVENTORY, 'aliases.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nbase: &a v\ndata:\n${aliases}\n` }, (dir) =>
    refusedRender(dir, [`aliases\\.yaml:\\d+:\\d+: error\\[yaml/aliases\\]: more than ${MAX_ALIAS_COUNT} aliases`]),
  );
});

test('100,000 levels of nesting do not overflow the stack', async () => {
  await withPackage({ 'inventory.yaml': INVENTORY, 'deep.yaml': `x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n` }, (dir) => refusedRender(dir, ['deep\\.yaml:\\d+:\\d+: error\\[yaml/depth\\]: document is nested more than 200 levels deep']));
});

test('files[].path through a symlink that points outside the package is refused', async () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-outside-'));
  try {
    fs.writeFileSync(path.join(outside, 'secret.pem'), 'not for the package');
    const inventory = INVENTORY + '        files:\n          - name: ca.pem\n            mountPath: /etc/cinder/ca.pem\n            path: files/ca.pem\n';
    await withPackage({ 'inventory.yaml': inventory }, async (dir) => {
      fs.mkdirSync(path.join(dir, 'files'));
      fs.symlinkSync(path.join(outside, 'secret.pem'), path.join(dir, 'files', 'ca.pem'));
      await refusedRender(dir, ['inventory\\.yaml:\\d+:\\d+: error\\[RB006\\]: spec\\.cinder\\.backends\\[0\\]\\.files\\[0\\]\\.path: path "files/ca\\.pem" is a symlink that points outside the package']);
      // And a symlinked directory on the way is no way out either.
      fs.rmSync(path.join(dir, 'files'), { recursive: true });
      fs.symlinkSync(outside, path.join(dir, 'files'));
      fs.renameSync(path.join(outside, 'secret.pem'), path.join(outside, 'ca.pem'));
      await refusedRender(dir, ['error\\[RB006\\]: .*path "files/ca\\.pem" is a symlink that points outside the package']);
    });
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
});

test('a package file that is not UTF-8 (UTF-16 with BOM) is refused with its position', async () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(INVENTORY, 'utf16le')]);
  await withPackage({ 'inventory.yaml': utf16 }, (dir) => refusedRender(dir, ['inventory\\.yaml:1:1: error\\[yaml/encoding\\]: not valid UTF-8 \\(byte 0xff at offset 0\\)']));
});

test('a UTF-8 byte order mark is accepted, as Kubernetes accepts it', async () => {
  await withPackage({ 'inventory.yaml': '\uFEFF' + INVENTORY }, async (dir) => {
    const r = await runInProcess(['render', dir]);
    assert.is(r.code, 0, r.stderr);
  });
});

test('fn: stdin that is not UTF-8 is refused, not silently repaired', async () => {
  const { runCli } = await import('../support/cli.js');
  const r = runCli(['fn'], { input: Buffer.concat([Buffer.from('apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\nfunctionConfig: {x: "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]) as unknown as string });
  expectRefused(r, ['<stdin>:4:\\d+: error\\[yaml/encoding\\]: not valid UTF-8 \\(byte 0xc3 at offset \\d+\\)'], [], 'render');
});

test.run();
