/**
 * `sections`: service-wide and per-pod INI options outside a back end's own
 * section land where each operator reads them (cinder and manila: the
 * template's customServiceConfig, in every pod; glance: every API's own
 * config), get the checks `options` get (RB008, RB011), and never touch what
 * the tool writes (RB056).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseIni, valuesOf } from '../../functions/lib/ini/parse.js';
import { CEPH, controlPlaneOf, errors, inventoryText, renderPackage, renderSpec } from './helpers.js';

const nfs = (extra: Record<string, unknown> = {}) => ({ name: 'nfs', driver: 'nfs', credentials: { secretName: 'nfs-creds' }, ...extra });
const ini = (text: unknown) => parseIni(String(text));
const value = (text: unknown, section: string, key: string) => valuesOf(ini(text), key, section).map((e) => e.value);

test('cinder: service sections go to the template, pod sections to that back end only', () => {
  const r = renderSpec({
    cinder: {
      sections: { DEFAULT: { storage_availability_zone: 'az0' } },
      backends: [nfs({ sections: { DEFAULT: { glance_api_servers: 'https://glance-az1-internal.openstack.svc:9292' } } }), { name: 'other', driver: 'nfs', credentials: { secretName: 'o' } }],
    },
  });
  assert.equal(errors(r), []);
  const t = controlPlaneOf(r).spec.cinder.template;
  assert.equal(value(t.customServiceConfig, 'DEFAULT', 'storage_availability_zone'), ['az0']);
  assert.equal(value(t.cinderVolumes.nfs.customServiceConfig, 'DEFAULT', 'glance_api_servers'), ['https://glance-az1-internal.openstack.svc:9292']);
  // The back-end section comes first, so the operator still finds volume_backend_name in it.
  assert.ok(String(t.cinderVolumes.nfs.customServiceConfig).startsWith('[nfs]\n'));
  assert.equal(value(t.cinderVolumes.other.customServiceConfig, 'DEFAULT', 'glance_api_servers'), []);
});

test('manila: a network plugin section beside the share section, and service sections in the template', () => {
  const r = renderSpec({
    manila: {
      sections: { DEFAULT: { default_share_type: 'default' } },
      backends: [
        {
          name: 'ontap',
          driver: 'netapp-ontap',
          driverHandlesShareServers: true,
          credentials: { secretName: 'ontap-creds' },
          options: { netapp_root_volume_aggr: 'aggr1', network_config_group: 'membernet' },
          sections: { membernet: { network_api_class: 'manila.network.standalone_network_plugin.StandaloneNetworkPlugin', standalone_network_plugin_gateway: '192.168.1.1' } },
        },
      ],
    },
  });
  assert.equal(errors(r), []);
  const t = controlPlaneOf(r).spec.manila.template;
  assert.equal(value(t.customServiceConfig, 'DEFAULT', 'default_share_type'), ['default']);
  assert.equal(value(t.manilaShares.ontap.customServiceConfig, 'membernet', 'standalone_network_plugin_gateway'), ['192.168.1.1']);
});

test('glance: service sections in every API, an API\'s own sections win', () => {
  const r = renderSpec({
    ceph: [CEPH],
    glance: {
      stores: [{ name: 'central', type: 'rbd', default: true }],
      sections: { DEFAULT: { image_member_quota: 128 }, image_format: { disk_formats: 'raw,iso' } },
      apis: [{ name: 'a' }, { name: 'b', sections: { image_format: { disk_formats: 'raw' } } }],
    },
  });
  assert.equal(errors(r), []);
  const apis = controlPlaneOf(r).spec.glance.template.glanceAPIs;
  assert.equal(value(apis.a.customServiceConfig, 'DEFAULT', 'image_member_quota'), ['128']);
  assert.equal(value(apis.a.customServiceConfig, 'image_format', 'disk_formats'), ['raw,iso']);
  assert.equal(value(apis.b.customServiceConfig, 'image_format', 'disk_formats'), ['raw']);
  assert.equal(value(apis.b.customServiceConfig, 'DEFAULT', 'image_member_quota'), ['128']);
});

const fires = (rule: string, field: string, spec: Record<string, unknown>) => () => {
  const r = renderSpec(spec);
  const hit = r.diagnostics.find((d) => d.rule === rule && d.field === field);
  assert.ok(hit, `${rule} at ${field}; got ${JSON.stringify(r.diagnostics.map((d) => `${d.rule} ${d.field}: ${d.message}`))}`);
  assert.is(hit!.severity, 'error');
  assert.is(hit!.file, 'inventory.yaml');
  assert.ok(hit!.line && hit!.hint);
  assert.not.ok(r.ok);
};

test('RB056 fires: a back end\'s own section under sections', fires('RB056', 'spec.cinder.sections.nfs', { cinder: { sections: { nfs: { nfs_mount_attempts: 3 } }, backends: [nfs()] } }));
test('RB056 fires: enabled_backends, which the tool writes', fires('RB056', 'spec.cinder.backends[0].sections.DEFAULT.enabled_backends', { cinder: { backends: [nfs({ sections: { DEFAULT: { enabled_backends: 'nfs,x' } } })] } }));
test('RB056 fires: a store section under glance sections', fires('RB056', 'spec.glance.apis[0].sections.central', { ceph: [CEPH], glance: { stores: [{ name: 'central', type: 'rbd' }], apis: [{ name: 'a', sections: { central: { rbd_store_chunk_size: 8 } } }] } }));
test('RB056 fires: manila sections with no share back end', fires('RB056', 'spec.manila.sections', { cinder: { backends: [nfs()] }, manila: { sections: { DEFAULT: { debug: true } } } }));
test('RB008 fires: a credential under sections', fires('RB008', 'spec.cinder.sections.keystone_authtoken.password', { cinder: { sections: { keystone_authtoken: { password: 'x' } }, backends: [nfs()] } }));
test('RB011 fires: a line break in a sections value', fires('RB011', 'spec.glance.sections.DEFAULT.image_member_quota', { ceph: [CEPH], glance: { stores: [{ name: 'c', type: 'rbd' }], sections: { DEFAULT: { image_member_quota: '1\n[x]' } } } }));

test('RB056 stays quiet: other sections and keys', () => {
  const r = renderSpec({ cinder: { sections: { DEFAULT: { debug: true }, coordination: { backend_url: 'etcd3+http://etcd:2379' } }, backends: [nfs({ sections: { DEFAULT: { host: 'hostgroup' } } })] } });
  assert.equal(r.diagnostics.filter((d) => ['RB056', 'RB008', 'RB011'].includes(d.rule)), []);
  assert.ok(r.ok);
});

test('transformer mode: a hand-written template customServiceConfig and service sections conflict (RB091), nothing is replaced', () => {
  const controlPlane = `apiVersion: core.openstack.org/v1beta1
kind: OpenStackControlPlane
metadata:
  name: openstack
  namespace: openstack
spec:
  secret: osp-secret
  storageClass: local-storage
  cinder:
    template:
      databaseInstance: openstack
      secret: osp-secret
      customServiceConfig: |
        [DEFAULT]
        debug = true
      cinderAPI: {}
      cinderScheduler: {}
`;
  const r = renderPackage({ 'inventory.yaml': inventoryText({ cinder: { sections: { DEFAULT: { storage_availability_zone: 'az0' } }, backends: [nfs()] } }), 'controlplane.yaml': controlPlane });
  assert.ok(r.diagnostics.some((d) => d.rule === 'RB091' && d.field === 'spec.cinder.sections' && /customServiceConfig/.test(d.message)), JSON.stringify(r.diagnostics));
  assert.not.ok(r.ok);
});

test('a value oslo.config would strip or unquote is written quoted, and reads back as written', () => {
  const r = renderSpec({ cinder: { backends: [nfs({ options: { nfs_mount_options: 'vers=4 ', nfs_shares_config: '"/etc/x"' } })] } });
  assert.equal(errors(r), []);
  const text = String(controlPlaneOf(r).spec.cinder.template.cinderVolumes.nfs.customServiceConfig);
  assert.match(text, /^nfs_mount_options = "vers=4 "$/m);
  assert.match(text, /^nfs_shares_config = ""\/etc\/x""$/m);
});

const cephUsers = (files: Record<string, unknown>) => ({
  secrets: { allowPlaintext: true },
  ceph: [{ ...CEPH, users: { glance: 'glance' }, files: { conf: 'ceph.conf', keyring: 'keyring', ...files } }],
  glance: { stores: [{ name: 'img', type: 'rbd' }] },
});
const CEPH_FILES = { 'ceph.conf': '[global]\n', keyring: '[client.openstack]\n', 'glance.keyring': '[client.glance]\n' };

test('RB057 fires: a per-service user without its keyring file', () => {
  const r = renderSpec(cephUsers({}), CEPH_FILES);
  const hit = r.diagnostics.find((d) => d.rule === 'RB057');
  assert.is(hit?.field, 'spec.ceph[0].users.glance');
  assert.is(hit?.severity, 'error');
  assert.not.ok(r.ok);
});

test('RB057 stays quiet: the keyring file is given; glance mounts the conf and its own keyring only', () => {
  const r = renderSpec(cephUsers({ keyrings: { glance: 'glance.keyring' } }), CEPH_FILES);
  assert.equal(errors(r), []);
  const cp = controlPlaneOf(r);
  assert.match(String(cp.spec.glance.template.glanceAPIs.default.customServiceConfig), /^rbd_store_user = glance$/m);
  const vol = cp.spec.glance.template.extraMounts.find((e: any) => e.name === 'ceph').extraVol[0].volumes[0];
  assert.equal(vol.secret.items.map((i: any) => i.key), ['ceph.conf', 'ceph.client.glance.keyring']);
  const secret = r.docs.find((d) => d.kind === 'Secret' && d.metadata.name === 'ceph-conf-files')!;
  assert.equal(Object.keys(secret.stringData).sort(), ['ceph.client.glance.keyring', 'ceph.client.openstack.keyring', 'ceph.conf']);
});

test.run();
