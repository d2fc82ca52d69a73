/**
 * Acceptance: `validate` over every YAML file in test/data/reference/samples
 * reports each published bug (samples/<dir>/PROVENANCE.md, VENDORS.md "Errors
 * found in published hand-written configs") and nothing else: the complete
 * list of findings is pinned in expected-findings.txt
 * (UPDATE_FIXTURES=1 rewrites it; review the diff).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sampleFindings } from './findings.js';

const EXPECTED = path.join(__dirname, 'expected-findings.txt');

/** [file, rule, field]: the published bugs, with where they are documented. */
const PUBLISHED_BUGS: Array<[string, string, string, string]> = [
  // VENDORS.md: architecture dcn, propagation `CinderBackups` (no-op)
  ['architecture__dt_dcn.rendered.yaml', 'RB100', 'spec.extraMounts[0].extraVol[0].propagation[2]', 'CinderBackups'],
  // VENDORS.md: architecture uni02beta, `netapp.c1ommon.NetAppDriver` typo
  ['architecture__dt_uni02beta_control-plane.rendered.yaml', 'RB120', 'spec.cinder.template.cinderVolumes.ontap-nfs.customServiceConfig', 'c1ommon'],
  // VENDORS.md: architecture uni02beta, inline `# CHANGEME` inside an INI value
  ['architecture__dt_uni02beta_control-plane.rendered.yaml', 'RB141', 'spec.cinder.template.cinderVolumes.ontap-nfs.customServiceConfig', 'CHANGEME'],
  // VENDORS.md: architecture uni05epsilon, secret section [nas] vs back end [nfs]
  ['architecture__dt_uni05epsilon.rendered.yaml', 'RB143', 'spec.cinder.template.cinderVolumes.nfs.customServiceConfigSecrets[0]', '[nas]'],
  // VENDORS.md: cinder-operator pure/nvme-roce, OSV points to the 3par image
  ['upstream/cinder-operator__config__samples__backends__pure__nvme-roce__custom-container.yaml', 'RB137', 'spec.customContainerImages.cinderVolumeImages.pure-nvme-roce', 'hpe-3par'],
  // upstream PROVENANCE.md: openstackversion sample uses `cinderApiImage` (the field is `cinderAPIImage`)
  ['upstream/openstack-operator__config__samples__core_v1beta1_openstackversion.yaml', 'RB132', 'spec.customContainerImages.cinderApiImage', 'cinderAPIImage'],
  // peers PROVENANCE.md: uni09iota, Pure FlashArray FC without an OpenStackVersion for the Pure image
  ['architecture__dt_uni09iota_control-plane.rendered.yaml', 'RB136', 'spec.cinder.template.cinderVolumes.pure-fc.customServiceConfig', 'partner image'],
  // Floating partner image tags (VENDORS.md: Pure guide `:latest`, Dell Unity `:latest`; in the samples `:current-podified`)
  ['upstream/cinder-operator__config__samples__backends__pure__fc__custom-container.yaml', 'RB133', 'spec.customContainerImages.cinderVolumeImages.pure-fc', 'floating tag'],
  ['upstream/cinder-operator__config__samples__backends__hpe__3par__fc__custom-container.yaml', 'RB133', 'spec.customContainerImages.cinderVolumeImages.hpe3par-fc', 'floating tag'],
  // ci-framework update_containers: singular cinderVolumeImage / manilaShareImage fields (typos in field names)
  ['ci-framework__update_containers.rendered-openstackversion.yaml', 'RB132', 'spec.customContainerImages.cinderVolumeImage', 'cinderVolumeImages'],
  // DATAPLANE.md §6 row 9 (and §4.1, lvm): capitalised Ignition keys in cinder-operator MachineConfigs
  ['upstream/cinder-operator__config__samples__backends__bases__nvmeof__fix-ocp-nvme.yaml', 'RB210', 'spec.config.Systemd', 'systemd'],
  ['upstream/cinder-operator__config__samples__backends__bases__lvm__lvm.yaml', 'RB210', 'spec.config.Systemd', 'systemd'],
  // DATAPLANE.md §6 row 1: dt/dcn renders dataSources items as {configMapRef: null, name: ...}
  ['architecture__dt_dcn.dataplane.rendered.yaml', 'RB216', 'spec.dataSources[0]', 'ceph-nova'],
  // DATAPLANE.md §6 row 3: spec.label on the architecture nova services
  ['upstream/architecture__va__hci__edpm-post-ceph__nodeset__nova_ceph.yaml', 'RB217', 'spec.label', 'unknown field'],
  ['upstream/architecture__dt__uni05epsilon__edpm-post-ceph__nodeset__resources__nova-custom-service.yaml', 'RB217', 'spec.label', 'unknown field'],
  // DATAPLANE.md §6 row 4: nova_cell_custom patches /spec/configMaps
  ['upstream/openstack-operator__config__samples__dataplane__nova_cell_custom__kustomization.yaml', 'RB217', 'patches[0].patch', '/spec/configMaps'],
];

test('validate over the reference samples reports exactly the pinned findings', async () => {
  const actual = (await sampleFindings()).join('\n') + '\n';
  if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(EXPECTED, actual);
  assert.fixture(actual, fs.readFileSync(EXPECTED, 'utf8'));
});

test('every published bug is among the findings', async () => {
  const lines = await sampleFindings();
  for (const [file, rule, field, text] of PUBLISHED_BUGS) {
    const hit = lines.find((l) => l.startsWith(`${file}:`) && l.includes(`[${rule}]: ${field}:`) && l.includes(text));
    assert.ok(hit, `expected ${rule} at ${file} ${field} mentioning "${text}"`);
  }
});

test('samples without a published bug get no error from the rules of issue 4 (RB100-RB189)', async () => {
  const buggy = new Set(PUBLISHED_BUGS.map(([file]) => file));
  // Findings beyond the published list that are real defects, each checked by hand:
  const alsoBuggy = new Set([
    'upstream/cinder-operator__config__samples__backends__pure__iscsi__custom-container.yaml', // pure-iscsi also points at the 3par image
    'upstream/cinder-operator__config__samples__backends__hpe__3par__iscsi__custom-container.yaml', // :current-podified
    'upstream/cinder-operator__config__samples__backends__pure__nvme-roce__custom-container.yaml', // :current-podified
    'architecture__dt_uni06zeta_control-plane.rendered.yaml', // S3 access and secret keys in cinderBackup customServiceConfig
    'upstream/openstack-operator__config__samples__core_v1beta1_openstackversion.yaml', // "<custom_image_here>" placeholders
    'ci-framework__update_containers.rendered-openstackversion.yaml', // manilaShareImage (singular)
  ]);
  const errors = (await sampleFindings()).filter((l) => /: error\[RB1[0-8]\d\]/.test(l));
  for (const l of errors) {
    const file = l.slice(0, l.indexOf(':'));
    assert.ok(buggy.has(file) || alsoBuggy.has(file), `unexpected error on a correct sample: ${l}`);
  }
});

test.run();
