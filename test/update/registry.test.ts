/**
 * plan-update --check-registry against a registry stub on 127.0.0.1: the
 * OCI distribution HEAD, the Bearer challenge and token request (Basic
 * credentials from a Podman or Docker auth file), tags present and missing,
 * digests for digest pins, refused credentials, and no network without the flag.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CLI, NODE } from '../support/cli.js';

const USER = 'alice';
const PASSWORD = 'pa55-Not-Printed';
const PURE_DIGEST = `sha256:${'1'.repeat(64)}`;
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

/** name -> tag -> digest. `secure/` needs a Bearer token, `basic/` Basic auth, `open/` nothing. */
const TAGS: Record<string, Record<string, string>> = {
  'secure/purestorage/openstack-cinder-volume-pure-18-0': { '18.0.3': `sha256:${'0'.repeat(64)}`, '18.0.4': PURE_DIGEST },
  'secure/hpe3parcinder/openstack-cinder-volume-hpe3parcinder18-0': { '18.0.3': `sha256:${'2'.repeat(64)}` },
  'open/purestorage/openstack-cinder-volume-pure-18-0': { '18.0.4': PURE_DIGEST },
  'basic/purestorage/openstack-cinder-volume-pure-18-0': { '18.0.4': PURE_DIGEST },
};

interface Logged {
  method: string;
  url: string;
  authorization?: string;
  accept?: string;
}

const log: Logged[] = [];
const basicAuth = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
let port = 0;

const server = http.createServer((req, res) => {
  log.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, accept: req.headers.accept });
  const url = new URL(req.url!, 'http://stub');
  if (url.pathname === '/token') {
    if (req.headers.authorization !== basicAuth) {
      res.writeHead(401).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `tok:${url.searchParams.get('scope')}`, expires_in: 300 }));
    return;
  }
  const m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
  if (!m || req.method !== 'HEAD') {
    res.writeHead(404).end();
    return;
  }
  const [, name, tag] = m;
  const scope = `repository:${name}:pull`;
  if (name.startsWith('secure/') && req.headers.authorization !== `Bearer tok:${scope}`) {
    res.writeHead(401, { 'www-authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="stub-registry",scope="${scope}"` }).end();
    return;
  }
  if (name.startsWith('basic/') && req.headers.authorization !== basicAuth) {
    res.writeHead(401, { 'www-authenticate': 'Basic realm="stub"' }).end();
    return;
  }
  const digest = TAGS[name]?.[tag];
  if (!digest) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'docker-content-digest': digest, 'content-type': OCI_INDEX }).end();
});

function runCliAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [CLI, ...args], { cwd, env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A package whose partner images live in the stub (an image catalog makes them the known repositories). */
function makePackage(): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-registry-'));
  const reg = `127.0.0.1:${port}`;
  fs.mkdirSync(path.join(tmp, 'pkg'));
  fs.writeFileSync(
    path.join(tmp, 'pkg', 'images.yaml'),
    `apiVersion: backends.rhoso.io/v1alpha1
kind: ImageCatalog
spec:
  cinder:
    pure-iscsi:
      repositories: [${reg}/secure/purestorage/openstack-cinder-volume-pure-18-0]
    pure-fc:
      repositories: [${reg}/open/purestorage/openstack-cinder-volume-pure-18-0]
    pure-nvme-tcp:
      repositories: [${reg}/basic/purestorage/openstack-cinder-volume-pure-18-0]
    hpe-3par-iscsi:
      repositories: [${reg}/secure/hpe3parcinder/openstack-cinder-volume-hpe3parcinder18-0]
`,
  );
  fs.writeFileSync(
    path.join(tmp, 'pkg', 'inventory.yaml'),
    `apiVersion: backends.rhoso.io/v1alpha1
kind: BackendInventory
metadata:
  name: backends
spec:
  release:
    version: "18.0.3"
  images:
    catalog: images.yaml
  cinder:
    backends:
      - name: pure-iscsi
        driver: pure-iscsi
        credentials: {secretName: pure-secrets}
        image: ${reg}/secure/purestorage/openstack-cinder-volume-pure-18-0:18.0.3
      - name: hpe3par-iscsi
        driver: hpe-3par-iscsi
        credentials: {secretName: hpe-secrets}
        image: ${reg}/secure/hpe3parcinder/openstack-cinder-volume-hpe3parcinder18-0:18.0.3
      - name: pure-fc
        driver: pure-fc
        credentials: {secretName: pure-fc-secrets}
        image: ${reg}/open/purestorage/openstack-cinder-volume-pure-18-0@sha256:${'9'.repeat(64)}
      - name: pure-nvme
        driver: pure-nvme-tcp
        credentials: {secretName: pure-nvme-secrets}
        image: ${reg}/basic/purestorage/openstack-cinder-volume-pure-18-0:18.0.3
`,
  );
  return tmp;
}

function writeAuthFile(file: string, key: string, user = USER, password = PASSWORD): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ auths: { [key]: { auth: Buffer.from(`${user}:${password}`).toString('base64') } } }));
}

const byBackend = (stdout: string) => Object.fromEntries((JSON.parse(stdout).backends as any[]).map((b) => [b.backend, b]));

test.before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

test.after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('tags present and missing, through a Bearer challenge with credentials from --authfile', async () => {
  const tmp = makePackage();
  try {
    const authfile = path.join(tmp, 'auth.json');
    writeAuthFile(authfile, `127.0.0.1:${port}`);
    log.length = 0;
    const r = await runCliAsync(['plan-update', 'pkg', '--to', '18.0.4', '--check-registry', '--authfile', authfile, '--format', 'json'], tmp, { HOME: tmp });
    assert.is(r.code, 1, r.stderr); // the 3PAR tag is missing
    assert.is(r.stderr, '');
    const rows = byBackend(r.stdout);
    assert.equal(rows['pure-iscsi'].registry, { result: 'found', digest: PURE_DIGEST });
    assert.is(rows['pure-iscsi'].status, 'needs-new-image');
    assert.is(rows['pure-iscsi'].blocking, false);
    assert.is(rows['hpe3par-iscsi'].status, 'missing-tag');
    assert.is(rows['hpe3par-iscsi'].blocking, true);
    assert.equal(rows['hpe3par-iscsi'].registry, { result: 'missing' });
    // A digest pin gets the exact digest of the new tag to pin.
    assert.is(rows['pure-fc'].status, 'needs-new-digest');
    assert.is(rows['pure-fc'].needed, `127.0.0.1:${port}/open/purestorage/openstack-cinder-volume-pure-18-0@${PURE_DIGEST}`);
    // A Basic challenge gets the credentials directly.
    assert.equal(rows['pure-nvme'].registry, { result: 'found', digest: PURE_DIGEST });
    assert.equal(JSON.parse(r.stdout).changes.map((c: any) => c.field), ['spec.release.version', 'spec.cinder.backends[0].image', 'spec.cinder.backends[3].image']);

    // The protocol: anonymous HEAD -> 401 -> token with Basic credentials -> HEAD with the token, manifest-list aware.
    const pure = log.filter((l) => l.url.includes('secure/purestorage') || l.url.startsWith('/token?') && l.url.includes('purestorage'));
    assert.equal(pure.map((l) => l.method), ['HEAD', 'GET', 'HEAD']);
    assert.is(pure[0].authorization, undefined);
    assert.is(pure[1].authorization, basicAuth);
    assert.match(pure[1].url, 'service=stub-registry');
    assert.match(pure[1].url, `scope=${encodeURIComponent('repository:secure/purestorage/openstack-cinder-volume-pure-18-0:pull')}`);
    assert.is(pure[2].authorization, 'Bearer tok:repository:secure/purestorage/openstack-cinder-volume-pure-18-0:pull');
    for (const l of log.filter((x) => x.method === 'HEAD')) {
      assert.match(l.accept ?? '', OCI_INDEX);
      assert.match(l.accept ?? '', 'application/vnd.docker.distribution.manifest.list.v2+json');
    }
    assert.not.match(r.stdout + r.stderr, PASSWORD);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('--write with --check-registry leaves an image whose new tag is missing', async () => {
  const tmp = makePackage();
  try {
    writeAuthFile(path.join(tmp, 'run', 'containers', 'auth.json'), `127.0.0.1:${port}`);
    const before = fs.readFileSync(path.join(tmp, 'pkg', 'inventory.yaml'), 'utf8');
    // Podman's default auth file, found through XDG_RUNTIME_DIR.
    const r = await runCliAsync(['plan-update', 'pkg', '--to', '18.0.4', '--check-registry', '--write'], tmp, { HOME: tmp, XDG_RUNTIME_DIR: path.join(tmp, 'run') });
    assert.is(r.code, 1, r.stdout + r.stderr);
    const after = fs.readFileSync(path.join(tmp, 'pkg', 'inventory.yaml'), 'utf8');
    assert.is(after, before.replace('version: "18.0.3"', 'version: "18.0.4"').replace('pure-18-0:18.0.3\n      - name: hpe3par', 'pure-18-0:18.0.4\n      - name: hpe3par').replace('basic/purestorage/openstack-cinder-volume-pure-18-0:18.0.3', 'basic/purestorage/openstack-cinder-volume-pure-18-0:18.0.4'));
    assert.match(after, 'hpe3parcinder18-0:18.0.3');
    assert.match(r.stdout, /hpe3par-iscsi .*tag not in registry/);
    assert.match(r.stdout, 'is not in the registry (yet)');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('Docker config.json in HOME is used when no --authfile is given', async () => {
  const tmp = makePackage();
  try {
    writeAuthFile(path.join(tmp, '.docker', 'config.json'), `http://127.0.0.1:${port}/v2/`);
    const r = await runCliAsync(['plan-update', 'pkg', '--to', '18.0.4', '--check-registry', '--format', 'json'], tmp, { HOME: tmp });
    assert.equal(byBackend(r.stdout)['pure-iscsi'].registry, { result: 'found', digest: PURE_DIGEST });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('no credentials, and refused credentials, are registry errors that block (and never print secrets)', async () => {
  const tmp = makePackage();
  try {
    const none = await runCliAsync(['plan-update', 'pkg', '--to', '18.0.4', '--check-registry', '--format', 'json'], tmp, { HOME: tmp });
    assert.is(none.code, 1);
    const rows = byBackend(none.stdout);
    assert.is(rows['pure-iscsi'].status, 'registry-error');
    assert.is(rows['pure-iscsi'].blocking, true);
    assert.match(rows['pure-iscsi'].registry.detail, 'needs credentials and none were found');
    assert.is(rows['pure-fc'].registry.result, 'found'); // anonymous repositories still work

    const authfile = path.join(tmp, 'wrong.json');
    writeAuthFile(authfile, `127.0.0.1:${port}`, USER, 'wrong-password-xyz');
    const wrong = await runCliAsync(['plan-update', 'pkg', '--to', '18.0.4', '--check-registry', '--authfile', authfile], tmp, { HOME: tmp });
    assert.is(wrong.code, 1);
    assert.match(wrong.stdout, `refused the credentials from ${authfile}`);
    assert.not.match(wrong.stdout + wrong.stderr, 'wrong-password-xyz');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('an unreachable registry is its own exit code (4), not a blocked update', async () => {
  const tmp = makePackage();
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const deadPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  try {
    const inv = path.join(tmp, 'pkg', 'inventory.yaml');
    fs.writeFileSync(inv, fs.readFileSync(inv, 'utf8').replaceAll(`127.0.0.1:${port}`, `127.0.0.1:${deadPort}`));
    const cat = path.join(tmp, 'pkg', 'images.yaml');
    fs.writeFileSync(cat, fs.readFileSync(cat, 'utf8').replaceAll(`127.0.0.1:${port}`, `127.0.0.1:${deadPort}`));
    const r = await runCliAsync(['plan-update', 'pkg', '--to', '18.0.4', '--check-registry', '--format', 'json'], tmp, { HOME: tmp });
    assert.is(r.code, 4, r.stderr);
    assert.is(r.stdout, '');
    assert.match(r.stderr, `the registry could not be reached, so the tags were not checked:\n  127.0.0.1:${deadPort}: ECONNREFUSED`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('a bad auth file is an input error', async () => {
  const tmp = makePackage();
  try {
    fs.writeFileSync(path.join(tmp, 'auth.json'), '{not json');
    const r = await runCliAsync(['plan-update', 'pkg', '--to', '18.0.4', '--check-registry', '--authfile', 'auth.json'], tmp, { HOME: tmp });
    assert.is(r.code, 1);
    assert.is(r.stdout, '');
    assert.match(r.stderr, 'error[plan-update]: auth file auth.json is not valid JSON');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('without --check-registry there is no network traffic, and --authfile alone is a usage error', async () => {
  const tmp = makePackage();
  try {
    log.length = 0;
    const r = await runCliAsync(['plan-update', 'pkg', '--to', '18.0.4'], tmp, { HOME: tmp });
    assert.is(r.code, 1, r.stderr); // the digest pin blocks
    assert.is(log.length, 0);
    const usage = await runCliAsync(['plan-update', 'pkg', '--to', '18.0.4', '--authfile', 'x.json'], tmp, { HOME: tmp });
    assert.is(usage.code, 2);
    assert.match(usage.stderr, '--authfile is only used with --check-registry');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
