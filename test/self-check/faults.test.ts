/**
 * Fault seeding: each case renders an example, corrupts the rendered
 * OpenStackControlPlane the way a bug in an expander (or a hand edit) would,
 * and requires the self-check to report it with its rule id as an error.
 * The uncorrupted renders must be free of self-check errors.
 */
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Document } from 'yaml';
import { formatText } from '../../functions/lib/diagnostics/format.js';
import { ROOT } from '../support/cli.js';
import { addVolume, editIni, render, seeded, selfCheck, type Render } from './harness.js';

const PACKAGES: Record<string, string> = { 'ceph-per-service-users': path.join(ROOT, 'test', 'fixtures', 'render', 'ceph-per-service-users', 'package') };
const example = (name: string) => PACKAGES[name] ?? path.join(ROOT, 'examples', name);
const renders = new Map<string, Render>();
const rendered = (name: string): Render => {
  if (!renders.has(name)) renders.set(name, render(example(name)));
  return renders.get(name)!;
};

const CINDER = ['spec', 'cinder', 'template'];
const GLANCE = ['spec', 'glance', 'template'];

/** Index of the extraMounts entry called `name` in the list at `list`. */
function entry(doc: Document, list: (string | number)[], name: string): number {
  const items = ((doc.getIn(list) as { toJSON(): Array<{ name?: string }> } | undefined)?.toJSON() ?? []);
  const i = items.findIndex((e) => e.name === name);
  if (i < 0) throw new Error(`no extraMounts entry ${name} at ${list.join('.')}`);
  return i;
}

interface Fault {
  name: string;
  example: string;
  rule: string;
  seed: (doc: Document) => void;
}

const FAULTS: Fault[] = [
  {
    name: 'drop a Secret from customServiceConfigSecrets',
    example: 'multi-vendor',
    rule: 'RB160',
    seed: (doc) => doc.deleteIn([...CINDER, 'cinderVolumes', 'pure-iscsi', 'customServiceConfigSecrets', 0]),
  },
  {
    name: 'list a back end\'s credentials in another back end\'s pod',
    example: 'multi-vendor',
    rule: 'RB160',
    seed: (doc) => doc.addIn([...CINDER, 'cinderVolumes', 'ontap-iscsi', 'customServiceConfigSecrets'], 'cinder-volume-pure-secrets'),
  },
  {
    name: 'add a volume with a back end\'s credentials to a foreign pod',
    example: 'multi-vendor',
    rule: 'RB160',
    seed: (doc) => addVolume(doc, [...CINDER, 'extraMounts'], 'leak', ['CinderAPI'], { secret: { secretName: 'cinder-volume-pure-secrets' } }, { mountPath: '/etc/leak', readOnly: true }),
  },
  {
    name: 'retarget the Ceph propagation of one site to another',
    example: 'dcn',
    rule: 'RB161',
    seed: (doc) => {
      const i = entry(doc, [...CINDER, 'extraMounts'], 'ceph');
      doc.setIn([...CINDER, 'extraMounts', i, 'extraVol', 0, 'propagation'], doc.createNode(['az2']));
    },
  },
  {
    name: 'add the Ceph keyring to a pod that uses no Ceph',
    example: 'mixed-vendor',
    rule: 'RB161',
    seed: (doc) => addVolume(doc, [...CINDER, 'extraMounts'], 'ceph-pure', ['pure-iscsi'], { secret: { secretName: 'ceph-conf-files' } }, { mountPath: '/etc/ceph-pure', readOnly: true }),
  },
  {
    name: 'drop the Ceph mount of the glance API',
    example: 'ceph-hci',
    rule: 'RB161',
    seed: (doc) => doc.deleteIn([...GLANCE, 'extraMounts', entry(doc, [...GLANCE, 'extraMounts'], 'ceph')]),
  },
  {
    name: 'list the Ceph Secret in customServiceConfigSecrets',
    example: 'ceph-hci',
    rule: 'RB161',
    seed: (doc) => doc.setIn([...GLANCE, 'glanceAPIs', 'default', 'customServiceConfigSecrets'], doc.createNode(['ceph-conf-files'])),
  },
  {
    name: 'mount the whole Ceph Secret (every service user\'s keyring) in the glance API',
    example: 'ceph-per-service-users',
    rule: 'RB161',
    seed: (doc) => doc.deleteIn([...GLANCE, 'extraMounts', entry(doc, [...GLANCE, 'extraMounts'], 'ceph'), 'extraVol', 0, 'volumes', 0, 'secret', 'items']),
  },
  {
    name: 'hand cinder-volume the cinder-backup user\'s keyring',
    example: 'ceph-per-service-users',
    rule: 'RB161',
    seed: (doc) => {
      const at = [...CINDER, 'extraMounts', entry(doc, [...CINDER, 'extraMounts'], 'ceph'), 'extraVol', 0, 'volumes', 0, 'secret', 'items', 1];
      doc.setIn([...at, 'key'], 'ceph.client.cinder-backup.keyring');
      doc.setIn([...at, 'path'], 'ceph.client.cinder-backup.keyring');
    },
  },
  {
    name: 'retarget a driver file to another back end',
    example: 'sealed-secrets',
    rule: 'RB162',
    seed: (doc) => {
      const i = entry(doc, [...CINDER, 'extraMounts'], 'pure-iscsi-files');
      doc.setIn([...CINDER, 'extraMounts', i, 'extraVol', 0, 'propagation'], doc.createNode(['ontap-iscsi']));
    },
  },
  {
    name: 'move a driver file to another path',
    example: 'sealed-secrets',
    rule: 'RB162',
    seed: (doc) => {
      const i = entry(doc, [...CINDER, 'extraMounts'], 'pure-iscsi-files');
      doc.setIn([...CINDER, 'extraMounts', i, 'extraVol', 0, 'mounts', 0, 'mountPath'], '/etc/cinder/other.pem');
    },
  },
  {
    name: 'mount something else where a driver file belongs',
    example: 'sealed-secrets',
    rule: 'RB162',
    seed: (doc) => addVolume(doc, ['spec', 'extraMounts'], 'shadow', ['CinderVolume'], { configMap: { name: 'shadow' } }, { mountPath: '/etc/cinder/pure-client.pem', subPath: 'x', readOnly: true }),
  },
  {
    name: 'change an option value',
    example: 'multi-vendor',
    rule: 'RB163',
    seed: (doc) => editIni(doc, [...CINDER, 'cinderVolumes', 'powermax-iscsi', 'customServiceConfig'], 'powermax_array', '20972423'),
  },
  {
    name: 'change a per-pod [DEFAULT] option (sections)',
    example: 'dcn',
    rule: 'RB163',
    seed: (doc) => editIni(doc, [...CINDER, 'cinderVolumes', 'az1', 'customServiceConfig'], 'glance_api_servers', 'https://glance-az0-internal.openstack.svc:9292'),
  },
  {
    name: 'drop a service-wide option from the template',
    example: 'dcn',
    rule: 'RB163',
    seed: (doc) => doc.setIn([...CINDER, 'customServiceConfig'], '[DEFAULT]\n'),
  },
  {
    name: 'change a glance service option (non-DEFAULT section)',
    example: 'ceph-hci',
    rule: 'RB163',
    seed: (doc) => editIni(doc, [...GLANCE, 'glanceAPIs', 'default', 'customServiceConfig'], 'disk_formats', 'raw,iso,qcow2'),
  },
];

test('the examples render free of self-check errors', () => {
  for (const name of ['multi-vendor', 'mixed-vendor', 'dcn', 'ceph-hci', 'sealed-secrets', 'vault', 'sops', 'ceph-per-service-users']) {
    const r = rendered(name);
    const own = selfCheck(r.items, r.inventory).filter((d) => d.severity === 'error');
    assert.equal(own.map(formatText), [], name);
  }
});

for (const f of FAULTS) {
  test(`fault: ${f.name} (${f.example}) -> ${f.rule}`, () => {
    const r = rendered(f.example);
    const before = selfCheck(r.items, r.inventory).filter((d) => d.rule === f.rule && d.severity === 'error');
    assert.equal(before.length, 0, 'quiet before the fault');
    const after = selfCheck(seeded(r.items, f.seed), r.inventory);
    const hits = after.filter((d) => d.rule === f.rule && d.severity === 'error');
    assert.ok(hits.length > 0, `${f.rule} did not report the fault; got: ${after.map(formatText).join('\n') || 'nothing'}`);
    for (const d of hits) assert.ok(d.file && d.field, `names the file and the field: ${formatText(d)}`);
  });
}

test('every self-check rule is proven by at least one seeded fault', () => {
  const ids = new Set(FAULTS.map((f) => f.rule));
  for (const id of ['RB160', 'RB161', 'RB162', 'RB163']) assert.ok(ids.has(id), id);
});

test.run();
