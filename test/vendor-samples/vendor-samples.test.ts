/**
 * Issue 2 acceptance: for each upstream cinder-operator backend sample, an
 * inventory (test/vendor-samples/<case>/inventory.yaml) renders an
 * equivalent back end: same driver class, same option keys, credentials
 * through customServiceConfigSecrets, same partner-image key in the OSV.
 * The catalog's secret keys are checked against what the sample's Secret holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { getDriver } from '../../functions/lib/catalog/index.js';
import { ROOT, REFERENCE, runCli } from '../support/cli.js';
import { validateManifest } from '../support/crd.js';
import { iniPairs } from '../support/ini.js';
import { parseStream } from '../support/yaml.js';

const dir = path.join(ROOT, 'test', 'vendor-samples');
const samples = path.join(REFERENCE, 'samples', 'upstream');
const cases = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'case.yaml')));
const IDENTITY = ['volume_backend_name', 'volume_driver'];

test('covers pure, netapp, dell, hpe, nfs and ceph samples', () => {
  for (const prefix of ['pure', 'netapp', 'dell', 'hpe', 'nfs', 'ceph']) assert.ok(cases.some((c) => c.startsWith(prefix)), prefix);
});

for (const name of cases) {
  test(`vendor sample ${name}`, () => {
    const meta = parse(fs.readFileSync(path.join(dir, name, 'case.yaml'), 'utf8'));
    const sampleOscp = parse(fs.readFileSync(path.join(samples, meta.sample), 'utf8'));
    const sampleVolume = sampleOscp.spec.cinder.template.cinderVolumes[meta.backend];
    assert.ok(sampleVolume, `sample has cinderVolumes.${meta.backend}`);

    const r = runCli(['render', `test/vendor-samples/${name}`]);
    assert.is(r.code, 0, r.stderr);
    const docs = parseStream(r.stdout);
    for (const d of docs) assert.equal(validateManifest(d), [], `${d.kind}/${d.metadata?.name}`);
    const oscp = docs.find((d) => d.kind === 'OpenStackControlPlane');
    const ours = oscp.spec.cinder.template.cinderVolumes[meta.backend];
    assert.ok(ours, `rendered cinderVolumes.${meta.backend}`);

    const theirs = iniPairs(sampleVolume.customServiceConfig);
    const mine = iniPairs(ours.customServiceConfig);
    assert.is(mine.get('volume_driver'), theirs.get('volume_driver'), 'driver class');
    assert.is(mine.get('volume_backend_name'), theirs.get('volume_backend_name'), 'volume_backend_name');
    const extra: string[] = meta.extraKeys ?? [];
    const keys = (m: Map<string, string>) => [...m.keys()].filter((k) => !IDENTITY.includes(k) && !extra.includes(k)).sort();
    assert.equal(keys(mine), keys(theirs), 'option keys');
    for (const [k, v] of theirs) {
      if (IDENTITY.includes(k)) continue;
      assert.is(String(mine.get(k)).toLowerCase(), String(v).toLowerCase(), `value of ${k}`);
    }

    assert.is(Boolean(ours.customServiceConfigSecrets), Boolean(sampleVolume.customServiceConfigSecrets), 'credentials via customServiceConfigSecrets');
    assert.ok(!/password|token|login/.test(ours.customServiceConfig), 'no credentials in customServiceConfig');

    if (meta.secretSample) {
      // The catalog must demand exactly what the vendor puts in the Secret.
      const file = fs.readdirSync(samples).find((f) => f.startsWith(meta.sample.replace('backend.yaml', '')) && /secrets\.yaml$/.test(f))!;
      const secret = parse(fs.readFileSync(path.join(samples, file), 'utf8'));
      const secretKeys = new Set(Object.values(secret.stringData as Record<string, string>).flatMap((t) => [...iniPairs(t).keys()]));
      const driverId = parse(fs.readFileSync(path.join(dir, name, 'inventory.yaml'), 'utf8')).spec.cinder.backends[0].driver;
      const profile = getDriver(driverId, 'cinder')!;
      for (const k of profile.secretKeys.required ?? []) assert.ok(secretKeys.has(k) || theirs.has(k), `sample provides required secret key ${k}`);
      const known = new Set([...(profile.secretKeys.required ?? []), ...(profile.secretKeys.optional ?? []), ...(profile.secretKeys.alsoInOptions ?? [])]);
      for (const k of secretKeys) assert.ok(known.has(k), `catalog knows secret key ${k} of the sample`);
    }

    const osv = docs.find((d) => d.kind === 'OpenStackVersion');
    if (meta.versionSample) {
      const sampleOsv = parse(fs.readFileSync(path.join(samples, meta.versionSample), 'utf8'));
      assert.equal(Object.keys(osv.spec.customContainerImages.cinderVolumeImages), Object.keys(sampleOsv.spec.customContainerImages.cinderVolumeImages), 'OSV image keys');
    } else {
      assert.ok(!osv?.spec?.customContainerImages?.cinderVolumeImages, 'no partner image for a stock driver');
    }
  });
}

test.run();
