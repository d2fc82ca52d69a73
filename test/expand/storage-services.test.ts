/** Expansion of ceph, manila, glance, cinder backup and generic mounts: what lands where, and why. */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import { stringify } from 'yaml';
import * as assert from 'uvu/assert';
import { simulate } from '../../functions/lib/propagation/simulate.js';
import { sourceReachByPod } from '../support/reach.js';
import { validateManifest } from '../support/crd.js';
import { CEPH, controlPlaneOf, errors, renderPackage, renderSpec, rulesOf, versionOf, inventoryText } from './helpers.js';

const crdValid = (docs: Array<Record<string, any>>) => {
  for (const d of docs) if (d.kind !== 'BackendInventory') assert.equal(validateManifest(d), [], `${d.kind}/${d.metadata?.name}`);
};

/** Every pod: no volume name and no mount path twice (the StatefulSet would be rejected). */
const noDuplicatesPerPod = (cp: unknown) => {
  for (const { pod, takes } of simulate(cp)) {
    const names: string[] = [];
    const paths: string[] = [];
    for (const t of takes) for (let i = 0; i < t.times; i++) {
      names.push(...t.volumes.map((v) => v.name));
      paths.push(...t.mounts.map((m) => m.mountPath));
    }
    assert.is(new Set(names).size, names.length, `${pod.id}: duplicate volume names ${names}`);
    assert.is(new Set(paths).size, paths.length, `${pod.id}: duplicate mount paths ${paths}`);
  }
};

// --- Ceph ------------------------------------------------------------------

test('ceph: the cluster Secret reaches only the pods that read the cluster', () => {
  const r = renderSpec({
    ceph: [CEPH],
    cinder: { backends: [{ name: 'ceph', driver: 'ceph-rbd' }, { name: 'nfs', driver: 'nfs', credentials: { secretName: 'nfs-secrets' } }], backup: { driver: 'nfs', options: { backup_share: 'nfs.example.com:/backups' } } },
    manila: { backends: [{ name: 'cephfs', driver: 'cephfs' }] },
    glance: { stores: [{ name: 'block', type: 'cinder' }] },
  });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  const reach = sourceReachByPod(controlPlaneOf(r));
  const ceph = ['secret:ceph-conf-files -> /etc/ceph'];
  assert.equal(reach['cinder-volume/ceph'], ceph);
  assert.equal(reach['manila-share/cephfs'], ceph);
  for (const pod of ['cinder-api', 'cinder-scheduler', 'cinder-volume/nfs', 'cinder-backup/backup', 'manila-api', 'manila-scheduler', 'glance-api/default']) {
    assert.equal(reach[pod], [], `${pod} reads no Ceph cluster`);
  }
  crdValid(r.docs);
});

test('ceph: several clusters mount side by side under /etc/ceph, each pod with exactly its own (DCN)', () => {
  const r = renderSpec({
    ceph: ['az0', 'az1', 'az2'].map((n, i) => ({ name: n, fsid: `${i}b5d7f0e-3c2a-4a57-9d2e-6c1b9a4f8e01`, secretName: `ceph-conf-${n}` })),
    cinder: {
      backends: ['az0', 'az1', 'az2'].map((n) => ({ name: `rbd-${n}`, driver: 'ceph-rbd', cluster: n })),
      backups: ['az0', 'az1'].map((n) => ({ name: `backup-${n}`, driver: 'ceph', cluster: n })),
    },
    glance: {
      stores: ['az0', 'az1', 'az2'].map((n) => ({ name: n, type: 'rbd', cluster: n })),
      apis: [{ name: 'central' }, { name: 'edge1', type: 'edge', stores: ['az1', 'az0'] }],
    },
  });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  const cp = controlPlaneOf(r);
  noDuplicatesPerPod(cp);
  const reach = sourceReachByPod(cp);
  const s = (...n: string[]) => n.map((x) => `secret:ceph-conf-${x} -> /etc/ceph`).sort();
  assert.equal(reach['cinder-volume/rbd-az1'], s('az1'));
  assert.equal(reach['glance-api/central'], s('az0', 'az1', 'az2'));
  assert.equal(reach['glance-api/edge1'], s('az0', 'az1'));
  // Backup pods share one propagation value (CinderBackup): the union of the backups' clusters.
  assert.equal(reach['cinder-backup/backup-az0'], s('az0', 'az1'));
  // Each rbd back end reads its own <cluster>.conf, and names the cluster when it is not "ceph".
  const cfg = cp.spec.cinder.template.cinderVolumes['rbd-az2'].customServiceConfig;
  assert.match(cfg, /^rbd_ceph_conf = \/etc\/ceph\/az2\.conf$/m);
  assert.match(cfg, /^rbd_cluster_name = az2$/m);
  // Ceph mounts sit in the service templates, never at the top level (instance names are shared across services).
  assert.is(cp.spec.extraMounts, undefined);
  crdValid(r.docs);
});

test('ceph: clusters with their own mountPath get their own volume', () => {
  const r = renderSpec({
    ceph: [CEPH, { name: 'edge', fsid: '1c6e8a1f-4d3b-4b68-8e3f-7d2cab5a9f12', mountPath: '/etc/ceph-edge' }],
    glance: { stores: [{ name: 'a', type: 'rbd', cluster: 'ceph' }, { name: 'b', type: 'rbd', cluster: 'edge' }] },
  });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  const cp = controlPlaneOf(r);
  noDuplicatesPerPod(cp);
  assert.equal(sourceReachByPod(cp)['glance-api/default'], ['secret:ceph-conf-edge -> /etc/ceph-edge', 'secret:ceph-conf-files -> /etc/ceph']);
  assert.match(cp.spec.glance.template.glanceAPIs.default.customServiceConfig, /rbd_store_ceph_conf = \/etc\/ceph-edge\/edge\.conf/);
});

test('ceph: files generate the cluster Secret (with allowPlaintext), keyed as Ceph expects', () => {
  const spec = {
    secrets: { allowPlaintext: true },
    ceph: [{ ...CEPH, user: 'openstack', files: { conf: 'ceph/ceph.conf', keyring: 'ceph/keyring' } }],
    cinder: { backends: [{ name: 'ceph', driver: 'ceph-rbd' }] },
  };
  const r = renderSpec(spec, { 'ceph/ceph.conf': '[global]\nfsid = x\n', 'ceph/keyring': '[client.openstack]\n  key = AQ==\n' });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  const secret = r.docs.find((d) => d.kind === 'Secret' && d.metadata.name === 'ceph-conf-files');
  assert.ok(secret);
  assert.equal(Object.keys(secret!.stringData).sort(), ['ceph.client.openstack.keyring', 'ceph.conf']);
  assert.is(secret!.metadata.labels['app.kubernetes.io/managed-by'], 'rhoso-backends');
  crdValid(r.docs);
});

// --- cinder backup ---------------------------------------------------------

test('backup: cinderBackups.<name> with cinderBackup pinned to 0 replicas', () => {
  const r = renderSpec({ ceph: [CEPH], cinder: { backends: [{ name: 'ceph', driver: 'ceph-rbd' }], backup: { driver: 'ceph', replicas: 2 } } });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  const t = controlPlaneOf(r).spec.cinder.template;
  assert.equal(t.cinderBackup, { replicas: 0 });
  assert.is(t.cinderBackups.backup.replicas, 2);
  assert.match(t.cinderBackups.backup.customServiceConfig, /^backup_driver = cinder\.backup\.drivers\.ceph\.CephBackupDriver$/m);
  assert.match(t.cinderBackups.backup.customServiceConfig, /^backup_ceph_pool = backups$/m);
});

test('backup: deprecatedSingleBackup writes the one backup to cinderBackup and no cinderBackups', () => {
  const r = renderSpec({ ceph: [CEPH], cinder: { backends: [{ name: 'ceph', driver: 'ceph-rbd' }], backup: { driver: 'ceph', deprecatedSingleBackup: true, replicas: 3 } } });
  const t = controlPlaneOf(r).spec.cinder.template;
  assert.is(t.cinderBackup.replicas, 3);
  assert.is(t.cinderBackups, undefined);
  assert.equal(sourceReachByPod(controlPlaneOf(r))['cinder-backup'], ['secret:ceph-conf-files -> /etc/ceph']);
});

test('backup: none configured still pins cinderBackup to 0 (its replicas default to 1)', () => {
  const r = renderSpec({ cinder: { backends: [{ name: 'nfs', driver: 'nfs', credentials: { secretName: 'nfs' } }] } });
  assert.equal(controlPlaneOf(r).spec.cinder.template.cinderBackup, { replicas: 0 });
});

test('backup: s3 keys go through a credentials Secret in [DEFAULT], never customServiceConfig', () => {
  const r = renderSpec({
    secrets: { allowPlaintext: true },
    cinder: { backends: [], backup: { driver: 's3', options: { backup_s3_endpoint_url: 'https://s3.example.com' }, credentials: { values: { backup_s3_store_access_key: 'AK', backup_s3_store_secret_key: 'SK' } } } },
  });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  const b = controlPlaneOf(r).spec.cinder.template.cinderBackups.backup;
  assert.not.match(b.customServiceConfig, /SK|AK/);
  assert.equal(b.customServiceConfigSecrets, ['cinder-backup-backup-secrets']);
  const s = r.docs.find((d) => d.kind === 'Secret' && d.metadata.name === 'cinder-backup-backup-secrets');
  assert.match(Object.values(s!.stringData as Record<string, string>)[0], /^\[DEFAULT\]\nbackup_s3_store_access_key = AK\n/);
});

test('backup: a transformer run over a hand-written cinderBackup is a reported conflict, not a silent overwrite', () => {
  const oscp = `apiVersion: core.openstack.org/v1beta1
kind: OpenStackControlPlane
metadata: {name: openstack, namespace: openstack}
spec:
  secret: osp-secret
  storageClass: local
  cinder:
    template:
      databaseInstance: openstack
      secret: osp-secret
      cinderAPI: {}
      cinderScheduler: {}
      cinderBackup:
        replicas: 1
        customServiceConfig: "[DEFAULT]\\nbackup_driver = cinder.backup.drivers.swift.SwiftBackupDriver\\n"
`;
  const r = renderPackage({ 'inventory.yaml': inventoryText({ cinder: { backends: [{ name: 'nfs', driver: 'nfs', credentials: { secretName: 'nfs' } }], backup: { driver: 'swift' } } }), 'oscp.yaml': oscp });
  assert.not.ok(r.ok);
  assert.ok(rulesOf(r, 'error').includes('RB091'), JSON.stringify(r.diagnostics));
});

test('a glance-only inventory gives a control plane without a cinder section', () => {
  const r = renderSpec({ glance: { stores: [{ name: 'images', type: 'swift' }] } });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  assert.is(controlPlaneOf(r).spec.cinder, undefined);
  crdValid(r.docs);
});

// --- manila ----------------------------------------------------------------

test('manila: enabled, share config with backends/protocols/driver/DHSS, API protocols, partner image', () => {
  const r = renderSpec({
    release: { version: '18.0.3', targetVersion: '18.0.3-20241126.1' },
    ceph: [CEPH],
    manila: {
      backends: [
        { name: 'cephfs', driver: 'cephfs' },
        { name: 'ontap', driver: 'netapp-ontap', driverHandlesShareServers: false, protocols: ['NFS', 'CIFS'], credentials: { secretName: 'manila-ontap' } },
        { name: 'flashblade', driver: 'pure-flashblade', credentials: { secretName: 'manila-fb' }, image: 'registry.connect.redhat.com/purestorage/openstack-manila-share-pure-18-0:18.0.3' },
      ],
    },
  });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  const m = controlPlaneOf(r).spec.manila;
  assert.is(m.enabled, true);
  assert.ok(m.template.manilaAPI && m.template.manilaScheduler);
  assert.match(m.template.manilaAPI.customServiceConfig, /^enabled_share_protocols = CEPHFS,NFS,CIFS$/m);
  const ontap = m.template.manilaShares.ontap;
  for (const line of ['enabled_share_backends = ontap', 'enabled_share_protocols = NFS,CIFS', 'share_driver = manila.share.drivers.netapp.common.NetAppDriver', 'driver_handles_share_servers = False', 'netapp_storage_family = ontap_cluster']) {
    assert.ok(ontap.customServiceConfig.split('\n').includes(line), `${line} in\n${ontap.customServiceConfig}`);
  }
  // enabled_share_* sit in [DEFAULT], before the back-end section (dell powerscale's published bug).
  assert.ok(ontap.customServiceConfig.indexOf('enabled_share_protocols') < ontap.customServiceConfig.indexOf('[ontap]'));
  assert.equal(ontap.customServiceConfigSecrets, ['manila-ontap']);
  assert.equal(Object.keys(versionOf(r).spec.customContainerImages.manilaShareImages), ['flashblade']);
  assert.match(m.template.manilaShares.cephfs.customServiceConfig, /^cephfs_protocol_helper_type = CEPHFS$/m);
  crdValid(r.docs);
});

test('manila: removing every back end removes what the tool owned and keeps the CRD-required parts', () => {
  const first = renderSpec({ manila: { backends: [{ name: 'ontap', driver: 'netapp-ontap', credentials: { secretName: 's' } }] } });
  const cp = first.docs.find((d) => d.kind === 'OpenStackControlPlane')!;
  const again = renderPackage({
    'inventory.yaml': inventoryText({ glance: { stores: [{ name: 'images', type: 'swift' }] } }),
    'openstackcontrolplane_openstack.yaml': stringify(cp),
  });
  assert.ok(again.ok, JSON.stringify(errors(again)));
  const m = controlPlaneOf(again).spec.manila;
  assert.is(m.enabled, undefined);
  assert.is(m.template.manilaShares, undefined);
  assert.ok(m.template.manilaAPI, 'manilaAPI (required by the CRD) stays');
  crdValid(again.docs);
});

// --- glance ----------------------------------------------------------------

test('glance: layout auto is single for file stores and split otherwise; file stores mount their NFS export', () => {
  const file = renderSpec({ glance: { stores: [{ name: 'local', type: 'file', nfs: { server: '10.0.0.5', path: '/images' } }] } });
  assert.ok(file.ok, JSON.stringify(errors(file)));
  const g = controlPlaneOf(file).spec.glance.template;
  assert.is(g.glanceAPIs.default.type, 'single');
  assert.match(g.glanceAPIs.default.customServiceConfig, /^enabled_backends = local:file$/m);
  assert.match(g.glanceAPIs.default.customServiceConfig, /^filesystem_store_datadir = \/var\/lib\/glance\/images\/$/m);
  assert.equal(sourceReachByPod(controlPlaneOf(file))['glance-api/default'], ['nfs:10.0.0.5:/images -> /var/lib/glance/images']);

  const rbd = renderSpec({ ceph: [CEPH], glance: { stores: [{ name: 'ceph', type: 'rbd' }, { name: 'objects', type: 'swift' }] } });
  assert.is(controlPlaneOf(rbd).spec.glance.template.glanceAPIs.default.type, 'split');
  crdValid([...file.docs, ...rbd.docs]);
});

test('glance: cinder store passes the glance-operator template variables through unchanged', () => {
  const r = renderSpec({ glance: { stores: [{ name: 'block', type: 'cinder', options: { cinder_volume_type: 'pure' } }] } });
  const cfg = controlPlaneOf(r).spec.glance.template.glanceAPIs.default.customServiceConfig;
  assert.match(cfg, /^cinder_store_auth_address = \{\{ \.KeystoneInternalURL \}\}$/m);
  assert.match(cfg, /^cinder_store_user_name = \{\{ \.ServiceUser \}\}$/m);
  assert.match(cfg, /^cinder_store_password = \{\{ \.ServicePassword \}\}$/m);
  assert.match(cfg, /^cinder_volume_type = pure$/m);
});

test('glance: enabled_backends lists <id>:<type> for every store, default_backend and keystoneEndpoint are set', () => {
  const r = renderSpec({
    ceph: [CEPH],
    glance: {
      stores: [{ name: 'ceph', type: 'rbd' }, { name: 'block', type: 'cinder', default: true }],
      apis: [{ name: 'edge0', type: 'edge', stores: ['ceph'] }, { name: 'central', replicas: 2 }],
    },
  });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  const g = controlPlaneOf(r).spec.glance.template;
  assert.is(g.keystoneEndpoint, 'central', 'the first API that is not an edge API');
  assert.match(g.glanceAPIs.central.customServiceConfig, /^enabled_backends = ceph:rbd,block:cinder$/m);
  assert.match(g.glanceAPIs.central.customServiceConfig, /^default_backend = block$/m);
  assert.match(g.glanceAPIs.edge0.customServiceConfig, /^default_backend = ceph$/m);
  assert.is(g.glanceAPIs.edge0.type, 'edge');
});

test('glance: s3 credentials reach the APIs that serve the store through customServiceConfigSecrets', () => {
  const r = renderSpec({ glance: { stores: [{ name: 'objects', type: 's3', credentials: { secretName: 's3glance' } }] } });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  assert.equal(controlPlaneOf(r).spec.glance.template.glanceAPIs.default.customServiceConfigSecrets, ['s3glance']);
});

// --- generic mounts --------------------------------------------------------

test('mounts: one-service propagation lands in that template, anything wider at the top level', () => {
  const r = renderSpec({
    cinder: { backends: [{ name: 'nfs', driver: 'nfs', credentials: { secretName: 'nfs' } }] },
    glance: { stores: [{ name: 'images', type: 'swift' }] },
    mounts: [
      { name: 'conversion', propagation: ['CinderVolume'], volume: { nfs: { server: 'nfs.example.com', path: '/c' } }, mountPath: '/var/lib/cinder/conversion', readOnly: false },
      { name: 'ca', propagation: ['CinderVolume', 'GlanceAPI'], volume: { secret: { secretName: 'ca' } }, mountPath: '/etc/pki/extra', readOnly: true },
      { name: 'per-api', propagation: ['default'], volume: { configMap: { name: 'x' } }, mountPath: '/etc/x' },
    ],
  });
  assert.ok(r.ok, JSON.stringify(errors(r)));
  const cp = controlPlaneOf(r);
  assert.equal(cp.spec.cinder.template.extraMounts.map((m: any) => m.name), ['conversion']);
  assert.equal(cp.spec.extraMounts.map((m: any) => m.name), ['ca']);
  assert.equal(cp.spec.glance.template.extraMounts.map((m: any) => m.name), ['per-api']);
  const reach = sourceReachByPod(cp);
  assert.equal(reach['cinder-volume/nfs'], ['nfs:nfs.example.com:/c -> /var/lib/cinder/conversion', 'secret:ca -> /etc/pki/extra']);
  assert.equal(reach['glance-api/default'], ['configMap:x -> /etc/x', 'secret:ca -> /etc/pki/extra']);
  assert.equal(reach['cinder-api'], []);
  crdValid(r.docs);
});

// --- examples --------------------------------------------------------------

// dcn's backups read three clusters: every backup pod gets all three keyrings (an operator limit, RB161 warns per cluster).
const DOCUMENTED_WARNINGS: Record<string, string[]> = { dcn: ['RB161', 'RB161', 'RB161'] };

for (const name of ['ceph-hci', 'dcn', 'mixed-vendor']) {
  test(`example ${name}: renders without errors or unexpected warnings, no pod gets a volume or path twice`, () => {
    const dir = path.join(__dirname, '..', '..', 'examples', name);
    const r = renderPackage({ 'inventory.yaml': fs.readFileSync(path.join(dir, 'inventory.yaml'), 'utf8') });
    assert.ok(r.ok, JSON.stringify(errors(r)));
    assert.equal(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule), DOCUMENTED_WARNINGS[name] ?? []);
    for (const d of r.diagnostics.filter((x) => x.rule === 'RB161')) assert.match(d.message, /cinder-backup pods cannot be targeted one by one/);
    noDuplicatesPerPod(controlPlaneOf(r));
  });
}

test.run();
