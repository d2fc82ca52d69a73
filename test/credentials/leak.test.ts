/**
 * Leak test: for every example, every credentials case and every leak
 * fixture, collect each credential-looking value in the inputs (values under
 * password/token/login/secret-like keys, `key = value` INI lines with such
 * keys, private-key bodies and Ceph keyring secrets in any file), run every
 * output path the tool has (render text and JSON, --output-dir, validate,
 * explain, the KRM function), and require that none of them appears anywhere except in the
 * data/stringData of a Secret (the opt-in plaintext Secret, or the package's
 * own Secret passed through).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isScalar, parseAllDocuments, stringify, visit } from 'yaml';
import { SECRET_OPTION } from '../../functions/lib/rules/inventory/RB008-credential-in-options.js';
import { ROOT, runCli } from '../support/cli.js';

const packages = [
  ...subdirs(path.join(ROOT, 'examples')),
  ...subdirs(path.join(ROOT, 'test', 'credentials', 'cases')).map((d) => path.join(d, 'package')),
  ...subdirs(path.join(ROOT, 'test', 'credentials', 'leak')),
].filter((d) => fs.existsSync(d));

function subdirs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(dir, e.name))
    .sort();
}

function filesOf(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? (e as any).path, e.name));
}

const INI_LINE = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.+?)\s*$/gm;
/** Values too short or too common to be meaningful needles. */
const usable = (v: string) => v.length >= 6 && !/^(true|false|null)$/i.test(v) && !v.startsWith('ENC[') && !/^\{\{.*\}\}$/.test(v);

/** Every credential-looking value in the package's input files. */
export function credentialValues(dir: string): Set<string> {
  const out = new Set<string>();
  const addIni = (text: string) => {
    for (const m of text.matchAll(INI_LINE)) if (SECRET_OPTION.test(m[1]) && usable(m[2])) out.add(m[2].replace(/^["']|["']$/g, ''));
  };
  for (const file of filesOf(dir)) {
    const text = fs.readFileSync(file, 'latin1');
    for (const m of text.matchAll(/-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----([\s\S]*?)-----END/g)) {
      for (const line of m[1].split('\n').map((l) => l.trim())) if (line.length >= 16) out.add(line);
    }
    for (const m of text.matchAll(/^\s*key\s*=\s*(AQ[A-Za-z0-9+/]{20,}={0,2})\s*$/gm)) out.add(m[1]);
    if (!/\.ya?ml$/.test(file)) continue;
    const docs = parseAllDocuments(text, { version: '1.1' });
    const broken = docs.some((d) => d.errors.length > 0);
    if (broken) {
      addIni(text); // unparsable: scan the raw text for `password: value` lines
      continue;
    }
    for (const doc of docs) {
      visit(doc, {
        Pair(_, pair) {
          const key = isScalar(pair.key) ? String(pair.key.value) : '';
          if (isScalar(pair.value)) {
            const v = String(pair.value.value);
            // `secret: osp-secret` (OpenStackControlPlane spec.secret) names a Secret; it holds no value.
            if (SECRET_OPTION.test(key) && key !== 'secret' && usable(v)) out.add(v);
            if (typeof pair.value.value === 'string') addIni(pair.value.value);
          }
        },
      });
    }
  }
  return out;
}

/** A YAML stream without the data/stringData of Secrets (where plaintext may be) and without the passed-through inventory. */
function withoutSecretData(text: string): string {
  const docs = parseAllDocuments(text, { version: '1.1' });
  if (docs.some((d) => d.errors.length > 0)) return text;
  return docs
    .map((doc) => {
      visit(doc, {
        Map(_, map) {
          const kind = map.get('kind');
          if (kind === 'Secret') {
            map.delete('data');
            map.delete('stringData');
          }
          // The KRM function hands the package's own inventory back to kpt unchanged: that is the input, not output.
          if (kind === 'BackendInventory') map.delete('spec');
        },
      });
      return doc.toString({ lineWidth: 0 });
    })
    .join('---\n');
}

function resourceList(dir: string): string | undefined {
  const items: unknown[] = [];
  for (const file of filesOf(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'), { version: '1.1' });
    if (docs.some((d) => d.errors.length > 0)) return undefined;
    docs.forEach((d, i) => {
      const o = d.toJS();
      if (!o || typeof o !== 'object') return;
      o.metadata = o.metadata ?? {};
      o.metadata.annotations = { ...(o.metadata.annotations ?? {}), 'internal.config.kubernetes.io/path': path.relative(dir, file), 'internal.config.kubernetes.io/index': String(i) };
      items.push(o);
    });
  }
  return stringify({ apiVersion: 'config.kubernetes.io/v1', kind: 'ResourceList', items }, { lineWidth: 0 });
}

test('there are packages with credential values to look for', () => {
  const withValues = packages.filter((p) => credentialValues(p).size > 0);
  assert.ok(withValues.length >= 4, withValues.join(', '));
});

for (const dir of packages) {
  const rel = path.relative(ROOT, dir);
  test(`no credential value leaks: ${rel}`, () => {
    const needles = [...credentialValues(dir)];
    const outputs: Array<[string, string]> = [];
    const text = runCli(['render', rel]);
    outputs.push(['render stderr', text.stderr], ['render stdout', withoutSecretData(text.stdout)]);
    const json = runCli(['render', rel, '--format', 'json']);
    outputs.push(['render --format json stderr', json.stderr]);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-leak-'));
    try {
      const written = runCli(['render', rel, '--output-dir', outDir]);
      outputs.push(['render --output-dir stderr', written.stderr]);
      for (const f of filesOf(outDir)) outputs.push([`--output-dir ${path.basename(f)}`, withoutSecretData(fs.readFileSync(f, 'utf8'))]);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
    // validate and explain print findings and, for explain, which Secrets reach which pod: names only.
    for (const command of ['validate', 'explain']) {
      const r = runCli([command, rel]);
      outputs.push([`${command} stdout`, withoutSecretData(r.stdout)], [`${command} stderr`, r.stderr]);
    }
    const list = resourceList(dir);
    if (list) {
      const fn = runCli(['fn', '--package-root', dir], { input: list });
      outputs.push(['fn stderr', fn.stderr], ['fn stdout', withoutSecretData(fn.stdout)]);
    }
    for (const needle of needles) {
      for (const [where, out] of outputs) assert.not.ok(out.includes(needle), `${rel}: a credential value from the input appears in ${where}`);
    }
  });
}

test('the needle collector finds what it must (so the leak test cannot pass vacuously)', () => {
  const found = credentialValues(path.join(ROOT, 'test', 'credentials', 'cases', 'plaintext-opt-in', 'package'));
  assert.ok(found.has('lab-admin-login'));
  assert.ok(found.has('Lab-Password-{{not-a-template}}-9'));
  const options = credentialValues(path.join(ROOT, 'test', 'credentials', 'cases', 'credential-in-options', 'package'));
  assert.ok(options.has('7b5e1b2c-leaked-token-in-options'));
  assert.ok(options.has('Extra-Config-Secret-42'));
  const pem = credentialValues(path.join(ROOT, 'test', 'credentials', 'cases', 'private-key-in-package-file', 'package'));
  assert.ok(pem.size > 0);
  const broken = credentialValues(path.join(ROOT, 'test', 'credentials', 'leak', 'yaml-syntax-error'));
  assert.ok([...broken].some((v) => v.includes('Unclosed-Syntax-Secret-77')));
});

test.run();
