/**
 * Property: a credential value given in an inventory (credentials.values)
 * never appears in output except in the Secret generated for that back end,
 * and only with spec.secrets.allowPlaintext; it never appears in
 * diagnostics (text, JSON or fn results), also when it is misplaced or invalid.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runInProcess } from '../../functions/cli.js';
import { YAML_OPTIONS } from '../../functions/lib/io/yaml.js';
import { secretValue, validInventory, yamlText } from './arbitraries.js';
import { checkProperty, FUZZ_RUNS, Outcomes } from './fuzz.js';
import { assertNoCrash, fail, type RunOutcome } from './outcome.js';

/** Where a value can be put wrongly; each should be refused without echoing it. */
const misplacement = fc.constantFrom('none', 'none', 'none', 'options', 'extraConfig', 'newline', 'no-plaintext', 'bad-key', 'section');

const leakCase = fc.record({ inv: validInventory({ plaintext: true }), where: misplacement, stray: secretValue, json: fc.boolean() }).map(({ inv, where, stray, json }) => {
  const backends: any[] = [...(inv.spec.cinder?.backends ?? []), ...(inv.spec.manila?.backends ?? [])];
  const withValues = backends.find((b) => b.credentials?.values);
  const target = withValues ?? backends[0];
  switch (where) {
    case 'options':
      target.options = { ...(target.options ?? {}), san_password: stray };
      break;
    case 'extraConfig':
      target.extraConfig = `password = ${stray}\n`;
      break;
    case 'newline':
      target.credentials = { values: { san_password: `${stray}\n[DEFAULT]\ndebug = true` } };
      break;
    case 'no-plaintext':
      target.credentials = { values: { san_password: stray } };
      inv.spec.secrets = { allowPlaintext: false };
      break;
    case 'bad-key':
      target.credentials = { values: { 'bad key!': stray } };
      break;
    case 'section':
      target.credentials = { values: { san_password: stray }, secretName: stray.toLowerCase() };
      break;
  }
  const secrets = new Set<string>(where === 'none' ? [] : [stray]);
  for (const b of backends) for (const v of Object.values(b.credentials?.values ?? {})) secrets.add(String(v).split('\n')[0]);
  return { text: yamlText(inv, false), secrets: [...secrets], plaintext: inv.spec.secrets?.allowPlaintext === true, json };
});

function assertNoLeakInDiagnostics(r: RunOutcome, secrets: string[]): void {
  for (const s of secrets) if (r.stderr.includes(s)) fail(`credential value ${JSON.stringify(s)} printed in diagnostics`, r);
}

/** Every document of the stream that mentions a secret must be a generated Secret, with plaintext allowed. */
function assertOnlyInOwnSecret(r: RunOutcome, secrets: string[], plaintext: boolean): void {
  const docs = parseAllDocuments(r.stdout, YAML_OPTIONS);
  for (const d of Array.isArray(docs) ? docs : [docs]) {
    const text = d.toString();
    const obj = d.toJS();
    for (const s of secrets) {
      if (!text.includes(s)) continue;
      if (!plaintext) fail(`credential value ${JSON.stringify(s)} rendered without allowPlaintext`, r);
      if (obj?.kind !== 'Secret' || obj?.metadata?.labels?.['app.kubernetes.io/managed-by'] !== 'rhoso-backends') fail(`credential value ${JSON.stringify(s)} outside a generated Secret (${obj?.kind}/${obj?.metadata?.name})`, r);
      const inData = Object.values(obj.stringData ?? {}).some((v) => String(v).includes(s));
      if (!inData) fail(`credential value ${JSON.stringify(s)} in ${obj.metadata.name} outside stringData`, r);
    }
  }
}

test('credentials: values reach only their own Secret, with the plaintext opt-in, and never diagnostics', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-prop-leak-'));
  const outcomes = new Outcomes();
  try {
    await checkProperty('leak(render+fn)', leakCase, async (c) => {
      fs.writeFileSync(path.join(dir, 'inventory.yaml'), c.text);
      const r = await runInProcess(['render', dir, ...(c.json ? ['--format', 'json'] : [])]);
      assertNoCrash(r);
      assertNoLeakInDiagnostics(r, c.secrets);
      if (r.code === 0) assertOnlyInOwnSecret(r, c.secrets, c.plaintext);
      outcomes.add(r.code === 0 ? 'rendered' : 'refused');

      // fn: results must not carry values either; the inventory item itself goes back as it came.
      const list = `apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\nfunctionConfig:\n${c.text.replace(/^/gm, '  ')}`;
      const f = await runInProcess(['fn'], { stdin: list });
      assertNoCrash(f);
      const out = parseAllDocuments(f.stdout, YAML_OPTIONS);
      const js = (Array.isArray(out) ? out[0] : out)?.toJS() ?? {};
      const results = JSON.stringify(js.results ?? []);
      for (const s of c.secrets) if (results.includes(s) || f.stderr.includes(s)) fail(`fn printed credential value ${JSON.stringify(s)} in results`, f);
      if (f.code === 0) {
        const items = (js.items ?? []).map((i: unknown) => yamlText(i, false)).join('---\n');
        assertOnlyInOwnSecret({ ...f, stdout: items }, c.secrets, c.plaintext);
      }
    }, Math.ceil(FUZZ_RUNS / 2)); // each case renders and runs fn
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`  leak outcomes: ${outcomes}\n`);
  assert.ok(outcomes.get('rendered') > 0 && outcomes.get('refused') > 0, `both outcomes expected: ${outcomes}`);
});

test.run();
