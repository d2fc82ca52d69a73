/** `explain` shows the host side: per NodeSet the Ceph files and nova config, and the MachineConfigs per protocol. */
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, REFERENCE } from '../support/cli.js';

test('ceph-hci: the NodeSet gets the Ceph Secret, ceph-client before libvirt, and the nova RBD config', () => {
  const r = runCli(['explain', 'examples/ceph-hci']);
  assert.is(r.code, 0, r.stderr);
  assert.ok(r.stdout.includes('### Computes (OpenStackDataPlaneNodeSet)'));
  assert.ok(
    r.stdout.includes(
      '| openstack-edpm (nodeset.yaml) | secret:ceph-conf-files → /etc/ceph | ceph-client → libvirt → nova-custom-ceph | nova-custom-ceph<br>ceph-nova/03-ceph-nova.conf: pool vms, /etc/ceph/ceph.conf, glance store default_backend, user openstack, secret 5e6d2a36-8a1f-5d27-9f4c-2a8b6f3c1d90 |',
    ),
    r.stdout,
  );
});

test('host-prerequisites: one MachineConfig per prerequisite, with the protocols that need it', () => {
  const r = runCli(['explain', 'examples/host-prerequisites']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /\| 99-worker-cinder-enable-iscsid \([^)]*\) \| worker \| iscsid for iSCSI[^|]*\| iscsi \|/);
  assert.match(r.stdout, /\| 99-worker-cinder-enable-multipathd \([^)]*\) \| worker \| [^|]*\| iscsi, fc, nvme-tcp, nvme-roce \|/);
  assert.match(r.stdout, /\| 99-worker-cinder-fix-nvme-ids \([^)]*\) \| worker \| [^|]*\| nvme-tcp, nvme-roce \|/);
});

test('a hand-written data plane without a control plane: the computes are explained, not refused', () => {
  const r = runCli(['explain', path.join(REFERENCE, 'samples', 'peers', 'architecture__va_hci.dataplane.rendered.yaml')]);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /\| openstack-edpm \([^)]*\) \| secret:ceph-conf-files → \/etc\/ceph \| ceph-client → libvirt → nova-custom-ceph \| nova-custom-ceph<br>ceph-nova\/03-ceph-nova.conf: /);
});

test.run();
