/**
 * Filesystem safety of `render --output-dir`: it stays inside the target,
 * never writes through a symlink, never deletes or overwrites a file it did
 * not create, leaves no temp folders, and leaves the target untouched when
 * the render fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runInProcess } from '../../functions/cli.js';

const inventory = (backends: string[]) => `apiVersion: backends.rhoso.io/v1alpha1
kind: BackendInventory
metadata:
  name: backends
  annotations:
    config.kubernetes.io/local-config: "true"
spec:
  secrets:
    allowPlaintext: true
  cinder:
    backends:
${backends.map((b) => `      - name: ${b}\n        driver: nfs\n        credentials:\n          values:\n            nas_host: 192.0.2.1\n            nas_share_path: /export/${b}\n`).join('')}`;

/** Every file under dir (relative path -> content). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = e.isSymbolicLink() ? `-> ${fs.readlinkSync(p)}` : fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function setup(): { root: string; pkg: string; out: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-fs-'));
  const pkg = path.join(root, 'pkg');
  fs.mkdirSync(pkg);
  fs.writeFileSync(path.join(pkg, 'inventory.yaml'), inventory(['nfs-a', 'nfs-b']));
  return { root, pkg, out: path.join(root, 'out') };
}

test('--output-dir keeps the user\'s files, prunes only what it wrote, and leaves no temp folders', async () => {
  const { root, pkg, out } = setup();
  try {
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'README.md'), 'mine\n');
    fs.mkdirSync(path.join(out, 'patches'));
    fs.writeFileSync(path.join(out, 'patches', 'extra.yaml'), 'mine: true\n');
    let r = await runInProcess(['render', pkg, '--output-dir', out]);
    assert.is(r.code, 0, r.stderr);
    const first = snapshot(out);
    assert.is(first['README.md'], 'mine\n');
    assert.is(first['patches/extra.yaml'], 'mine: true\n');
    assert.ok(Object.keys(first).some((f) => f.includes('nfs-b')), Object.keys(first).join(' '));

    // Drop a back end: its files go, the user's stay.
    fs.writeFileSync(path.join(pkg, 'inventory.yaml'), inventory(['nfs-a']));
    r = await runInProcess(['render', pkg, '--output-dir', out]);
    assert.is(r.code, 0, r.stderr);
    const second = snapshot(out);
    assert.not.ok(Object.keys(second).some((f) => f.includes('nfs-b')), 'pruned back end still has files');
    assert.is(second['README.md'], 'mine\n');
    assert.is(second['patches/extra.yaml'], 'mine: true\n');
    assert.equal(fs.readdirSync(root).sort(), ['out', 'pkg'], 'temp folders left behind');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('--output-dir is left exactly as it was when the render fails', async () => {
  const { root, pkg, out } = setup();
  try {
    assert.is((await runInProcess(['render', pkg, '--output-dir', out])).code, 0);
    const before = snapshot(out);
    fs.writeFileSync(path.join(pkg, 'inventory.yaml'), inventory(['nfs-a']).replace('driver: nfs', 'driver: nfss'));
    const r = await runInProcess(['render', pkg, '--output-dir', out]);
    assert.is(r.code, 1);
    assert.is(r.stdout, '');
    assert.equal(snapshot(out), before);
    assert.equal(fs.readdirSync(root).sort(), ['out', 'pkg']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('--output-dir refuses to write through a symlink', async () => {
  const { root, pkg, out } = setup();
  try {
    const elsewhere = path.join(root, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.symlinkSync(elsewhere, out);
    const r = await runInProcess(['render', pkg, '--output-dir', out]);
    assert.is(r.code, 1);
    assert.match(r.stderr, /error\[io\/output-dir\]: .*symlink/);
    assert.equal(fs.readdirSync(elsewhere), []);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('--output-dir never overwrites a file the user wrote that has a generated name', async () => {
  const { root, pkg, out } = setup();
  try {
    assert.is((await runInProcess(['render', pkg, '--output-dir', out])).code, 0);
    const generated = fs.readdirSync(out).find((f) => f.startsWith('secret_'))!;
    // The user takes the file over: remove it from the tool's list, change it.
    const owned = path.join(out, '.rhoso-backends-files');
    fs.writeFileSync(owned, fs.readFileSync(owned, 'utf8').replace(`${generated}\n`, ''));
    fs.writeFileSync(path.join(out, generated), 'my own content\n');
    const r = await runInProcess(['render', pkg, '--output-dir', out]);
    assert.is(r.code, 1, r.stderr);
    assert.match(r.stderr, /error\[io\/output-dir\]/);
    assert.is(fs.readFileSync(path.join(out, generated), 'utf8'), 'my own content\n');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('an --output-dir inside the package is not read back as input', async () => {
  const { root, pkg } = setup();
  try {
    const out = path.join(pkg, 'rendered');
    const a = await runInProcess(['render', pkg, '--output-dir', out]);
    assert.is(a.code, 0, a.stderr);
    const first = snapshot(out);
    const b = await runInProcess(['render', pkg, '--output-dir', out]);
    assert.is(b.code, 0, b.stderr);
    assert.equal(snapshot(out), first);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('generated file names cannot leave the output folder', async () => {
  const { fileNameFor } = await import('../../functions/lib/io/output-dir.js');
  const { itemFromValue } = await import('../../functions/lib/io/resources.js');
  for (const name of ['../../etc/passwd', '/abs', '..', 'a/b\\c', '\u0000x']) {
    const file = fileNameFor(itemFromValue({ kind: 'Secret', metadata: { name } }, 'x.yaml', 0).doc);
    assert.not.ok(file.includes('/') || file.includes('\\') || file === '..' || file.includes('\u0000'), file);
    assert.is(path.basename(file), file);
  }
});

test.run();
