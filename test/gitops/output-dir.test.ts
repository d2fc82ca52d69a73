/**
 * `render --output-dir` (Flux and any kustomize user) and `check`: one file
 * per resource plus kustomization.yaml, written atomically, never losing a
 * file the tool did not write; the real `kubectl kustomize` builds the
 * folder into exactly what render prints; `check` exits 1 with a diff that
 * `patch -p1` applies when the committed folder is stale.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from '../support/cli.js';
import { parseStream } from '../support/yaml.js';
import { snapshot, tempDir, treeDiff } from './support/package.js';
import { needs } from '../support/skip.js';

/** Tests that drive kubectl (skipped with the reason, locally, when missing). */
const withKubectl = needs(['kubectl']);

const EXAMPLE = path.join(ROOT, 'examples', 'gitops', 'flux', 'backends');

/** A work folder holding a copy of the example package as ./backends. */
function workspace(): string {
  const dir = tempDir('outdir');
  fs.cpSync(EXAMPLE, path.join(dir, 'backends'), { recursive: true });
  return dir;
}
const render = (cwd: string, ...extra: string[]) => runCli(['render', 'backends', '--output-dir', 'rendered', '--quiet', ...extra], { cwd });
const check = (cwd: string) => runCli(['check', 'backends', '--output-dir', 'rendered'], { cwd });
const byKey = (docs: any[]) => new Map(docs.map((d) => [`${d.kind}/${d.metadata?.namespace}/${d.metadata?.name}`, d]));
const siblings = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('.rendered'));

test('output-dir: one file per resource, a kustomization, and the owned-file list', () => {
  const ws = workspace();
  const r = render(ws);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout, '', 'nothing on stdout with --output-dir');
  const files = fs.readdirSync(path.join(ws, 'rendered')).sort();
  assert.equal(files, [
    '.rhoso-backends-files',
    'externalsecret_cinder-volume-nfs-secrets.yaml',
    'externalsecret_cinder-volume-pure-iscsi-secrets.yaml',
    'kustomization.yaml',
    'openstackcontrolplane_openstack.yaml',
    'openstackversion_openstack.yaml',
  ]);
  assert.equal(siblings(ws), [], 'no staging folder left behind');
});

withKubectl('output-dir: the real `kubectl kustomize` builds exactly what render prints', () => {
  const ws = workspace();
  assert.is(render(ws).code, 0);
  const built = spawnSync('kubectl', ['kustomize', path.join(ws, 'rendered')], { encoding: 'utf8' });
  assert.is(built.status, 0, built.stderr);
  const stream = runCli(['render', 'backends', '--quiet'], { cwd: ws });
  assert.is(stream.code, 0, stream.stderr);
  const fromKustomize = byKey(parseStream(built.stdout));
  const fromRender = byKey(parseStream(stream.stdout));
  assert.equal([...fromKustomize.keys()].sort(), [...fromRender.keys()].sort());
  for (const [key, doc] of fromRender) assert.equal(fromKustomize.get(key), doc, key);
});

test('output-dir: rendering again leaves the folder untouched (same files, same mtimes)', () => {
  const ws = workspace();
  assert.is(render(ws).code, 0);
  const file = path.join(ws, 'rendered', 'openstackcontrolplane_openstack.yaml');
  const old = new Date('2020-01-01T00:00:00Z');
  fs.utimesSync(file, old, old);
  const before = snapshot(path.join(ws, 'rendered'));
  assert.is(render(ws).code, 0);
  assert.is(treeDiff(before, snapshot(path.join(ws, 'rendered'))), '');
  assert.is(fs.statSync(file).mtime.getTime(), old.getTime());
});

test("output-dir: removing a back end deletes its files; the user's own files stay", () => {
  const ws = workspace();
  assert.is(render(ws).code, 0);
  fs.writeFileSync(path.join(ws, 'rendered', 'README.md'), 'notes\n');
  fs.mkdirSync(path.join(ws, 'rendered', 'extra'));
  fs.writeFileSync(path.join(ws, 'rendered', 'extra', 'x.yaml'), 'a: 1\n');
  fs.symlinkSync('README.md', path.join(ws, 'rendered', 'NOTES'));
  const inv = path.join(ws, 'backends', 'inventory.yaml');
  const text = fs.readFileSync(inv, 'utf8');
  fs.writeFileSync(inv, text.slice(0, text.indexOf('      - name: nfs')));
  assert.is(render(ws).code, 0);
  const files = fs.readdirSync(path.join(ws, 'rendered')).sort();
  assert.not.ok(files.includes('externalsecret_cinder-volume-nfs-secrets.yaml'));
  assert.ok(files.includes('README.md') && files.includes('extra') && files.includes('NOTES'));
  assert.is(fs.readlinkSync(path.join(ws, 'rendered', 'NOTES')), 'README.md', 'symlinks are kept as they are');
  assert.not.match(fs.readFileSync(path.join(ws, 'rendered', 'kustomization.yaml'), 'utf8'), 'nfs-secrets');
});

test('output-dir: a file the tool did not write is never overwritten', () => {
  const ws = workspace();
  fs.mkdirSync(path.join(ws, 'rendered'));
  fs.writeFileSync(path.join(ws, 'rendered', 'kustomization.yaml'), 'resources: [mine.yaml]\n');
  const before = snapshot(path.join(ws, 'rendered'));
  const r = render(ws);
  assert.is(r.code, 1);
  assert.match(r.stderr, /rendered\/kustomization\.yaml was not written by rhoso-backends and would be overwritten/);
  assert.is(treeDiff(before, snapshot(path.join(ws, 'rendered'))), '');
});

test('output-dir: a symlinked DIR is refused; the link target is not touched', () => {
  const ws = workspace();
  fs.mkdirSync(path.join(ws, 'real'));
  fs.symlinkSync('real', path.join(ws, 'rendered'));
  const r = render(ws);
  assert.is(r.code, 1);
  assert.match(r.stderr, /rendered is a symlink; rhoso-backends does not write through symlinks/);
  assert.equal(fs.readdirSync(path.join(ws, 'real')), []);
});

test('output-dir: the owned-file list cannot make the tool delete outside DIR', () => {
  const ws = workspace();
  assert.is(render(ws).code, 0);
  fs.writeFileSync(path.join(ws, 'victim.yaml'), 'keep: me\n');
  fs.appendFileSync(path.join(ws, 'rendered', '.rhoso-backends-files'), '../victim.yaml\n/etc/passwd\n');
  assert.is(render(ws).code, 0);
  assert.is(fs.readFileSync(path.join(ws, 'victim.yaml'), 'utf8'), 'keep: me\n');
});

test('output-dir: a failure while writing leaves DIR exactly as it was', () => {
  const ws = workspace();
  assert.is(render(ws).code, 0);
  // A FIFO among the user's files cannot be copied into the staging folder.
  assert.is(spawnSync('mkfifo', [path.join(ws, 'rendered', 'pipe')]).status, 0);
  const inv = path.join(ws, 'backends', 'inventory.yaml');
  fs.writeFileSync(inv, fs.readFileSync(inv, 'utf8').replace('property: token', 'property: api-token'));
  const before = snapshot(path.join(ws, 'rendered'));
  const r = render(ws);
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /cannot write rendered: .*rendered was left as it was/);
  assert.is(treeDiff(before, snapshot(path.join(ws, 'rendered'))), '');
  assert.equal(siblings(ws), [], 'the staging folder is removed');
});

test('output-dir: an inventory error writes nothing', () => {
  const ws = workspace();
  const inv = path.join(ws, 'backends', 'inventory.yaml');
  fs.writeFileSync(inv, fs.readFileSync(inv, 'utf8').replace('driver: nfs', 'driver: nfss'));
  const r = render(ws);
  assert.is(r.code, 1);
  assert.match(r.stderr, /did you mean "nfs"/);
  assert.not.ok(fs.existsSync(path.join(ws, 'rendered')));
});

test('check: exit 0 when the committed folder is up to date', () => {
  const ws = workspace();
  assert.is(render(ws).code, 0);
  const r = check(ws);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout, '');
  assert.match(r.stderr, 'info[check]: rendered is up to date');
});

test('check: exit 1 with a unified diff that patch -p1 applies, when stale; DIR is not written', () => {
  const ws = workspace();
  assert.is(render(ws).code, 0);
  const inv = path.join(ws, 'backends', 'inventory.yaml');
  const text = fs.readFileSync(inv, 'utf8');
  fs.writeFileSync(inv, text.slice(0, text.indexOf('      - name: nfs')).replace('section: pure', 'section: pure-a'));
  const before = snapshot(path.join(ws, 'rendered'));
  const r = check(ws);
  assert.is(r.code, 1);
  assert.match(r.stdout, /^--- a\/rendered\/\.rhoso-backends-files\n\+\+\+ b\/rendered\/\.rhoso-backends-files\n@@ /);
  assert.match(r.stdout, /\n--- a\/rendered\/externalsecret_cinder-volume-nfs-secrets\.yaml\n\+\+\+ \/dev\/null\n/);
  assert.match(r.stdout, '\n-            [pure]\n');
  assert.match(r.stdout, '\n+            [pure-a]\n');
  assert.match(r.stderr, /error\[check\]: rendered is out of date: 5 files differ from what render writes \(diff on stdout\) \(run `rhoso-backends render backends --output-dir rendered` and commit the result\)/);
  assert.is(treeDiff(before, snapshot(path.join(ws, 'rendered'))), '', 'check never writes');
  // The diff is the exact change: applying it makes the folder up to date.
  const applied = spawnSync('patch', ['-p1', '-s', '-E'], { cwd: ws, input: r.stdout, encoding: 'utf8' });
  assert.is(applied.status, 0, applied.stderr + applied.stdout);
  assert.is(check(ws).code, 0);
});

test('check: a missing folder is stale (every file shown as new)', () => {
  const ws = workspace();
  const r = check(ws);
  assert.is(r.code, 1);
  assert.match(r.stdout, '--- /dev/null\n+++ b/rendered/kustomization.yaml\n');
});

test('check: --output-dir is required (usage error, exit 2)', () => {
  const r = runCli(['check', 'backends'], { cwd: workspace() });
  assert.is(r.code, 2);
  assert.match(r.stderr, 'check needs --output-dir DIR');
});

test('the committed Flux example is up to date (`check` as its CI runs it)', () => {
  const r = runCli(['check', 'examples/gitops/flux/backends', '--output-dir', 'examples/gitops/flux/rendered']);
  assert.is(r.code, 0, r.stdout + r.stderr);
});

test('the Flux Kustomization points at the rendered folder', () => {
  const docs = parseStream(fs.readFileSync(path.join(ROOT, 'examples/gitops/flux/flux-kustomization.yaml'), 'utf8'));
  const ks = docs.find((d) => d.kind === 'Kustomization');
  assert.is(ks.spec.path, './examples/gitops/flux/rendered');
  assert.ok(fs.existsSync(path.join(ROOT, ks.spec.path, 'kustomization.yaml')));
});

test.run();
