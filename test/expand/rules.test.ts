/**
 * Inventory rules RB016-RB029 (manila, cinder backup, glance, ceph, mounts):
 * for each, an inventory that makes it fire (at the right field, with a
 * line and a hint) and a close neighbour that keeps it quiet.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CEPH, renderSpec } from './helpers.js';

interface Case {
  rule: string;
  what: string;
  fires: Record<string, unknown>;
  /** Field path the diagnostic must point at. */
  field: string;
  quiet: Record<string, unknown>;
  severity?: 'error' | 'warning';
}

const secret = (name: string) => ({ secretName: name });
const ontap = (extra: Record<string, unknown>) => ({ name: 'ontap', driver: 'netapp-ontap', credentials: secret('s'), ...extra });

const CASES: Case[] = [
  {
    rule: 'RB016',
    what: 'CephFS with share servers',
    fires: { ceph: [CEPH], manila: { backends: [{ name: 'cephfs', driver: 'cephfs', driverHandlesShareServers: true }] } },
    field: 'spec.manila.backends[0].driverHandlesShareServers',
    quiet: { ceph: [CEPH], manila: { backends: [{ name: 'cephfs', driver: 'cephfs', driverHandlesShareServers: false }] } },
  },
  {
    rule: 'RB017',
    what: 'CephFS-NFS asked to serve CEPHFS',
    fires: { ceph: [CEPH], manila: { backends: [{ name: 'nfs', driver: 'cephfs-nfs', protocols: ['CEPHFS'], options: { cephfs_nfs_cluster_id: 'c' } }] } },
    field: 'spec.manila.backends[0].protocols[0]',
    quiet: { ceph: [CEPH], manila: { backends: [{ name: 'nfs', driver: 'cephfs-nfs', protocols: ['NFS'], options: { cephfs_nfs_cluster_id: 'c' } }] } },
  },
  {
    rule: 'RB018',
    what: 'NetApp with share servers and no network plugin',
    fires: { manila: { backends: [ontap({ driverHandlesShareServers: true })] } },
    field: 'spec.manila.backends[0].options',
    quiet: { manila: { backends: [ontap({ driverHandlesShareServers: true, options: { network_config_group: 'membernet' } })] } },
  },
  {
    rule: 'RB018',
    what: 'NetApp without share servers and no vserver in visible credentials',
    fires: { manila: { backends: [ontap({ credentials: { externalSecret: { store: { name: 'v' }, data: { netapp_server_hostname: { key: 'k' }, netapp_login: { key: 'k' }, netapp_password: { key: 'k' } } } } })] } },
    field: 'spec.manila.backends[0].credentials',
    quiet: { manila: { backends: [ontap({ credentials: { externalSecret: { store: { name: 'v' }, data: { netapp_server_hostname: { key: 'k' }, netapp_login: { key: 'k' }, netapp_password: { key: 'k' }, netapp_vserver: { key: 'k' } } } } })] } },
  },
  {
    rule: 'RB019',
    what: 'backup and backups together',
    fires: { cinder: { backup: { driver: 'swift' }, backups: [{ name: 'b2', driver: 'swift' }] } },
    field: 'spec.cinder.backups',
    quiet: { cinder: { backups: [{ name: 'b1', driver: 'swift' }, { name: 'b2', driver: 'swift' }] } },
  },
  {
    rule: 'RB019',
    what: 'deprecatedSingleBackup with two backups',
    fires: { cinder: { backups: [{ name: 'b1', driver: 'swift', deprecatedSingleBackup: true }, { name: 'b2', driver: 'swift' }] } },
    field: 'spec.cinder.backups[0].deprecatedSingleBackup',
    quiet: { cinder: { backups: [{ name: 'b1', driver: 'swift', deprecatedSingleBackup: true }] } },
  },
  {
    rule: 'RB020',
    what: 'nfs backup without backup_share',
    fires: { cinder: { backup: { driver: 'nfs' } } },
    field: 'spec.cinder.backup.options',
    quiet: { cinder: { backup: { driver: 'nfs', options: { backup_share: 'nfs.example.com:/backups' } } } },
  },
  {
    rule: 'RB020',
    what: 's3 backup without credentials',
    fires: { cinder: { backup: { driver: 's3', options: { backup_s3_endpoint_url: 'https://s3' } } } },
    field: 'spec.cinder.backup',
    quiet: { cinder: { backup: { driver: 's3', options: { backup_s3_endpoint_url: 'https://s3' }, credentials: secret('s3') } } },
  },
  {
    rule: 'RB020',
    what: 'misspelt backup option',
    severity: 'warning',
    fires: { cinder: { backup: { driver: 'nfs', options: { backup_share: 'n:/b', backup_mount_option: 'vers=4' } } } },
    field: 'spec.cinder.backup.options.backup_mount_option',
    quiet: { cinder: { backup: { driver: 'nfs', options: { backup_share: 'n:/b', backup_mount_options: 'vers=4' } } } },
  },
  {
    rule: 'RB021',
    what: 'backups entry naming an unknown cluster',
    fires: { ceph: [CEPH], cinder: { backups: [{ name: 'b', driver: 'ceph', cluster: 'cepj' }] } },
    field: 'spec.cinder.backups[0].cluster',
    quiet: { ceph: [CEPH], cinder: { backups: [{ name: 'b', driver: 'ceph', cluster: 'ceph' }] } },
  },
  {
    rule: 'RB022',
    what: 'split API with a file store',
    fires: { glance: { stores: [{ name: 'local', type: 'file' }], api: { type: 'split' } } },
    field: 'spec.glance.api.type',
    quiet: { glance: { stores: [{ name: 'local', type: 'file' }], api: { type: 'auto' } } },
  },
  {
    rule: 'RB022',
    what: 'file and rbd stores in one API',
    fires: { ceph: [CEPH], glance: { stores: [{ name: 'local', type: 'file' }, { name: 'ceph', type: 'rbd' }] } },
    field: 'spec.glance',
    quiet: { ceph: [CEPH], glance: { stores: [{ name: 'local', type: 'file' }, { name: 'ceph', type: 'rbd' }], apis: [{ name: 'files', stores: ['local'] }, { name: 'images', stores: ['ceph'] }] } },
  },
  {
    rule: 'RB023',
    what: 'API naming an unknown store',
    fires: { glance: { stores: [{ name: 'objects', type: 'swift' }], api: { stores: ['object'] } } },
    field: 'spec.glance.api.stores[0]',
    quiet: { glance: { stores: [{ name: 'objects', type: 'swift' }], api: { stores: ['objects'] } } },
  },
  {
    rule: 'RB023',
    what: 'defaultStore the API does not serve',
    fires: { glance: { stores: [{ name: 'a', type: 'swift' }, { name: 'b', type: 'cinder' }], api: { stores: ['a'], defaultStore: 'b' } } },
    field: 'spec.glance.api.defaultStore',
    quiet: { glance: { stores: [{ name: 'a', type: 'swift' }, { name: 'b', type: 'cinder' }], api: { defaultStore: 'b' } } },
  },
  {
    rule: 'RB024',
    what: 'only edge APIs',
    fires: { glance: { stores: [{ name: 'a', type: 'swift' }], apis: [{ name: 'e1', type: 'edge' }] } },
    field: 'spec.glance.apis',
    quiet: { glance: { stores: [{ name: 'a', type: 'swift' }], apis: [{ name: 'central' }, { name: 'e1', type: 'edge' }] } },
  },
  {
    rule: 'RB024',
    what: 'split API name over 32 characters',
    fires: { glance: { stores: [{ name: 'a', type: 'swift' }], api: { name: 'a-very-long-glance-api-name-over-32' } } },
    field: 'spec.glance.api.name',
    quiet: { glance: { stores: [{ name: 'a', type: 'swift' }], api: { name: 'a-glance-api-name-of-32-chars-ok' } } },
  },
  {
    rule: 'RB025',
    what: 'two default stores',
    fires: { glance: { stores: [{ name: 'a', type: 'swift', default: true }, { name: 'b', type: 'cinder', default: true }] } },
    field: 'spec.glance.stores[1].default',
    quiet: { glance: { stores: [{ name: 'a', type: 'swift', default: true }, { name: 'b', type: 'cinder' }] } },
  },
  {
    rule: 'RB026',
    what: 's3 store without credentials',
    fires: { glance: { stores: [{ name: 'objects', type: 's3' }] } },
    field: 'spec.glance.stores[0]',
    quiet: { glance: { stores: [{ name: 'objects', type: 's3', credentials: secret('s3glance') }] } },
  },
  {
    rule: 'RB026',
    what: 'nfs on an rbd store',
    fires: { ceph: [CEPH], glance: { stores: [{ name: 'images', type: 'rbd', nfs: { server: 'nfs.example.com', path: '/x' } }] } },
    field: 'spec.glance.stores[0].nfs',
    quiet: { glance: { stores: [{ name: 'images', type: 'file', nfs: { server: 'nfs.example.com', path: '/x' } }] } },
  },
  {
    rule: 'RB027',
    what: 'cluster Secret from files without allowPlaintext',
    fires: { ceph: [{ ...CEPH, files: { conf: 'ceph.conf', keyring: 'keyring' } }] },
    field: 'spec.ceph[0].files.keyring',
    quiet: { secrets: { allowPlaintext: true }, ceph: [{ ...CEPH, files: { conf: 'ceph.conf', keyring: 'keyring' } }] },
  },
  {
    rule: 'RB028',
    what: 'two clusters in one Secret, one pod reading only one',
    severity: 'warning',
    fires: { ceph: [CEPH, { name: 'edge', fsid: '1c6e8a1f-4d3b-4b68-8e3f-7d2cab5a9f12', secretName: 'ceph-conf-files' }], cinder: { backends: [{ name: 'a', driver: 'ceph-rbd', cluster: 'ceph' }, { name: 'b', driver: 'ceph-rbd', cluster: 'edge' }] } },
    field: 'spec.ceph[1].secretName',
    quiet: { ceph: [CEPH, { name: 'edge', fsid: '1c6e8a1f-4d3b-4b68-8e3f-7d2cab5a9f12' }], cinder: { backends: [{ name: 'a', driver: 'ceph-rbd', cluster: 'ceph' }, { name: 'b', driver: 'ceph-rbd', cluster: 'edge' }] } },
  },
  {
    rule: 'RB029',
    what: 'secret volume with name instead of secretName',
    fires: { mounts: [{ name: 'ca', propagation: ['CinderVolume'], volume: { secret: { name: 'ca' } }, mountPath: '/etc/pki/ca' }] },
    field: 'spec.mounts[0].volume.secret.name',
    quiet: { mounts: [{ name: 'ca', propagation: ['CinderVolume'], volume: { secret: { secretName: 'ca' } }, mountPath: '/etc/pki/ca' }] },
  },
  {
    rule: 'RB029',
    what: 'hostPath on the main operator line',
    fires: { operatorLine: 'main', mounts: [{ name: 'h', propagation: ['CinderVolume'], volume: { hostPath: { path: '/x' } }, mountPath: '/x' }] },
    field: 'spec.mounts[0].volume.hostPath',
    quiet: { operatorLine: 'main', mounts: [{ name: 'h', propagation: ['CinderVolume'], volume: { emptyDir: {} }, mountPath: '/x' }] },
  },
];

// Files the RB027 case names, so only the rule under test decides.
const FILES = { 'ceph.conf': '[global]\n', keyring: '[client.openstack]\n' };

for (const c of CASES) {
  test(`${c.rule} fires: ${c.what}`, () => {
    const r = renderSpec(c.fires, FILES);
    const hits = r.diagnostics.filter((d) => d.rule === c.rule);
    assert.ok(hits.length > 0, `${c.rule} did not fire; got ${JSON.stringify(r.diagnostics.map((d) => `${d.rule} ${d.field}: ${d.message}`))}`);
    const hit = hits.find((d) => d.field === c.field);
    assert.ok(hit, `${c.rule} fired at ${hits.map((d) => d.field).join(', ')}, expected ${c.field}`);
    assert.is(hit!.severity, c.severity ?? 'error');
    assert.is(hit!.file, 'inventory.yaml');
    assert.ok(typeof hit!.line === 'number' && hit!.line > 0, 'has a line');
    assert.ok(hit!.hint && hit!.hint.length > 0, 'has a hint');
    if ((c.severity ?? 'error') === 'error') assert.not.ok(r.ok, 'an error stops the render');
  });
  test(`${c.rule} stays quiet: ${c.what} (fixed)`, () => {
    const r = renderSpec(c.quiet, FILES);
    // The inventory passed the schema, so the rules did run.
    assert.equal(r.diagnostics.filter((d) => d.rule === 'schema').map((d) => d.message), []);
    assert.equal(r.diagnostics.filter((d) => d.rule === c.rule).map((d) => d.message), []);
  });
}

test('every rule in RB016-RB029 has a firing case', async () => {
  const { inventoryRules } = await import('../../functions/lib/rules/inventory/index.js');
  const mine = inventoryRules.map((r) => r.id).filter((id) => id >= 'RB016' && id <= 'RB029');
  assert.equal([...new Set(CASES.map((c) => c.rule))].sort(), mine.sort());
  for (const r of inventoryRules.filter((x) => mine.includes(x.id))) {
    assert.ok(r.summary && r.why && r.fix && /^[a-z0-9-]+$/.test(r.name), `${r.id} documents itself`);
  }
});

test.run();
