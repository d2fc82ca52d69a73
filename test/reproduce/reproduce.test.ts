/**
 * For each manila/glance sample in test/data/reference/samples/upstream and
 * each architecture render in samples/peers (hci, dcn, uni04delta,
 * uni05epsilon), an inventory in cases/<name>/ reproduces its storage
 * sections: same pods, same drivers and stores, same extraMounts reach per
 * pod (simulated with the operators' matching algorithm), same
 * OpenStackVersion image keys. Instance and Secret names are the samples'
 * own, so no renaming is needed; where our render differs on purpose it is
 * listed per case below, with the reason.
 *
 * The reach on both sides comes from the production simulator, so a bug in it
 * would cancel out; cases/<name>/sample-reach.txt, written by hand from the
 * sample, checks the simulator independently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAllDocuments } from 'yaml';
import { ROOT, runCli, REFERENCE } from '../support/cli.js';
import { validateManifest } from '../support/crd.js';
import { parseStream } from '../support/yaml.js';
import { driversByPod, imageKeys, reachByPod } from './compare.js';

type Obj = Record<string, any>;

interface Case {
  name: string;
  sample: string;
  /** How the sample becomes a complete control plane (it may be a patch or a service CR). */
  adapt?: (doc: Obj) => Obj;
  /**
   * Pods the sample hands the Ceph Secret although they read no Ceph cluster:
   * the samples propagate by service type (Manila, CinderVolume, GlanceAPI),
   * we propagate by instance (least privilege). The listed pods lose exactly
   * the Ceph Secret and nothing else.
   */
  overPropagated?: string[];
  cephSecret?: string;
}

const upstream = (f: string) => path.join(REFERENCE, 'samples', 'upstream', f);
const peers = (f: string) => path.join(REFERENCE, 'samples', 'peers', f);

/** glance backend samples patch openstack-operator's base sample, whose glanceAPIs has `default: {replicas: 1}`. */
const withBaseGlanceApi = (doc: Obj): Obj => {
  const t = doc.spec.glance.template;
  t.glanceAPIs ??= { default: { replicas: 1 } };
  return doc;
};
/** manila layout samples are Manila CRs: their spec is what spec.manila.template holds, their extraMounts the template's list. */
const manilaCr = (doc: Obj): Obj => ({ kind: 'OpenStackControlPlane', spec: { manila: { enabled: true, template: doc.spec } } });

const CASES: Case[] = [
  { name: 'peers-hci', sample: peers('architecture__va_hci.rendered.yaml') },
  { name: 'peers-dcn', sample: peers('architecture__dt_dcn.rendered.yaml') },
  // uni04delta's glance stores images in S3 but still receives the Ceph Secret (propagation GlanceAPI).
  { name: 'peers-uni04delta', sample: peers('architecture__dt_uni04delta.rendered.yaml'), overPropagated: ['glance-api/default'] },
  // uni05epsilon propagates Ceph to CinderVolume: the NFS and ONTAP back ends get a keyring they never use.
  { name: 'peers-uni05epsilon', sample: peers('architecture__dt_uni05epsilon.rendered.yaml'), overPropagated: ['cinder-volume/nfs', 'cinder-volume/ontap-iscsi'] },
  // The manila backend samples propagate Ceph to `Manila`: api and scheduler get it too.
  { name: 'manila-cephfs', sample: upstream('manila-operator__config__samples__backends__cephfs__backend.yaml'), overPropagated: ['manila-api', 'manila-scheduler'] },
  { name: 'manila-ceph-nfs', sample: upstream('manila-operator__config__samples__backends__ceph-nfs__backend.yaml'), overPropagated: ['manila-api', 'manila-scheduler'] },
  { name: 'manila-netapp', sample: upstream('manila-operator__config__samples__backends__netapp__backend.yaml') },
  { name: 'manila-dhss-netapp', sample: upstream('manila-operator__config__samples__backends__dhss-netapp__dhss.yaml') },
  {
    name: 'manila-multibackend',
    sample: upstream('manila-operator__config__samples__backends__multibackend__backend.yaml'),
    overPropagated: ['manila-api', 'manila-scheduler', 'manila-share/share3'],
  },
  { name: 'manila-layout-cephfs', sample: upstream('manila-operator__config__samples__layout__cephfs__cephfs.yaml'), adapt: manilaCr },
  { name: 'manila-layout-multibackend', sample: upstream('manila-operator__config__samples__layout__multibackend__multibackend.yaml'), adapt: manilaCr },
  { name: 'glance-ceph', sample: upstream('glance-operator__config__samples__backends__ceph__ceph.yaml'), adapt: withBaseGlanceApi },
  { name: 'glance-cinder', sample: upstream('glance-operator__config__samples__backends__cinder__glance-common__glance.yaml') },
  { name: 'glance-edge', sample: upstream('glance-operator__config__samples__backends__edge__edge.yaml') },
  { name: 'glance-multistore-cinder', sample: upstream('glance-operator__config__samples__backends__multistore__cinder__glance-cinder-multistore.yaml') },
  { name: 'glance-multistore-rbd-swift', sample: upstream('glance-operator__config__samples__backends__multistore__rbd_swift__multistore.yaml') },
  { name: 'glance-nfs', sample: upstream('glance-operator__config__samples__backends__nfs__nfs.yaml') },
  { name: 'glance-s3', sample: upstream('glance-operator__config__samples__backends__s3__s3.yaml') },
  { name: 'glance-swift', sample: upstream('glance-operator__config__samples__backends__swift__glance.yaml'), adapt: withBaseGlanceApi },
];

function load(file: string): Obj[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8'), { version: '1.1' })
    .map((d) => d.toJS({ maxAliasCount: -1 }))
    .filter((d) => d && typeof d === 'object');
}

function render(name: string): Obj[] {
  const r = runCli(['render', path.join('test', 'reproduce', 'cases', name)], { cwd: ROOT });
  assert.is(r.code, 0, `render ${name} failed:\n${r.stderr}`);
  return parseStream(r.stdout);
}

/** The sample's reach with the documented over-propagation taken out. */
function expectedReach(sample: Obj, c: Case): Record<string, string[]> {
  const reach = reachByPod(sample);
  const ceph = `secret:${c.cephSecret ?? 'ceph-conf-files'} -> /etc/ceph`;
  for (const pod of c.overPropagated ?? []) {
    assert.ok(reach[pod]?.includes(ceph), `${c.name}: the sample was expected to give ${pod} the Ceph Secret`);
    reach[pod] = reach[pod].filter((l) => l !== ceph);
  }
  return reach;
}

for (const c of CASES) {
  test(`${c.name}: same pods, drivers, stores, mount reach and image keys as the sample`, () => {
    const docs = load(c.sample);
    const rawCp = docs.find((d) => d.kind === 'OpenStackControlPlane' || d.kind === 'Manila');
    assert.ok(rawCp, `${c.sample} has no control plane`);
    const sampleCp = c.adapt ? c.adapt(structuredClone(rawCp)) : rawCp;
    const sampleOsv = docs.find((d) => d.kind === 'OpenStackVersion');

    const out = render(c.name);
    const cp = out.find((d) => d.kind === 'OpenStackControlPlane');
    assert.ok(cp, 'render produced no OpenStackControlPlane');

    assert.equal(Object.keys(driversByPod(cp)).sort(), Object.keys(driversByPod(sampleCp)).sort(), 'pods');
    assert.equal(driversByPod(cp), driversByPod(sampleCp), 'drivers and stores per pod');
    assert.equal(reachByPod(cp), expectedReach(sampleCp, c), 'extraMounts reach per pod');
    assert.equal(imageKeys(out.find((d) => d.kind === 'OpenStackVersion')), imageKeys(sampleOsv), 'OpenStackVersion image keys');
    for (const doc of out) assert.equal(validateManifest(doc), [], `${doc.kind}/${doc.metadata?.name} against the CRD`);
  });
}

/** cases/<name>/sample-reach.txt: `pod: source -> mountPath` lines, written by a person from the sample. */
function handListedReach(name: string): Record<string, string[]> | undefined {
  const file = path.join(ROOT, 'test', 'reproduce', 'cases', name, 'sample-reach.txt');
  if (!fs.existsSync(file)) return undefined;
  const reach: Record<string, string[]> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const i = line.indexOf(': ');
    (reach[line.slice(0, i)] ??= []).push(line.slice(i + 2));
  }
  for (const pod of Object.keys(reach)) reach[pod].sort();
  return reach;
}

const handListed = CASES.filter((c) => handListedReach(c.name));

test('hand-listed reach: at least the manila and glance samples of each propagation kind have one', () => {
  assert.ok(handListed.length >= 6, handListed.map((c) => c.name).join(', '));
});

for (const c of handListed) {
  test(`${c.name}: the simulator gives the sample the reach a person reads from it, and our render that reach minus the documented over-propagation`, () => {
    const docs = load(c.sample);
    const rawCp = docs.find((d) => d.kind === 'OpenStackControlPlane' || d.kind === 'Manila')!;
    const sampleCp = c.adapt ? c.adapt(structuredClone(rawCp)) : rawCp;
    const byHand = handListedReach(c.name)!;
    const simulated = Object.fromEntries(Object.entries(reachByPod(sampleCp)).filter(([, lines]) => lines.length > 0));
    assert.equal(simulated, byHand, 'simulated reach of the sample');
    const ceph = `secret:${c.cephSecret ?? 'ceph-conf-files'} -> /etc/ceph`;
    const want = Object.fromEntries(
      Object.entries(byHand)
        .map(([pod, lines]) => [pod, (c.overPropagated ?? []).includes(pod) ? lines.filter((l) => l !== ceph) : lines] as const)
        .filter(([, lines]) => lines.length > 0),
    );
    const cp = render(c.name).find((d) => d.kind === 'OpenStackControlPlane')!;
    const ours = Object.fromEntries(Object.entries(reachByPod(cp)).filter(([, lines]) => lines.length > 0));
    assert.equal(ours, want, 'reach of our render');
  });
}

test('ci-framework update_containers OSV: the same cinderVolumeImages / manilaShareImages keys', () => {
  const sample = load(peers('ci-framework__update_containers.rendered-openstackversion.yaml')).find((d) => d.kind === 'OpenStackVersion');
  const out = render('ci-framework-osv');
  const osv = out.find((d) => d.kind === 'OpenStackVersion');
  assert.equal(imageKeys(osv), imageKeys(sample));
  assert.equal(imageKeys(osv), { cinderVolumeImages: ['volume1', 'volume2'], manilaShareImages: ['share1', 'share2', 'share3'] });
  assert.equal(validateManifest(osv), []);
});

test('the over-propagation list is exact: without it the reach differs only on those pods', () => {
  const c = CASES.find((x) => x.name === 'peers-uni05epsilon')!;
  const sample = load(c.sample).find((d) => d.kind === 'OpenStackControlPlane')!;
  const cp = render(c.name).find((d) => d.kind === 'OpenStackControlPlane')!;
  const ours = reachByPod(cp);
  const theirs = reachByPod(sample);
  const differing = Object.keys(theirs).filter((pod) => JSON.stringify(theirs[pod]) !== JSON.stringify(ours[pod]));
  assert.equal(differing.sort(), [...c.overPropagated!].sort());
});

test.run();
