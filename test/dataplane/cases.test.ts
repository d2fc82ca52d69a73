/**
 * Where the NodeSet lives decides how the computes' storage side is applied
 * (docs/dataplane.md): (a) the package's NodeSet is edited (owned entries
 * only, comments kept; idempotent; removing the node set from the inventory
 * undoes exactly the edits), (b) a values ConfigMap of the architecture
 * layout is edited, or refused when it cannot carry the mount, (c) a patch
 * with the full services list is emitted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from '../support/cli.js';
import { validateManifest } from '../support/crd.js';
import { parseStream } from '../support/yaml.js';

function pkg(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-dp-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const HCI = path.join(ROOT, 'examples', 'ceph-hci');
const inventoryText = fs.readFileSync(path.join(HCI, 'inventory.yaml'), 'utf8');
const nodeSetText = fs.readFileSync(path.join(HCI, 'nodeset.yaml'), 'utf8');
const withoutDataPlane = inventoryText.slice(0, inventoryText.indexOf('  dataPlane:'));

const find = (docs: any[], kind: string, name: string) => docs.find((d) => d.kind === kind && d.metadata?.name === name);

test('(a) NodeSet in the package: Ceph mount and services added, comments kept; a second render changes nothing; removing the node set undoes it', () => {
  const first = runCli(['render', 'examples/ceph-hci']);
  assert.is(first.code, 0, first.stderr);
  assert.ok(first.stdout.includes('- ceph-hci-pre # HCI: firewall rules for the Ceph daemons on these nodes'), 'the comment on the user\'s service survives');
  const dir = pkg({ 'inventory.yaml': inventoryText, 'rendered.yaml': first.stdout });
  try {
    const again = runCli(['render', dir]);
    assert.is(again.code, 0, again.stderr);
    assert.is(again.stdout, first.stdout, 'rendering the output again changes nothing');

    fs.writeFileSync(path.join(dir, 'inventory.yaml'), withoutDataPlane);
    const pruned = runCli(['render', dir]);
    assert.is(pruned.code, 0, pruned.stderr);
    const docs = parseStream(pruned.stdout);
    const nodeSet = find(docs, 'OpenStackDataPlaneNodeSet', 'openstack-edpm');
    const original = parseStream(nodeSetText)[0];
    assert.equal(nodeSet.spec, original.spec, 'the NodeSet is back to what the user wrote');
    assert.is(nodeSet.metadata.annotations?.['backends.rhoso.io/managed-dataplane'], undefined);
    assert.not.ok(find(docs, 'ConfigMap', 'ceph-nova'), 'the generated ConfigMap is pruned');
    assert.not.ok(find(docs, 'OpenStackDataPlaneService', 'nova-custom-ceph'), 'the generated service is pruned');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('(a) a Ceph mount written by hand that differs from the inventory\'s is an error (RB214), not overwritten', () => {
  const handMount = nodeSetText.replace('    managementNetwork: ctlplane\n', '    managementNetwork: ctlplane\n    extraMounts:\n      - volumes: [{name: ceph, secret: {secretName: other}}]\n        mounts: [{name: ceph, mountPath: /etc/ceph, readOnly: true}]\n');
  const dir = pkg({ 'inventory.yaml': inventoryText, 'nodeset.yaml': handMount });
  try {
    const r = runCli(['render', dir]);
    assert.is(r.code, 1);
    assert.match(r.stderr, /inventory\.yaml:\d+:\d+: error\[RB214\]: spec\.dataPlane\.nodeSets\[0\]: nodeset\.yaml: NodeSet openstack-edpm already mounts a volume named ceph by hand/);
    assert.is(r.stdout, '', 'no partial output');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('(b) values ConfigMap (architecture layout) without the Ceph services: refused, saying what to write where (RB215)', () => {
  const values = `# local-config: referenced, but not emitted by kustomize
apiVersion: v1
kind: ConfigMap
metadata:
  name: edpm-nodeset-values
  annotations:
    config.kubernetes.io/local-config: "true"
data:
  nodeset:
    services:
      - bootstrap
      - install-certs   # certificates first
      - ovn
      - libvirt
      - nova
`;
  const dir = pkg({ 'inventory.yaml': inventoryText, 'values.yaml': values });
  try {
    const r = runCli(['render', dir]);
    assert.is(r.code, 1);
    assert.match(r.stderr, /error\[RB215\]: spec\.dataPlane\.nodeSets\[0\]: NodeSet openstack-edpm is built from values\.yaml by kustomize replacements: its data\.nodeset\.services lacks the Ceph services/);
    assert.match(r.stderr, /write in values\.yaml, data\.nodeset\.services: \[bootstrap, install-certs, ceph-client, ovn, libvirt, nova-custom-ceph\]/);
    // Written as asked: the render passes, and makes no NodeSet object or patch (the layout builds it).
    fs.writeFileSync(path.join(dir, 'values.yaml'), values.replace('      - ovn\n', '      - ceph-client\n      - ovn\n').replace('      - nova\n', '      - nova-custom-ceph\n'));
    const ok = runCli(['render', dir]);
    assert.is(ok.code, 0, ok.stderr);
    assert.not.ok(parseStream(ok.stdout).some((d) => d.kind === 'OpenStackDataPlaneNodeSet'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('(b) values ConfigMap with a mount the layout cannot carry: refused, with the patch to add (RB215)', () => {
  const values = `apiVersion: v1
kind: ConfigMap
metadata: {name: edpm-nodeset-values, annotations: {config.kubernetes.io/local-config: "true"}}
data:
  nodeset:
    services: [bootstrap, ceph-client, libvirt, nova-custom-ceph]
`;
  const dir = pkg({ 'inventory.yaml': inventoryText.replace('secretName: ceph-conf-files', 'secretName: ceph-hci-files'), 'values.yaml': values });
  try {
    const r = runCli(['render', dir]);
    assert.is(r.code, 1);
    assert.match(r.stderr, /error\[RB215\]: spec\.dataPlane\.nodeSets\[0\]: NodeSet openstack-edpm is built from values\.yaml by kustomize replacements, which carry no nodeTemplate\.extraMounts/);
    assert.match(r.stderr, /add a patch for OpenStackDataPlaneNodeSet openstack-edpm .*"secretName":"ceph-hci-files"/);
    assert.not.match(r.stderr, /lacks the Ceph services/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('(c) no NodeSet in the package: a patch with the full services list and the Ceph mount, valid as a partial NodeSet', () => {
  const dir = pkg({ 'inventory.yaml': inventoryText });
  try {
    const r = runCli(['render', dir]);
    assert.is(r.code, 0, r.stderr);
    const patch = find(parseStream(r.stdout), 'OpenStackDataPlaneNodeSet', 'openstack-edpm');
    assert.is(patch.metadata.annotations['backends.rhoso.io/patch-for'], 'OpenStackDataPlaneNodeSet/openstack-edpm');
    assert.equal(patch.spec.services, [
      'redhat', 'download-cache', 'bootstrap', 'configure-network', 'validate-network', 'install-os', 'configure-os', 'ssh-known-hosts',
      'run-os', 'reboot-os', 'install-certs', 'ceph-client', 'ovn', 'neutron-metadata', 'libvirt', 'nova-custom-ceph', 'telemetry',
    ]);
    assert.equal(patch.spec.nodeTemplate.extraMounts[0].volumes, [{ name: 'ceph', secret: { secretName: 'ceph-conf-files' } }]);
    assert.equal(validateManifest(patch), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a hand-written ceph-nova ConfigMap next to the inventory is an error (RB214), not a second copy', () => {
  const dir = pkg({ 'inventory.yaml': inventoryText, 'nodeset.yaml': nodeSetText, 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ceph-nova, namespace: openstack}\ndata: {03-ceph-nova.conf: "[libvirt]\\n"}\n' });
  try {
    const r = runCli(['render', dir]);
    assert.is(r.code, 1);
    assert.match(r.stderr, /error\[RB214\]: .*the package already has a ConfigMap ceph-nova \(cm\.yaml\) written by hand/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('DCN example: per-site services, ConfigMaps and patches; edge sites get only their own and the central cluster\'s Secret', () => {
  const r = runCli(['render', 'examples/dcn']);
  assert.is(r.code, 0, r.stderr);
  const docs = parseStream(r.stdout);
  for (const [i, az] of ['az0', 'az1', 'az2'].entries()) {
    const service = find(docs, 'OpenStackDataPlaneService', `nova-custom-ceph-${az}`);
    assert.equal(service.spec.dataSources, [{ configMapRef: { name: `ceph-nova-${az}` } }, { secretRef: { name: `nova-cell${i + 1}-compute-config` } }, { secretRef: { name: 'nova-migration-ssh-key' } }]);
    const conf = find(docs, 'ConfigMap', `ceph-nova-${az}`).data['03-ceph-nova.conf'];
    assert.match(conf, `images_rbd_ceph_conf = /etc/ceph/${az}.conf\n`);
    assert.match(conf, `images_rbd_glance_store_name = ${az}\n`);
    assert.match(conf, `endpoint_override = https://glance-${az}-internal.openstack.svc:9292\n`);
    const patch = find(docs, 'OpenStackDataPlaneNodeSet', `${az}-edpm`);
    const secrets = patch.spec.nodeTemplate.extraMounts[0].volumes[0].projected.sources.map((s: any) => s.secret.name);
    assert.equal(secrets, az === 'az0' ? ['ceph-conf-az0', 'ceph-conf-az1', 'ceph-conf-az2'] : ['ceph-conf-az0', `ceph-conf-${az}`]);
    assert.ok(patch.spec.services.includes(`nova-custom-ceph-${az}`) && !patch.spec.services.includes('nova'));
  }
});

test.run();
