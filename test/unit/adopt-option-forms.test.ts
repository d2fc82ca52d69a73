/**
 * Adoption compares customServiceConfig as the service reads it
 * (functions/lib/schema/equivalent-forms.yaml `options`): each form makes
 * exactly the listed option equal, and a real difference is still found.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { OwnedEntry } from '../../functions/lib/expand/plan.js';
import { entryDifferences } from '../../functions/lib/pipeline/adopt.js';

const backup = (customServiceConfig: string): OwnedEntry => ({ kind: 'key', path: ['spec', 'cinder', 'template'], key: 'cinderBackup', value: { customServiceConfig }, origin: [] });
const api = (customServiceConfig: string): OwnedEntry => ({ kind: 'key', path: ['spec', 'manila', 'template', 'manilaAPI'], key: 'customServiceConfig', value: customServiceConfig, origin: [] });
const share = (customServiceConfig: string): OwnedEntry => ({ kind: 'key', path: ['spec', 'manila', 'template', 'manilaShares'], key: 'share1', value: { customServiceConfig }, origin: [] });

const CEPH_BACKUP = '[DEFAULT]\nbackup_driver = cinder.backup.drivers.ceph.CephBackupDriver\nbackup_ceph_conf = /etc/ceph/ceph.conf\nbackup_ceph_pool = backups\n';

test("backup_ceph_conf set to cinder's default reads as left out", () => {
  assert.equal(entryDifferences(backup(CEPH_BACKUP), { customServiceConfig: CEPH_BACKUP.replace('backup_ceph_conf = /etc/ceph/ceph.conf\n', '') }), []);
});

test('backup_ceph_conf naming another file is a difference', () => {
  const written = { customServiceConfig: CEPH_BACKUP.replace('/etc/ceph/ceph.conf', '/etc/ceph/other.conf') };
  assert.equal(entryDifferences(backup(CEPH_BACKUP), written), ['customServiceConfig: [DEFAULT] backup_ceph_conf is /etc/ceph/ceph.conf, not /etc/ceph/other.conf']);
  // Left out reads as the default, so the message shows the default.
  const generated = backup(CEPH_BACKUP.replace('/etc/ceph/ceph.conf', '/etc/ceph/other.conf'));
  assert.equal(entryDifferences(generated, { customServiceConfig: CEPH_BACKUP.replace('backup_ceph_conf = /etc/ceph/ceph.conf\n', '') }), ['customServiceConfig: [DEFAULT] backup_ceph_conf is /etc/ceph/other.conf, not /etc/ceph/ceph.conf']);
});

test('the default applies to cinderBackup only, not to another option or entry', () => {
  const volume: OwnedEntry = { kind: 'key', path: ['spec', 'cinder', 'template', 'cinderVolumes'], key: 'ceph', value: { customServiceConfig: CEPH_BACKUP }, origin: [] };
  assert.equal(entryDifferences(volume, { customServiceConfig: CEPH_BACKUP.replace('backup_ceph_conf = /etc/ceph/ceph.conf\n', '') }), ['customServiceConfig: [DEFAULT] backup_ceph_conf = /etc/ceph/ceph.conf is missing']);
  assert.equal(entryDifferences(backup(CEPH_BACKUP), { customServiceConfig: CEPH_BACKUP.replace('backup_ceph_pool = backups\n', '') }), ['customServiceConfig: [DEFAULT] backup_ceph_pool = backups is missing']);
});

test("manila-api's enabled_share_protocols is compared in upper case, as a list", () => {
  assert.equal(entryDifferences(api('[DEFAULT]\nenabled_share_protocols = NFS,CIFS\n'), '[DEFAULT]\nenabled_share_protocols = nfs, cifs\n'), []);
  assert.equal(entryDifferences(api('[DEFAULT]\nenabled_share_protocols = NFS,CIFS\n'), '[DEFAULT]\nenabled_share_protocols = nfs\n'), ['[DEFAULT] enabled_share_protocols is NFS,CIFS, not NFS']);
  assert.equal(entryDifferences(api('[DEFAULT]\nenabled_share_protocols = NFS\n'), '[DEFAULT]\n'), ['[DEFAULT] enabled_share_protocols = NFS is missing']);
});

test('a share pod does not read enabled_share_protocols: there or not, it is the same share', () => {
  const generated = share('[DEFAULT]\nenabled_share_backends = netapp\nenabled_share_protocols = NFS\n[netapp]\nshare_driver = manila.share.drivers.netapp.common.NetAppDriver\n');
  assert.equal(entryDifferences(generated, { customServiceConfig: '[DEFAULT]\nenabled_share_backends = netapp\n[netapp]\nshare_driver = manila.share.drivers.netapp.common.NetAppDriver\n' }), []);
  assert.equal(entryDifferences(generated, { customServiceConfig: '[DEFAULT]\nenabled_share_backends = netapp\nenabled_share_protocols = cifs\n[netapp]\nshare_driver = manila.share.drivers.netapp.common.NetAppDriver\n' }), []);
  assert.equal(entryDifferences(generated, { customServiceConfig: '[DEFAULT]\nenabled_share_backends = other\n[netapp]\nshare_driver = manila.share.drivers.netapp.common.NetAppDriver\n' }), ['customServiceConfig: [DEFAULT] enabled_share_backends is netapp, not other']);
});

const volume = (customServiceConfig: string): OwnedEntry => ({ kind: 'key', path: ['spec', 'cinder', 'template', 'cinderVolumes'], key: 'ceph', value: { customServiceConfig }, origin: [] });
const RBD = '[ceph]\nvolume_backend_name = ceph\nvolume_driver = cinder.volume.drivers.rbd.RBDDriver\n';

test("a cinder-volume's enabled_backends reads as the operator completes it: the sections setting volume_backend_name", () => {
  assert.equal(entryDifferences(volume(RBD), { customServiceConfig: `[DEFAULT]\nenabled_backends = ceph\n${RBD}` }), []);
  const two = `${RBD}[ceph2]\nvolume_backend_name = ceph2\nvolume_driver = cinder.volume.drivers.rbd.RBDDriver\n`;
  assert.equal(entryDifferences(volume(two), { customServiceConfig: `[DEFAULT]\nenabled_backends = ceph2, ceph\n${two}` }), []);
  // Naming only one of two back ends is a real difference: the other one would not start.
  assert.equal(entryDifferences(volume(two), { customServiceConfig: `[DEFAULT]\nenabled_backends = ceph\n${two}` }), ['customServiceConfig: [DEFAULT] enabled_backends is ceph,ceph2, not ceph']);
});

test("volume_group left out reads as cinder's default in the back end's own section, whatever its name", () => {
  const lvm = '[lvm-a]\nvolume_backend_name = lvm-a\nvolume_driver = cinder.volume.drivers.lvm.LVMVolumeDriver\nvolume_group = cinder-volumes\n';
  assert.equal(entryDifferences(volume(lvm), { customServiceConfig: lvm.replace('volume_group = cinder-volumes\n', '') }), []);
  assert.equal(entryDifferences(volume(lvm), { customServiceConfig: lvm.replace('cinder-volumes', 'other-vg') }), ['customServiceConfig: [lvm-a] volume_group is cinder-volumes, not other-vg']);
});

test("cephfs_conf_path left out reads as librados' default for the cluster name ceph; another path is a difference", () => {
  const cephfs = '[cephfs]\nshare_driver = manila.share.drivers.cephfs.driver.CephFSDriver\ncephfs_conf_path = /etc/ceph/ceph.conf\ncephfs_cluster_name = ceph\n';
  assert.equal(entryDifferences(share(cephfs), { customServiceConfig: cephfs.replace('cephfs_conf_path = /etc/ceph/ceph.conf\n', '') }), []);
  const other = share(cephfs.replace('/etc/ceph/ceph.conf', '/etc/ceph/az1.conf'));
  assert.equal(entryDifferences(other, { customServiceConfig: cephfs.replace('cephfs_conf_path = /etc/ceph/ceph.conf\n', '') }), ['customServiceConfig: [cephfs] cephfs_conf_path is /etc/ceph/az1.conf, not /etc/ceph/ceph.conf']);
});

test.run();
