/**
 * Acceptance (issue 17): for inventories that describe the upstream peers'
 * deployments (architecture va/hci and dt/dcn), the storage fields of
 * DATAPLANE.md §1-3 in our rendered data plane equal the peers' rendered ones
 * (samples/peers/*.dataplane.rendered.yaml). The package holds the peer's
 * NodeSet with its storage parts taken out (ceph-client, nova-custom-ceph
 * back to nova, no extraMounts): the tool must put them back as the peer has
 * them. Exceptions cite the DATAPLANE.md §6 row that says the peer is wrong.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { stringify } from 'yaml';
import { runCli, REFERENCE } from '../support/cli.js';
import { validateManifest } from '../support/crd.js';
import { parseStream } from '../support/yaml.js';

const PEERS = path.join(REFERENCE, 'samples', 'peers');

function peerDocs(file: string): any[] {
  return parseStream(fs.readFileSync(path.join(PEERS, file), 'utf8'));
}

/** The peer's NodeSet as a user would have it before adding Ceph. */
function withoutStorage(nodeSet: any): any {
  const copy = JSON.parse(JSON.stringify(nodeSet));
  copy.spec.services = copy.spec.services.filter((s: string) => s !== 'ceph-client').map((s: string) => (s === 'nova-custom-ceph' ? 'nova' : s));
  delete copy.spec.nodeTemplate.extraMounts;
  return copy;
}

function renderPackage(inventory: Record<string, unknown>, nodeSet: any): any[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-peers-'));
  try {
    fs.writeFileSync(path.join(dir, 'inventory.yaml'), stringify({ apiVersion: 'backends.rhoso.io/v1alpha1', kind: 'BackendInventory', metadata: { name: 'backends' }, spec: inventory }));
    fs.writeFileSync(path.join(dir, 'nodeset.yaml'), stringify(nodeSet));
    const r = runCli(['render', dir]);
    assert.is(r.code, 0, r.stderr);
    return parseStream(r.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const find = (docs: any[], kind: string, name: string) => docs.find((d) => d.kind === kind && d.metadata?.name === name);

/** The INI options of a [libvirt] section. */
function libvirtOptions(ini: string): Record<string, string> {
  const out: Record<string, string> = {};
  let section = '';
  for (const line of ini.split('\n')) {
    const s = line.match(/^\[(.+)\]$/);
    if (s) section = s[1];
    const kv = line.match(/^(\w+) = (.*)$/);
    if (kv && section === 'libvirt') out[kv[1]] = kv[2];
  }
  return out;
}

test('architecture va/hci: NodeSet services and Ceph mount, nova service and ConfigMap as the peer renders them', () => {
  const peer = peerDocs('architecture__va_hci.dataplane.rendered.yaml');
  const peerNodeSet = find(peer, 'OpenStackDataPlaneNodeSet', 'openstack-edpm');
  const fsid = '5e6d2a36-8a1f-5d27-9f4c-2a8b6f3c1d90';
  const docs = renderPackage(
    {
      ceph: [{ name: 'ceph', fsid, secretName: 'ceph-conf-files' }],
      cinder: { backends: [{ name: 'ceph', driver: 'ceph-rbd' }] },
      glance: { stores: [{ name: 'default_backend', type: 'rbd', default: true }] },
      dataPlane: { nodeSets: [{ name: 'openstack-edpm' }] },
    },
    withoutStorage(peerNodeSet),
  );
  const nodeSet = find(docs, 'OpenStackDataPlaneNodeSet', 'openstack-edpm');
  assert.equal(nodeSet.spec.services, peerNodeSet.spec.services);
  assert.equal(nodeSet.spec.nodeTemplate.extraMounts, peerNodeSet.spec.nodeTemplate.extraMounts);
  // Everything else of the NodeSet is the user's, untouched.
  const { services: _a, nodeTemplate: { extraMounts: _b, ...ours }, ...restOurs } = nodeSet.spec;
  const { services: _c, nodeTemplate: { extraMounts: _d, ...theirs }, ...restTheirs } = peerNodeSet.spec;
  assert.equal(ours, theirs);
  assert.equal(restOurs, restTheirs);

  const service = find(docs, 'OpenStackDataPlaneService', 'nova-custom-ceph');
  const { label, ...peerService } = find(peer, 'OpenStackDataPlaneService', 'nova-custom-ceph').spec;
  assert.ok(label, 'the peer sets spec.label');
  // DATAPLANE.md §6 row 3: spec.label is not in the OpenStackDataPlaneService CRD; we leave it out.
  assert.equal(service.spec, peerService);

  const configMap = find(docs, 'ConfigMap', 'ceph-nova');
  assert.equal(Object.keys(configMap.data), Object.keys(find(peer, 'ConfigMap', 'ceph-nova').data));
  // The peer's value is a placeholder (CHANGEME_NOVA_CEPH_CONF); DATAPLANE.md §2.3 gives what it stands for.
  assert.equal(libvirtOptions(configMap.data['03-ceph-nova.conf']), {
    images_type: 'rbd',
    images_rbd_pool: 'vms',
    images_rbd_ceph_conf: '/etc/ceph/ceph.conf',
    images_rbd_glance_store_name: 'default_backend',
    images_rbd_glance_copy_poll_interval: '15',
    images_rbd_glance_copy_timeout: '600',
    rbd_user: 'openstack',
    rbd_secret_uuid: fsid,
  });
  for (const d of docs) assert.equal(validateManifest(d), [], `${d.kind}/${d.metadata?.name}`);
});

test('architecture dt/dcn: the central NodeSet gets every site\'s files, the nova service with working dataSources', () => {
  const peer = peerDocs('architecture__dt_dcn.dataplane.rendered.yaml');
  const peerNodeSet = find(peer, 'OpenStackDataPlaneNodeSet', 'computes-edpm');
  const sites = ['az0', 'az1', 'az2'];
  const docs = renderPackage(
    {
      // The peer keeps every site's files in one Secret, ceph-conf-files.
      ceph: sites.map((az, i) => ({ name: az, fsid: `${i}b5d7f0e-3c2a-4a57-9d2e-6c1b9a4f8e01`, secretName: 'ceph-conf-files' })),
      cinder: { backends: sites.map((az) => ({ name: az, driver: 'ceph-rbd', cluster: az, availabilityZone: az })) },
      glance: {
        stores: sites.map((az, i) => ({ name: az, type: 'rbd', cluster: az, default: i === 0 })),
        apis: [{ name: 'az0' }, ...sites.slice(1).map((az) => ({ name: az, type: 'edge', replicas: 1, stores: [az, 'az0'], defaultStore: az }))],
      },
      dataPlane: { nodeSets: [{ name: 'computes-edpm', cluster: 'az0' }] },
    },
    withoutStorage(peerNodeSet),
  );
  const nodeSet = find(docs, 'OpenStackDataPlaneNodeSet', 'computes-edpm');
  assert.equal(nodeSet.spec.services, peerNodeSet.spec.services);
  assert.equal(nodeSet.spec.nodeTemplate.extraMounts, peerNodeSet.spec.nodeTemplate.extraMounts);

  const service = find(docs, 'OpenStackDataPlaneService', 'nova-custom-ceph');
  const { label: _label, dataSources: peerSources, ...peerService } = find(peer, 'OpenStackDataPlaneService', 'nova-custom-ceph').spec;
  const { dataSources, ...rest } = service.spec;
  // DATAPLANE.md §6 row 3: no spec.label.
  assert.equal(rest, peerService);
  // DATAPLANE.md §6 row 1: the peer's items are {configMapRef: null, name: X}; the reference belongs under configMapRef/secretRef.
  const fixed = peerSources.map((s: any) => ('configMapRef' in s ? { configMapRef: { name: s.name } } : { secretRef: { name: s.name } }));
  assert.equal(dataSources, fixed);
  const conf = libvirtOptions(find(docs, 'ConfigMap', 'ceph-nova').data['03-ceph-nova.conf']);
  assert.is(conf.images_rbd_ceph_conf, '/etc/ceph/az0.conf');
  assert.is(conf.images_rbd_glance_store_name, 'az0');
  assert.is(conf.rbd_secret_uuid, '0b5d7f0e-3c2a-4a57-9d2e-6c1b9a4f8e01');
  for (const d of docs) assert.equal(validateManifest(d), [], `${d.kind}/${d.metadata?.name}`);
});

test.run();
