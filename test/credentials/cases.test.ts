/**
 * Credential fixtures: test/credentials/cases/<case>/package is a package;
 * <case>/expected.txt holds the exact diagnostics (errors and warnings; the
 * info summary is checked where a case is about it), and, when the render
 * succeeds, <case>/expected-secrets.yaml the exact Secret-producing documents
 * of the output (Secret, ExternalSecret, SealedSecret) — the part this area
 * owns, so other areas' changes to the control plane do not touch these cases.
 * <case>/outcome.txt, written by a person (`ok` or `error RB040 ...`), is
 * checked first and never rewritten. UPDATE_FIXTURES=1 rewrites the expected
 * files (not outcome.txt).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { stringify } from 'yaml';
import { ROOT, runCli } from '../support/cli.js';
import { assertOutcome, readOutcome, UPDATE_FIXTURES } from '../support/outcome.js';
import { validateManifest } from '../support/crd.js';
import { parseStream } from '../support/yaml.js';

const base = path.join(ROOT, 'test', 'credentials', 'cases');
const SECRET_KINDS = new Set(['Secret', 'ExternalSecret', 'SealedSecret']);

for (const name of fs.readdirSync(base).sort()) {
  const dir = path.join(base, name);
  if (!fs.existsSync(path.join(dir, 'package'))) continue;
  test(`credentials case ${name}`, () => {
    const outcome = readOutcome(dir);
    const r = runCli(['render', 'package'], { cwd: dir });
    const lines = r.stderr.split('\n').filter((l) => / (error|warning)\[/.test(l));
    assertOutcome(outcome, r.code, lines);
    const diagnostics = lines.join('\n');
    const expectedTxt = path.join(dir, 'expected.txt');
    const expectedSecrets = path.join(dir, 'expected-secrets.yaml');
    const secrets = r.code === 0 ? parseStream(r.stdout).filter((d) => SECRET_KINDS.has(d.kind)) : [];
    const secretsText = secrets.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
    if (UPDATE_FIXTURES) {
      fs.writeFileSync(expectedTxt, diagnostics ? diagnostics + '\n' : '');
      if (r.code === 0) fs.writeFileSync(expectedSecrets, secretsText);
      else fs.rmSync(expectedSecrets, { force: true });
    }
    const want = fs.existsSync(expectedTxt) ? fs.readFileSync(expectedTxt, 'utf8').trimEnd() : '';
    assert.fixture(diagnostics, want, 'diagnostics');
    assert.not.match(r.stderr, /\n\s+at /, 'no stack trace');
    if (!outcome.ok) {
      assert.is(r.stdout, '', 'no partial output on error');
      return;
    }
    assert.fixture(secretsText, fs.readFileSync(expectedSecrets, 'utf8'), 'Secret-producing documents');
    for (const doc of secrets) assert.equal(validateManifest(doc), [], `${doc.kind}/${doc.metadata?.name}`);
  });
}

test('a secretName the package provides is listed as provided (and how); one it does not, as expected in the cluster', () => {
  const r = runCli(['render', 'package'], { cwd: path.join(base, 'provided-in-package') });
  assert.is(r.code, 0, r.stderr);
  const provided = r.stderr.split('\n').find((l) => l.includes('Secrets provided in the package:')) ?? '';
  assert.match(provided, 'cinder-volume-pure-secrets (SealedSecret in secrets.yaml)');
  assert.match(provided, 'cinder-volume-ontap-secrets (SOPS-encrypted Secret in secrets.yaml)');
  assert.match(provided, 'pure-certs (ExternalSecret in secrets.yaml)');
  assert.not.match(provided, 'cinder-volume-nfs-secrets');
  const external = r.stderr.split('\n').find((l) => l.includes('Secrets expected in the cluster')) ?? '';
  assert.match(external, /: cinder-volume-nfs-secrets$/);
});

test('the SOPS file passes through byte for byte in content: never decrypted, never rewritten', () => {
  const dir = path.join(base, 'provided-in-package');
  const r = runCli(['render', 'package'], { cwd: dir });
  const input = parseStream(fs.readFileSync(path.join(dir, 'package', 'secrets.yaml'), 'utf8')).find((d) => d.sops);
  const output = parseStream(r.stdout).find((d) => d.kind === 'Secret' && d.metadata.name === input.metadata.name);
  assert.equal(output, input);
});

/** Each credentials rule: a case where it fires and one where it stays quiet (case names, or example:<name>). */
const RULE_CASES: Record<string, { fires: string; quiet: string[] }> = {
  RB005: { fires: 'plaintext-without-opt-in', quiet: ['plaintext-opt-in', 'example:vault'] },
  RB008: { fires: 'credential-in-options', quiet: ['example:vault', 'example:sops'] },
  RB012: { fires: 'credential-in-options', quiet: ['example:vault', 'example:sealed-secrets'] },
  RB014: { fires: 'required-keys-missing', quiet: ['example:vault', 'external-secret-render'] },
  RB040: { fires: 'external-secret-without-store', quiet: ['example:vault'] },
  RB041: { fires: 'credential-in-options', quiet: ['example:vault'] },
  RB042: { fires: 'private-key-in-package-file', quiet: ['public-file-in-package'] },
  RB043: { fires: 'refresh-interval-overflow', quiet: ['external-secret-render', 'example:vault'] },
  RB200: { fires: 'provided-but-wrong', quiet: ['provided-in-package', 'example:sealed-secrets'] },
  RB201: { fires: 'provided-but-wrong', quiet: ['provided-in-package', 'example:sealed-secrets'] },
  RB202: { fires: 'hand-written-secret-objects', quiet: ['provided-in-package', 'example:sops'] },
  RB203: { fires: 'hand-written-secret-objects', quiet: ['provided-in-package', 'example:vault'] },
  RB204: { fires: 'hand-written-secret-objects', quiet: ['external-secret-render', 'example:vault'] },
  RB205: { fires: 'provided-but-wrong', quiet: ['provided-in-package', 'example:vault'] },
};

function diagnosticsOf(caseName: string): string {
  if (caseName.startsWith('example:')) return runCli(['render', `examples/${caseName.slice(8)}`]).stderr;
  if (caseName === 'plaintext-without-opt-in') return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'render', caseName, 'expected.txt'), 'utf8');
  return fs.readFileSync(path.join(base, caseName, 'expected.txt'), 'utf8');
}

for (const [id, { fires, quiet }] of Object.entries(RULE_CASES)) {
  test(`${id} fires in ${fires} and stays quiet in ${quiet.join(', ')}`, () => {
    assert.match(diagnosticsOf(fires), `[${id}]`, `${id} must fire in ${fires}`);
    for (const q of quiet) assert.not.match(diagnosticsOf(q), `[${id}]`, `${id} must stay quiet in ${q}`);
  });
}

for (const example of ['vault', 'sealed-secrets', 'sops']) {
  test(`example ${example} renders with no error or warning (every credentials rule stays quiet)`, () => {
    const r = runCli(['render', `examples/${example}`]);
    assert.is(r.code, 0, r.stderr);
    assert.equal(r.stderr.split('\n').filter((l) => / (error|warning)\[/.test(l)), []);
  });
}

test.run();
