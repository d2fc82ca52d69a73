/**
 * Property: the render self-check (RB160-RB169) stays quiet on every render
 * of a valid inventory. The generated inventories add to arbitraries.ts's
 * vendor back ends what the self-check reasons about: Ceph clusters (one or
 * several, shared Secrets, other mount paths, per-service users) read by rbd back ends, Ceph
 * backups, CephFS shares and glance rbd stores, driver files, and `sections`
 * at service and pod level. A render refused for another reason is fine; a
 * self-check error (or a RB161 warning outside the cinder-backup limit) is a
 * bug in expand or in the self-check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatText } from '../../functions/lib/diagnostics/format.js';
import { readInputs } from '../../functions/lib/io/package.js';
import { runPipeline } from '../../functions/lib/pipeline/run.js';
import { validInventory, yamlText } from './arbitraries.js';
import { checkProperty, FUZZ_RUNS, Outcomes } from './fuzz.js';

const FSIDS = ['5e6d2a36-8a1f-5d27-9f4c-2a8b6f3c1d90', '0b5d7f0e-3c2a-4a57-9d2e-6c1b9a4f8e01', '1c6e8a1f-4d3b-4b68-8e3f-7d2cab5a9f12'];
const optionKey = fc.constantFrom('debug', 'storage_availability_zone', 'glance_api_servers', 'image_member_quota', 'disk_formats', 'report_interval', 'host', 'some_option');
const sectionName = fc.constantFrom('DEFAULT', 'image_format', 'membernet', 'oslo_messaging_notifications', 'coordination');
const value = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9:/.,-]{0,20}$/), fc.integer({ min: 0, max: 1000 }), fc.boolean());
const sections = fc.dictionary(sectionName, fc.dictionary(optionKey, value, { minKeys: 1, maxKeys: 3 }), { minKeys: 1, maxKeys: 2 });
const maybeSections = fc.option(sections, { nil: undefined, freq: 2 });

/** What the self-check checks, added to a valid vendor inventory. */
const selfCheckInventory = fc
  .record({
    inv: validInventory({ plaintext: false }),
    clusters: fc.integer({ min: 0, max: 3 }),
    sharedSecret: fc.boolean(),
    otherMountPath: fc.boolean(),
    rbd: fc.array(fc.nat(), { maxLength: 3 }),
    backups: fc.array(fc.record({ ceph: fc.boolean(), cluster: fc.nat() }), { maxLength: 3 }),
    cephfs: fc.option(fc.nat(), { nil: undefined }),
    stores: fc.array(fc.nat(), { maxLength: 3 }),
    edgeApis: fc.boolean(),
    file: fc.option(fc.constantFrom('/etc/cinder/ca.pem', '/etc/pki/vendor/ca.pem'), { nil: undefined }),
    cinderSections: maybeSections,
    podSections: maybeSections,
    manilaSections: maybeSections,
    glanceSections: maybeSections,
    apiSections: maybeSections,
    users: fc.option(fc.record({ cinder: fc.constantFrom('cinder', 'openstack'), cinderBackup: fc.constant('cinder-backup'), glance: fc.constant('glance'), manila: fc.constant('manila') }, { requiredKeys: [] }), { nil: undefined }),
  })
  .map((r) => {
    const inv = structuredClone(r.inv);
    const spec = inv.spec;
    const clusters = Array.from({ length: r.clusters }, (_, i) => ({
      name: i === 0 ? 'ceph' : `site${i}`,
      fsid: FSIDS[i],
      ...(r.users && (i === 0 || !r.sharedSecret) ? { users: r.users } : {}),
      ...(r.sharedSecret && i > 0 ? { secretName: 'ceph-conf-files' } : {}),
      ...(r.otherMountPath && i === 2 ? { mountPath: '/etc/ceph-site2' } : {}),
    }));
    const clusterOf = (n: number) => clusters[n % clusters.length].name;
    spec.cinder ??= { backends: [] };
    spec.cinder.backends ??= [];
    if (clusters.length) {
      spec.ceph = clusters;
      r.rbd.forEach((n, i) => spec.cinder.backends.push({ name: `rbd-${i}`, driver: 'ceph-rbd', cluster: clusterOf(n) }));
      const backups = r.backups.map((b, i) => (b.ceph ? { name: `bk-${i}`, driver: 'ceph', cluster: clusterOf(b.cluster) } : { name: `bk-${i}`, driver: 'swift' }));
      if (backups.length) spec.cinder.backups = backups;
      if (r.cephfs !== undefined) {
        spec.manila ??= { backends: [] };
        spec.manila.backends = [...(spec.manila.backends ?? []), { name: 'cephfs', driver: 'cephfs', cluster: clusterOf(r.cephfs), section: 'cephfs' }];
      }
      const stores = [...new Set(r.stores.map(clusterOf))].map((c, i) => ({ name: `img_${c}`, type: 'rbd', cluster: c, ...(i === 0 ? { default: true } : {}) }));
      if (stores.length) {
        spec.glance = { stores };
        if (r.edgeApis && stores.length > 1) {
          spec.glance.apis = [{ name: 'central' }, ...stores.slice(1).map((s, i) => ({ name: `edge${i + 1}`, type: 'edge', stores: [s.name, stores[0].name], defaultStore: s.name }))];
        }
      }
    }
    const first = spec.cinder.backends.find((b: any) => b.driver !== 'ceph-rbd');
    if (r.file && first) first.files = [{ name: 'ca.pem', mountPath: r.file, secretName: 'vendor-ca' }];
    const cinderAny = spec.cinder.backends.length + (spec.cinder.backups?.length ?? 0) > 0;
    if (r.cinderSections && cinderAny) spec.cinder.sections = r.cinderSections;
    if (r.podSections && spec.cinder.backends[0]) spec.cinder.backends[0].sections = r.podSections;
    if (r.manilaSections && spec.manila?.backends?.length) spec.manila.sections = r.manilaSections;
    if (spec.glance && r.glanceSections) spec.glance.sections = r.glanceSections;
    if (spec.glance?.apis && r.apiSections) spec.glance.apis[0].sections = r.apiSections;
    if (!cinderAny) delete spec.cinder;
    return yamlText(inv, false);
  });

test('render self-check: quiet on every valid render', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-prop-selfcheck-'));
  const outcomes = new Outcomes();
  try {
    await checkProperty(
      'self-check(valid inventory)',
      selfCheckInventory,
      async (text) => {
        fs.writeFileSync(path.join(dir, 'inventory.yaml'), text);
        const read = readInputs([dir]);
        const r = runPipeline(read.items, { packageRoot: read.root });
        const own = r.diagnostics.filter((d) => /^RB16\d$/.test(d.rule) && (d.severity === 'error' || !/cinder-backup pods cannot be targeted/.test(d.message)));
        assert.equal(own.map(formatText), [], `self-check fired on a valid render:\n${text}`);
        outcomes.add(r.ok ? 'rendered' : 'refused');
        if (r.diagnostics.some((d) => d.rule === 'RB161')) outcomes.add('backup-limit-warning');
      },
      Math.max(1, Math.ceil(FUZZ_RUNS / 4)),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`  self-check outcomes: ${outcomes}\n`);
  // Quiet on refused renders proves nothing: most cases must render.
  assert.ok(outcomes.get('rendered') >= outcomes.total() * 0.6, `too few renders: ${outcomes}`);
});

test.run();
