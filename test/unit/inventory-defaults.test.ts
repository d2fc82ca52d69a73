/**
 * One source for inventory defaults: every default docs/inventory.md documents
 * (generated from the schema) is the one the loader applies. Writing each
 * documented default explicitly must give the same model as leaving it out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadInventory } from '../../functions/lib/inventory/load.js';
import type { Inventory } from '../../functions/lib/inventory/model.js';
import { itemFromValue } from '../../functions/lib/io/resources.js';
import { ROOT } from '../support/cli.js';

/** `| \`field.path[]\` | type | \`default\` | ...` rows of docs/inventory.md that document a default. */
const documented = fs
  .readFileSync(path.join(ROOT, 'docs', 'inventory.md'), 'utf8')
  .split('\n')
  .map((l) => /^\| `([^`]+)` \| .*? \| `(.+?)` \| /.exec(l))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ field: m[1], value: JSON.parse(m[2]) as unknown }));

const store = { name: 'vault' };
const external = { externalSecret: { store, data: { san_login: { key: 'storage/x' } } } };
const file = { name: 'ca.pem', mountPath: '/etc/pki/ca.pem', externalSecret: { key: 'storage/ca' } };
const backend = (driver: string) => ({ name: driver, driver, credentials: external, files: [file] });
/** Every section present once, every defaulted field left out. */
const minimal = (glance: Record<string, unknown>) => ({
  apiVersion: 'backends.rhoso.io/v1alpha1',
  kind: 'BackendInventory',
  spec: {
    release: { version: '18.0.3' },
    secrets: { store },
    ceph: [{ name: 'ceph', fsid: '5e6d2a36-8a1f-5d27-9f4c-2a8b6f3c1d90', files: { conf: 'ceph.conf', keyring: 'ceph.keyring' } }],
    cinder: { backends: [backend('nfs')], backup: { driver: 's3', credentials: external }, backups: [{ driver: 'swift', credentials: external }] },
    manila: { backends: [backend('netapp-ontap')] },
    glance: { stores: [{ name: 'images', type: 's3', credentials: external }], ...glance },
    mounts: [{ name: 'tmp', propagation: ['CinderVolume'], volume: { emptyDir: {} }, mountPath: '/var/tmp/x' }],
    hosts: {},
    dataPlane: { nodeSets: [{ name: 'edpm', cluster: 'ceph' }] },
  },
});

/** Writes `value` at `field` (a docs path; `[]` = every element); returns whether the parent existed. */
function writeAt(doc: Record<string, unknown>, field: string, value: unknown): boolean {
  const parts = field.split('.');
  let nodes: unknown[] = [doc];
  for (const [i, part] of parts.entries()) {
    const name = part.replace(/\[\]$/, '');
    const last = i === parts.length - 1;
    if (last) {
      const parents = nodes.filter((n): n is Record<string, unknown> => !!n && typeof n === 'object');
      for (const n of parents) if (!(name in n)) n[name] = structuredClone(value);
      return parents.length > 0;
    }
    nodes = nodes.flatMap((n) => {
      const next = (n as Record<string, unknown> | undefined)?.[name];
      if (part.endsWith('[]')) return Array.isArray(next) ? next : [];
      return next === undefined ? [] : [next];
    });
  }
  return false;
}

const load = (doc: Record<string, unknown>): Inventory => {
  const r = loadInventory(itemFromValue(doc, 'inventory.yaml', 0));
  assert.equal(r.diagnostics, [], 'the inventory is valid');
  return r.inventory!;
};

test('the docs list the defaults (the table parsed)', () => {
  assert.ok(documented.length >= 40, `only ${documented.length} defaults found in docs/inventory.md`);
  assert.ok(documented.some((d) => d.field === 'spec.glance.apis[].replicas' && d.value === 3));
});

for (const [variant, glance] of [
  ['glance.api', { api: {} }],
  ['glance.apis', { apis: [{}] }],
] as const) {
  test(`every documented default is the applied one (${variant})`, () => {
    const bare = minimal(glance);
    const explicit = structuredClone(bare) as Record<string, unknown>;
    const unapplied: string[] = [];
    for (const d of documented) if (!writeAt(explicit, d.field, d.value)) unapplied.push(d.field);
    // Fields whose parent the minimal inventory leaves out on purpose (the other glance form).
    const other = variant === 'glance.api' ? 'spec.glance.apis[].' : 'spec.glance.api.';
    assert.equal(unapplied.filter((f) => !f.startsWith(other)), [], 'every documented default was written in the explicit inventory');
    assert.equal(load(explicit), load(bare as Record<string, unknown>));
  });
}

test('a default is not only documented: leaving a field out gives the documented value', () => {
  const inv = load(minimal({ api: {} }));
  assert.is(inv.controlPlane.secret, documented.find((d) => d.field === 'spec.controlPlane.secret')!.value);
  assert.is(inv.glance.apis[0].replicas, documented.find((d) => d.field === 'spec.glance.api.replicas')!.value);
  assert.is(inv.secrets.store?.kind, documented.find((d) => d.field === 'spec.secrets.store.kind')!.value);
  assert.is(inv.mounts[0].readOnly, documented.find((d) => d.field === 'spec.mounts[].readOnly')!.value);
});

test.run();
