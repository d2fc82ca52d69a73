/**
 * The docs run (convention: docs/tested-docs.md). Every fenced `sh` block in
 * README.md and docs/*.md runs in a temporary copy of the repository (one
 * copy per document, blocks in order, so a page is one flow), with the
 * built bundle on PATH as `rhoso-backends`; a ```text block right after it
 * is its expected output. Fenced YAML is checked: a Kptfile with the real
 * kpt, a BackendInventory with `rhoso-backends validate`, an ImageCatalog
 * and inventory fragments with their JSON schemas, manifests against the
 * CRDs (test/support/crd.ts). `rhoso-backends ...` written inline in prose
 * runs as written. What cannot run here is marked in the doc and reported
 * as skipped, with the reason; the last test prints the counts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAllDocuments } from 'yaml';
import { validateManifest } from '../support/crd.js';
import { CLI, PROGRAM, ROOT } from '../support/cli.js';

interface Fence {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** 0-based index of the closing fence line. */
  end: number;
  lang: string;
  body: string;
  /** `<!-- docs-test: ... -->` directives right above the fence. */
  directives: string[];
  /** The ```text block right after a ```sh block: its expected output. */
  expected?: string;
}

interface Inline {
  file: string;
  line: number;
  command: string;
}

interface Outcome {
  where: string;
  what: string;
  /** Why it did not run; undefined when it ran. */
  skipped?: string;
}

const DIRECTIVE = /^<!--\s*docs-test:\s*(.*?)\s*-->$/;
/** Marker reasons a block may be skipped for: what this test machine cannot offer. */
const SKIP_REASONS = ['needs-cluster', 'needs-container-engine', 'needs-network'];

export function parseMarkdown(file: string, text: string): { fences: Fence[]; inline: Inline[] } {
  const lines = text.split('\n');
  const fences: Fence[] = [];
  const inline: Inline[] = [];
  let pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]);
    if (open) {
      const end = lines.findIndex((l, j) => j > i && l.startsWith(open[1]) && l.trim() === open[1]);
      const close = end < 0 ? lines.length : end;
      const fence: Fence = { file, line: i + 1, end: close, lang: open[2] || 'none', body: lines.slice(i + 1, close).join('\n') + '\n', directives: pending };
      const previous = fences[fences.length - 1];
      const gap = previous ? lines.slice(previous.end + 1, i).every((l) => l.trim() === '') : false;
      if (fence.lang === 'text' && previous?.lang === 'sh' && gap && pending.length === 0) previous.expected = fence.body;
      else fences.push(fence);
      pending = [];
      i = close;
      continue;
    }
    const directive = DIRECTIVE.exec(lines[i].trim());
    if (directive) {
      pending.push(directive[1]);
      continue;
    }
    if (lines[i].trim() !== '') pending = [];
    for (const m of lines[i].matchAll(/`(rhoso-backends [^`]+)`/g)) inline.push({ file, line: i + 1, command: m[1] });
  }
  return { fences, inline };
}

// ---------------------------------------------------------------- environment

const created: string[] = [];
process.on('exit', () => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rb-docs-${prefix}-`));
  created.push(dir);
  return dir;
}

const bin = tempDir('bin');
fs.symlinkSync(CLI, path.join(bin, 'rhoso-backends'));
const home = tempDir('home');
const ENV: NodeJS.ProcessEnv = {
  PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
  HOME: home,
  NO_COLOR: '1',
  GIT_AUTHOR_NAME: 'docs test',
  GIT_AUTHOR_EMAIL: 'docs@example.com',
  GIT_COMMITTER_NAME: 'docs test',
  GIT_COMMITTER_EMAIL: 'docs@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};
const run = (command: string, args: string[], cwd: string, input = '') => {
  const r = spawnSync(command, args, { cwd, env: ENV, input, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
};

/**
 * The repository as a fresh clone would have it (tracked and new files, the
 * committed bundle). The dependencies are reachable through a node_modules
 * link in the parent folder, so `node scripts/build.mjs` works; it is never
 * inside the copy, where a documented `npm ci` would empty it.
 */
function copyRepository(): string {
  const parent = tempDir('repo');
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(parent, 'node_modules'));
  const dest = path.join(parent, 'rhoso-backends');
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of files) {
    const from = path.join(ROOT, f);
    if (!fs.existsSync(from)) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(dest, f)), { recursive: true });
    fs.copyFileSync(from, path.join(dest, f));
  }
  fs.copyFileSync(CLI, path.join(dest, 'dist', 'rhoso-backends.cjs'));
  fs.copyFileSync(PROGRAM, path.join(dest, 'dist', 'rhoso-backends.program'));
  return dest;
}

/** Output lines against the doc's: equal after trimming line ends; a `...` line stands for any lines. */
export function matchesExpected(output: string, expected: string): string | undefined {
  const out = output.replace(/\s+$/, '').split('\n').map((l) => l.trimEnd());
  const want = expected.replace(/\s+$/, '').split('\n').map((l) => l.trimEnd());
  const match = (o: number, w: number): boolean => {
    if (w === want.length) return o === out.length;
    if (want[w] === '...') {
      for (let k = o; k <= out.length; k++) if (match(k, w + 1)) return true;
      return false;
    }
    return o < out.length && out[o] === want[w] && match(o + 1, w + 1);
  };
  return match(0, 0) ? undefined : `the output differs from the doc's text block:\n--- doc\n${want.join('\n')}\n--- actual\n${out.join('\n')}`;
}

// ---------------------------------------------------------------- checks

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const inventorySchema = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'backend-inventory.schema.json'), 'utf8')));
const catalogSchema = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'image-catalog.schema.json'), 'utf8')));
const INVENTORY_SPEC = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'backend-inventory.schema.json'), 'utf8')).properties.spec.properties as Record<string, unknown>;
const schemaErrors = (v: typeof inventorySchema) => (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${(e.params as any)?.additionalProperty ? ` (${(e.params as any).additionalProperty})` : ''}`);

function directiveOf(fence: Fence, name: string): string | undefined {
  const d = fence.directives.find((x) => x === name || x.startsWith(`${name} `) || x.startsWith(`${name}:`));
  return d === undefined ? undefined : d.slice(name.length).replace(/^:?\s*/, '');
}

/** A `skip <reason>: why` directive: the reason must be one of SKIP_REASONS. */
function skipOf(fence: Fence): string | undefined {
  const skip = directiveOf(fence, 'skip');
  if (skip === undefined) return undefined;
  const reason = skip.split(/[\s:]/)[0];
  assert.ok(SKIP_REASONS.includes(reason), `${fence.file}:${fence.line}: docs-test skip needs a reason, one of ${SKIP_REASONS.join(', ')} (got "${skip}")`);
  return skip;
}

function runShell(fence: Fence, repo: string): string | undefined {
  const setup = directiveOf(fence, 'setup');
  const exit = Number(directiveOf(fence, 'exit') ?? 0);
  const script = `exec 2>&1\n${setup ? `${setup}\n` : ''}${fence.body}`;
  const r = run('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], repo);
  if (r.code !== exit) return `exit ${r.code}, the doc expects ${exit}:\n${r.stdout}${r.stderr}`;
  return fence.expected === undefined ? undefined : matchesExpected(r.stdout, fence.expected);
}

function checkKptfile(fence: Fence, kptfile: any): string | undefined {
  const pkg = path.join(tempDir('kpt'), 'package');
  fs.mkdirSync(pkg);
  fs.writeFileSync(path.join(pkg, 'Kptfile'), fence.body);
  const functions = [...(kptfile.pipeline?.mutators ?? []), ...(kptfile.pipeline?.validators ?? [])];
  for (const fn of functions) {
    if (fn.configPath && !fs.existsSync(path.join(pkg, fn.configPath))) fs.copyFileSync(path.join(ROOT, 'examples', 'multi-vendor', 'inventory.yaml'), path.join(pkg, fn.configPath));
  }
  // A validator-only package still needs something to validate: a hand-written control plane.
  if (!functions.some((f) => f.configPath)) fs.cpSync(path.join(ROOT, 'examples', 'gitops', 'flux', 'rendered'), pkg, { recursive: true });
  const tree = run('kpt', ['pkg', 'tree', pkg], pkg);
  if (tree.code !== 0) return `kpt pkg tree refuses the Kptfile:\n${tree.stderr}`;
  const rendered = run('kpt', ['fn', 'render', '--allow-exec', pkg], pkg);
  return rendered.code === 0 ? undefined : `kpt fn render --allow-exec fails with this Kptfile:\n${rendered.stdout}${rendered.stderr}`;
}

/** Checks one YAML block; returns [problem, skipped reason]. */
function checkYaml(fence: Fence): [string | undefined, string | undefined] {
  const docs = parseAllDocuments(fence.body);
  const bad = docs.flatMap((d) => d.errors);
  if (bad.length > 0) return [`not valid YAML: ${bad[0].message}`, undefined];
  const problems: string[] = [];
  const skipped: string[] = [];
  for (const doc of docs) {
    const value = doc.toJS({ maxAliasCount: 100 });
    if (!value || typeof value !== 'object') continue;
    const kind = value.kind;
    if (kind === 'Kptfile') {
      const image = [...(value.pipeline?.mutators ?? []), ...(value.pipeline?.validators ?? [])].some((f: any) => f.image);
      if (image) skipped.push('needs-container-engine: image functions');
      else {
        const p = checkKptfile(fence, value);
        if (p) problems.push(p);
      }
    } else if (kind === 'BackendInventory') {
      const dir = tempDir('inventory');
      fs.writeFileSync(path.join(dir, 'inventory.yaml'), String(doc));
      const r = run(process.execPath, [CLI, 'validate', dir], dir);
      if (r.code !== 0) problems.push(`rhoso-backends validate: exit ${r.code}\n${r.stderr}`);
    } else if (kind === 'ImageCatalog') {
      if (!catalogSchema(value)) problems.push(`ImageCatalog schema: ${schemaErrors(catalogSchema).join('; ')}`);
    } else if (kind && value.apiVersion) {
      const errors = validateManifest(structuredClone(value));
      if (errors.length === 1 && errors[0].startsWith('no schema for')) skipped.push(`no schema here for ${value.apiVersion} ${kind}`);
      else problems.push(...errors);
    } else if (value.spec && !kind && Object.keys(value).length === 1 && Object.keys(value.spec).every((k) => k in INVENTORY_SPEC)) {
      // An inventory fragment: the schema checks it inside a minimal inventory.
      const inventory = { apiVersion: 'backends.rhoso.io/v1alpha1', kind: 'BackendInventory', metadata: { name: 'docs' }, spec: { controlPlane: { name: 'openstack', namespace: 'openstack' }, ...value.spec } };
      if (!inventorySchema(inventory)) problems.push(`inventory schema: ${schemaErrors(inventorySchema).join('; ')}`);
    } else skipped.push(`fragment (${Array.isArray(value) ? 'a list' : Object.keys(value).slice(0, 3).join(', ')}): not a whole manifest or inventory`);
  }
  return [problems.length ? problems.join('\n') : undefined, problems.length === 0 && skipped.length === docs.length ? skipped.join('; ') : undefined];
}

/** Placeholders mark a synopsis (`render PATH`), not a command to run. */
const PLACEHOLDER = /(^|\s)([A-Z][A-Z_]+)(\.\.\.)?(\s|$)|\.\.\.|<[^>]+>/;

function runInline(inline: Inline, repo: string): string | undefined {
  // Through bash, so quotes and redirections mean what they mean to a reader pasting it.
  const r = run('bash', ['--noprofile', '--norc', '-c', `${inline.command} </dev/null`], repo);
  // As written, the command line must be right: not a usage error (2), not a crash (3).
  if (r.code !== 0 && r.code !== 1) return `exit ${r.code}:\n${r.stderr}`;
  return undefined;
}

test('the conventions: text blocks pair with sh blocks, markers attach to the next fence, `...` matches any lines', () => {
  const md = ['<!-- docs-test: exit 1 -->', '```sh', 'false', '```', '', '```text', 'a', '```', '', 'Run `rhoso-backends render x` now.', '', '```text', 'b', '```'].join('\n');
  const { fences, inline } = parseMarkdown('t.md', md);
  assert.equal(fences.map((f) => [f.lang, f.directives, f.expected]), [['sh', ['exit 1'], 'a\n'], ['text', [], undefined]]);
  assert.equal(inline, [{ file: 't.md', line: 10, command: 'rhoso-backends render x' }]);
  assert.is(matchesExpected('a\nb\nc\n', 'a\n...\nc'), undefined);
  assert.is(matchesExpected('a\nc  \n', 'a\n...\nc'), undefined);
  assert.ok(matchesExpected('a\nb\n', 'a\nc'));
  assert.ok(matchesExpected('a\nb\nc\n', 'a\nb'), 'the text block is the whole output');
});

// ---------------------------------------------------------------- the run

const docFiles = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const outcomes: Outcome[] = [];

for (const file of docFiles) {
  const { fences, inline } = parseMarkdown(file, fs.readFileSync(path.join(ROOT, file), 'utf8'));
  if (fences.length === 0 && inline.length === 0) continue;
  test(`${file}: every sh block, YAML block and inline command`, () => {
    const failures: string[] = [];
    let repo: string | undefined;
    const fresh = () => (repo ??= copyRepository());
    for (const c of inline) {
      const where = `${file}:${c.line}`;
      if (PLACEHOLDER.test(c.command)) {
        outcomes.push({ where, what: `inline \`${c.command}\``, skipped: 'synopsis with placeholders' });
        continue;
      }
      const problem = runInline(c, fresh());
      outcomes.push({ where, what: `inline \`${c.command}\`` });
      if (problem) failures.push(`${where}: \`${c.command}\`: ${problem}`);
    }
    for (const fence of fences) {
      const where = `${file}:${fence.line}`;
      const what = `${fence.lang} block`;
      const skip = skipOf(fence);
      if (skip !== undefined) {
        outcomes.push({ where, what, skipped: skip });
        continue;
      }
      if (fence.lang === 'sh') {
        const problem = runShell(fence, fresh());
        outcomes.push({ where, what: fence.expected === undefined ? what : `${what} + output` });
        if (problem) failures.push(`${where}: ${problem}`);
      } else if (fence.lang === 'yaml' && directiveOf(fence, 'sketch') !== undefined) {
        // A sketch of the fields (alternatives, placeholders): it must still be YAML.
        const bad = parseAllDocuments(fence.body).flatMap((d) => d.errors);
        outcomes.push({ where, what, skipped: `sketch: ${directiveOf(fence, 'sketch')}` });
        if (bad.length > 0) failures.push(`${where}: not valid YAML: ${bad[0].message}`);
      } else if (fence.lang === 'yaml') {
        const [problem, skipped] = checkYaml(fence);
        outcomes.push({ where, what, skipped });
        if (problem) failures.push(`${where}: ${problem}`);
      } else if (fence.directives.length > 0) {
        failures.push(`${where}: docs-test directives on a ${fence.lang} block, which is never run`);
      }
    }
    assert.is(failures.length, 0, `\n${failures.join('\n\n')}`);
  });
}

test('docs test summary: how many ran, how many were skipped and why', () => {
  const ran = outcomes.filter((o) => !o.skipped);
  const skipped = outcomes.filter((o) => o.skipped);
  const reasons = new Map<string, string[]>();
  for (const o of skipped) {
    const reason = o.skipped!.split(':')[0];
    reasons.set(reason, [...(reasons.get(reason) ?? []), o.where]);
  }
  const lines = [
    `docs: ${ran.length} ran (${ran.filter((o) => o.what.startsWith('sh')).length} sh blocks, ${ran.filter((o) => o.what.startsWith('yaml')).length} YAML blocks, ${ran.filter((o) => o.what.startsWith('inline')).length} inline commands), ${skipped.length} skipped:`,
    ...[...reasons].map(([reason, where]) => `  ${reason}: ${where.length} (${where.join(', ')})`),
  ];
  process.stdout.write(`\n${lines.join('\n')}\n`);
  assert.ok(ran.length > 0);
  for (const o of skipped) assert.ok(o.skipped && o.skipped.length > 0, `${o.where}: skipped without a reason`);
});

test.run();
