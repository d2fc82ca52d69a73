/**
 * `fn` driven exactly as kpt drives it: a ResourceList whose items carry
 * kpt's annotations (path, index, id, package-path, seqindent and their
 * legacy forms; the Kptfile among the items; the inventory also as
 * functionConfig), run from another working directory; the output is
 * written back as kpt writes it. Over the sequence render -> render ->
 * edit -> delete the inventory, the package must match what the real
 * `kpt fn render` produces, kpt's bookkeeping on existing items must come
 * back untouched, and new items must say where they go.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import YAML, { isMap, type Document, type YAMLMap } from 'yaml';
import { ROOT, runCli } from '../support/cli.js';
import { copyPackage, runTool, tempDir } from './support/package.js';
import { needs } from '../support/skip.js';

/** Tests that drive kpt (skipped with the reason, locally, when missing). */
const withKpt = needs(['kpt']);

const FIXTURE = path.join(ROOT, 'test', 'gitops', 'fixtures', 'sequence');
const KPT_ANNOTATIONS = [
  'config.kubernetes.io/index',
  'config.kubernetes.io/path',
  'internal.config.kubernetes.io/index',
  'internal.config.kubernetes.io/package-path',
  'internal.config.kubernetes.io/path',
  'internal.config.kubernetes.io/seqindent',
  'internal.config.kubernetes.io/annotations-migration-resource-id',
  'internal.config.kubernetes.io/id',
  'config.k8s.io/id',
];

function packageFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.name === 'Kptfile' || /\.ya?ml$/.test(e.name)) out.push(path.relative(dir, abs).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The ResourceList kpt 1.0 sends an exec function (annotations in kpt's order). */
function kptInput(dir: string, configPath?: string): { text: string; ids: Map<string, Record<string, string>> } {
  const items: Document[] = [];
  const ids = new Map<string, Record<string, string>>();
  let id = 0;
  let functionConfig: Document | undefined;
  for (const file of packageFiles(dir)) {
    YAML.parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).forEach((doc, index) => {
      const n = String(++id);
      const values = [String(index), file, String(index), dir, file, 'compact', String(id - 1), n, n];
      const annotations: Record<string, string> = Object.fromEntries(KPT_ANNOTATIONS.map((k, i) => [k, values[i]]));
      for (const [k, v] of Object.entries(annotations)) doc.setIn(['metadata', 'annotations', k], v);
      ids.set(n, annotations);
      items.push(doc);
      if (file === configPath) functionConfig = doc.clone();
    });
  }
  const list = new YAML.Document({ apiVersion: 'config.kubernetes.io/v1', kind: 'ResourceList', items: [] });
  (list.get('items') as any).items = items.map((d) => d.contents);
  if (functionConfig) list.set('functionConfig', functionConfig.contents);
  return { text: list.toString(), ids };
}

/** Writes a ResourceList's items back the way kpt does: by path and index, kpt's annotations removed, emptied files deleted. */
function kptWrite(dir: string, output: string): YAMLMap[] {
  const list = YAML.parseDocument(output);
  const items = ((list.get('items') as any)?.items ?? []) as YAMLMap[];
  const files = new Map<string, Array<{ index: number; node: YAMLMap }>>();
  for (const node of items) {
    const ann = node.getIn(['metadata', 'annotations']) as YAMLMap;
    const file = String(ann.get('internal.config.kubernetes.io/path') ?? ann.get('config.kubernetes.io/path'));
    const index = Number(ann.get('internal.config.kubernetes.io/index') ?? ann.get('config.kubernetes.io/index') ?? 0);
    if (!files.has(file)) files.set(file, []);
    files.get(file)!.push({ index, node });
  }
  for (const file of packageFiles(dir)) if (!files.has(file)) fs.rmSync(path.join(dir, file));
  for (const [file, docs] of files) {
    const text = docs
      .sort((a, b) => a.index - b.index)
      .map(({ node }) => {
        const doc = new YAML.Document(node.toJSON());
        for (const k of KPT_ANNOTATIONS) doc.deleteIn(['metadata', 'annotations', k]);
        if (isMap(doc.getIn(['metadata', 'annotations'])) && (doc.getIn(['metadata', 'annotations']) as YAMLMap).items.length === 0) doc.deleteIn(['metadata', 'annotations']);
        return doc.toString();
      })
      .join('---\n');
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return items;
}

/** Package content as data (file -> documents), to compare with what real kpt wrote. */
function contentOf(dir: string): Record<string, unknown[]> {
  return Object.fromEntries(packageFiles(dir).map((f) => [f, YAML.parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map((d) => d.toJS())]));
}

function fn(dir: string, configPath: string | undefined) {
  const input = kptInput(dir, configPath);
  // kpt runs the function in the caller's working directory.
  const r = runCli(['fn'], { input: input.text, cwd: tempDir('fn-cwd') });
  return { ...r, ids: input.ids };
}

function kpt(dir: string) {
  const r = runTool('kpt', ['fn', 'render', dir, '--allow-exec'], { cwd: tempDir('kpt-cwd') });
  assert.is(r.code, 0, r.stderr);
}

/** Every item that came in keeps kpt's annotations exactly; every new item has a path and an index. */
function assertBookkeeping(output: string, ids: Map<string, Record<string, string>>) {
  const items = ((YAML.parseDocument(output).get('items') as any)?.items ?? []).map((n: YAMLMap) => n.toJSON());
  for (const item of items) {
    const ann = item.metadata?.annotations ?? {};
    const id = ann['internal.config.kubernetes.io/id'];
    if (id) {
      for (const [k, v] of Object.entries(ids.get(id)!)) assert.is(ann[k], v, `${item.kind}/${item.metadata.name}: ${k}`);
    } else {
      assert.match(ann['internal.config.kubernetes.io/path'] ?? '', /^[a-z]+_[a-z0-9.-]+\.yaml$/, `${item.kind}/${item.metadata.name} has a path`);
      assert.match(ann['internal.config.kubernetes.io/index'] ?? '', /^\d+$/, `${item.kind}/${item.metadata.name} has an index`);
    }
  }
}

const viaFn = copyPackage(path.join(FIXTURE, 'package'), 'via-fn');
const viaKpt = copyPackage(path.join(FIXTURE, 'package'), 'via-kpt');

withKpt('fn 1: render -> the same package as kpt; existing items keep their kpt annotations', () => {
  const r = fn(viaFn, 'inventory.yaml');
  assert.is(r.code, 0, r.stderr);
  assertBookkeeping(r.stdout, r.ids);
  kptWrite(viaFn, r.stdout);
  kpt(viaKpt);
  assert.equal(contentOf(viaFn), contentOf(viaKpt));
});

withKpt('fn 2: render again -> every item comes back as it went in', () => {
  const before = contentOf(viaFn);
  const r = fn(viaFn, 'inventory.yaml');
  assert.is(r.code, 0, r.stderr);
  assertBookkeeping(r.stdout, r.ids);
  const items = (YAML.parse(r.stdout).items as any[]).map((i) => i.metadata?.annotations?.['internal.config.kubernetes.io/id']);
  assert.ok(items.every(Boolean), 'no item is new: each carries the id kpt gave it');
  kptWrite(viaFn, r.stdout);
  assert.equal(contentOf(viaFn), before);
});

withKpt('fn 3: edit the inventory (add, remove, rename) -> the same package as kpt', () => {
  for (const dir of [viaFn, viaKpt]) fs.copyFileSync(path.join(FIXTURE, 'steps', '3-inventory.yaml'), path.join(dir, 'inventory.yaml'));
  const r = fn(viaFn, 'inventory.yaml');
  assert.is(r.code, 0, r.stderr);
  assertBookkeeping(r.stdout, r.ids);
  kptWrite(viaFn, r.stdout);
  kpt(viaKpt);
  assert.equal(contentOf(viaFn), contentOf(viaKpt));
});

withKpt('fn 4: no inventory and no functionConfig -> everything generated is removed, as with kpt', () => {
  for (const dir of [viaFn, viaKpt]) {
    fs.rmSync(path.join(dir, 'inventory.yaml'));
    const kptfile = path.join(dir, 'Kptfile');
    fs.writeFileSync(kptfile, fs.readFileSync(kptfile, 'utf8').replace(/\n\s+configPath: inventory\.yaml/, ''));
  }
  const r = fn(viaFn, undefined);
  assert.is(r.code, 0, r.stderr);
  kptWrite(viaFn, r.stdout);
  kpt(viaKpt);
  assert.equal(contentOf(viaFn), contentOf(viaKpt));
  assert.equal(packageFiles(viaFn), ['Kptfile', 'controlplane.yaml', 'user-ca-bundle.yaml']);
  const initial = YAML.parse(fs.readFileSync(path.join(FIXTURE, 'package', 'controlplane.yaml'), 'utf8'));
  assert.equal(contentOf(viaFn)['controlplane.yaml'], [initial]);
});

test('fn: files[].path resolve in the package kpt names (package-path), not in the working directory', () => {
  const dir = copyPackage(path.join(FIXTURE, 'package'), 'with-file');
  fs.mkdirSync(path.join(dir, 'files'));
  fs.writeFileSync(path.join(dir, 'files', 'nfs_shares'), '192.0.2.5:/exports/cinder\n');
  const inv = path.join(dir, 'inventory.yaml');
  fs.writeFileSync(
    inv,
    fs
      .readFileSync(inv, 'utf8')
      .replace('  secrets:\n', '  secrets:\n    allowPlaintext: true\n')
      .replace(/(      - name: nfs\n        driver: nfs\n)/, '$1        files:\n          - {name: nfs_shares, mountPath: /etc/cinder/nfs_shares, path: files/nfs_shares}\n'),
  );
  const r = fn(dir, 'inventory.yaml');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, '192.0.2.5:/exports/cinder');
});

test('fn: an error comes back as a KRM result (severity, message with rule and fix, file, field), exit 1, items unchanged', () => {
  const dir = copyPackage(path.join(FIXTURE, 'package'), 'bad');
  const inv = path.join(dir, 'inventory.yaml');
  fs.writeFileSync(inv, fs.readFileSync(inv, 'utf8').replace('driver: nfs', 'driver: nsf'));
  const r = fn(dir, 'inventory.yaml');
  assert.is(r.code, 1);
  const out = YAML.parse(r.stdout);
  const errors = out.results.filter((x: any) => x.severity === 'error');
  assert.is(errors.length, 1);
  assert.match(errors[0].message, /^\[RB001\] unknown cinder driver "nsf" \(did you mean "nfs"\?\)/);
  assert.equal(errors[0].file, { path: 'inventory.yaml', index: 0 });
  assert.equal(errors[0].field, { path: 'spec.cinder.backends[2].driver' });
  const before = contentOf(dir);
  kptWrite(dir, r.stdout);
  assert.equal(contentOf(dir), before, 'no partial output');
});

test.run();
