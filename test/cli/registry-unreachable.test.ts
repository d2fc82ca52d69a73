/**
 * plan-update --check-registry without a registry to talk to: an
 * unresolvable name (the reserved .invalid TLD, so no real lookup can
 * succeed), a closed port on 127.0.0.1, a registry that never answers. Each
 * says which host and which error, writes nothing, and exits 4 (a blocked
 * update is 1). No real network is used.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CLI } from '../support/cli.js';

const REPO = 'purestorage/openstack-cinder-volume-pure-18-0';

function makePackage(registry: string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-unreachable-'));
  fs.mkdirSync(path.join(tmp, 'pkg'));
  fs.writeFileSync(path.join(tmp, 'pkg', 'images.yaml'), `apiVersion: backends.rhoso.io/v1alpha1\nkind: ImageCatalog\nspec:\n  cinder:\n    pure-iscsi:\n      repositories: [${registry}/${REPO}]\n`);
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
        image: ${registry}/${REPO}:18.0.3
`,
  );
  return tmp;
}

function planUpdate(cwd: string, extra: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'plan-update', 'pkg', '--to', '18.0.4', '--check-registry', ...extra], { cwd, env: { PATH: process.env.PATH, HOME: cwd, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function expectUnreachable(registry: string, error: RegExp, env?: NodeJS.ProcessEnv) {
  const tmp = makePackage(registry);
  const before = fs.readFileSync(path.join(tmp, 'pkg', 'inventory.yaml'), 'utf8');
  try {
    for (const extra of [[], ['--format', 'json'], ['--write']]) {
      const r = await planUpdate(tmp, extra, env);
      assert.is(r.code, 4, `${extra.join(' ')}: ${r.stderr}`);
      assert.is(r.stdout, '', 'no plan that looks checked');
      assert.match(r.stderr, 'the registry could not be reached, so the tags were not checked:');
      const host = registry.replace(/:\d+$/, '');
      assert.match(r.stderr, new RegExp(`^  ${host.replace(/\./g, '\\.')}(:\\d+)?: ${error.source}`, 'm'));
      assert.not.match(r.stderr, /block the update/);
      assert.is(fs.readFileSync(path.join(tmp, 'pkg', 'inventory.yaml'), 'utf8'), before, '--write wrote nothing');
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

test('an unresolvable registry name (DNS): exit 4, host and ENOTFOUND', async () => {
  // .invalid never resolves (RFC 6761); without network the resolver may also say EAI_AGAIN.
  await expectUnreachable('registry.example.invalid', /(ENOTFOUND|EAI_AGAIN)/);
});

test('a closed port: exit 4, host and ECONNREFUSED', async () => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await expectUnreachable(`127.0.0.1:${port}`, /ECONNREFUSED/);
});

test('a registry that never answers: exit 4 after the timeout (RHOSO_BACKENDS_REGISTRY_TIMEOUT)', async () => {
  const sockets: net.Socket[] = [];
  const server = net.createServer((s) => sockets.push(s)); // accepts, never answers
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  try {
    await expectUnreachable(`127.0.0.1:${port}`, /no answer within 0\.2 s/, { RHOSO_BACKENDS_REGISTRY_TIMEOUT: '0.2' });
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('a bad RHOSO_BACKENDS_REGISTRY_TIMEOUT is a usage error', async () => {
  const tmp = makePackage('127.0.0.1:1');
  try {
    const r = await planUpdate(tmp, [], { RHOSO_BACKENDS_REGISTRY_TIMEOUT: 'soon' });
    assert.is(r.code, 2);
    assert.match(r.stderr, 'RHOSO_BACKENDS_REGISTRY_TIMEOUT must be a number of seconds, not "soon"');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
