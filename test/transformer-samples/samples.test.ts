/**
 * Acceptance (issue 12): every full upstream OpenStackControlPlane sample with
 * cinder (openstack-operator config/samples), plus one vendor back end from an
 * inventory naming that control plane, renders in transformer mode (or fails
 * only with the rule ids listed below as that sample's published bugs), and
 * everything the sample says is semantically unchanged: the rendered control
 * plane minus the fields the tool records as its own equals the sample, and
 * every comment survives.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAllDocuments } from 'yaml';
import { YAML_OPTIONS } from '../../functions/lib/io/yaml.js';
import { parsePointer } from '../../functions/lib/pipeline/owned-fields.js';
import { runCli, REFERENCE } from '../support/cli.js';

const SAMPLES = path.join(REFERENCE, 'samples', 'upstream');
const MANAGED_FIELDS = 'backends.rhoso.io/managed-fields';

/** Rule ids a sample may fail with: its published bugs (none so far). */
const PUBLISHED_BUGS: Record<string, string[]> = {};

const samples = fs
  .readdirSync(SAMPLES)
  .filter((f) => f.startsWith('openstack-operator__config__samples__') && f.endsWith('.yaml'))
  .filter((f) => {
    const docs = parseAllDocuments(fs.readFileSync(path.join(SAMPLES, f), 'utf8'), YAML_OPTIONS);
    return (Array.isArray(docs) ? docs : [docs]).some((d) => d.get('kind') === 'OpenStackControlPlane' && d.hasIn(['spec', 'cinder']));
  })
  .sort();

test('there are upstream control-plane samples with cinder to try', () => {
  assert.ok(samples.length >= 10, `found ${samples.length} samples in ${SAMPLES}`);
});

const read = (text: string) => (parseAllDocuments(text, YAML_OPTIONS) as any[]).filter((d) => d.contents !== null);

/** Deletes `path.key` (or the list item named key) from plain data, then containers it left empty that `original` does not have. */
function removeOwned(obj: any, original: any, pointer: string): void {
  const p = parsePointer(pointer);
  assert.ok(p, `owned-field pointer ${pointer} parses`);
  const chain: any[] = [obj];
  for (const seg of p!.path) chain.push(chain[chain.length - 1]?.[seg]);
  const c = chain[chain.length - 1];
  if (p!.byName && Array.isArray(c)) c.splice(c.findIndex((x: any) => x?.name === p!.key), 1);
  else if (c && typeof c === 'object') delete c[p!.key];
  for (let i = p!.path.length; i >= 1; i--) {
    const here = chain[i];
    const inOriginal = p!.path.slice(0, i).reduce((o: any, s) => o?.[s], original);
    if (here && typeof here === 'object' && Object.keys(here).length === 0 && inOriginal === undefined) delete chain[i - 1][p!.path[i - 1]];
  }
}

for (const file of samples) {
  test(`transformer mode keeps ${file}`, () => {
    const text = fs.readFileSync(path.join(SAMPLES, file), 'utf8');
    const sampleDoc = read(text).find((d) => d.get('kind') === 'OpenStackControlPlane');
    const name = sampleDoc.getIn(['metadata', 'name']);
    const namespace = sampleDoc.getIn(['metadata', 'namespace']) ?? 'openstack';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-sample-'));
    try {
      fs.writeFileSync(path.join(dir, 'controlplane.yaml'), text);
      fs.writeFileSync(
        path.join(dir, 'inventory.yaml'),
        [
          'apiVersion: backends.rhoso.io/v1alpha1',
          'kind: BackendInventory',
          'metadata:',
          '  name: backends',
          '  annotations:',
          '    config.kubernetes.io/local-config: "true"',
          'spec:',
          `  controlPlane: {name: ${name}, namespace: ${namespace}}`,
          '  cinder:',
          '    backends:',
          '      - name: ontap-iscsi',
          '        driver: netapp-ontap-iscsi',
          '        credentials: {secretName: cinder-volume-ontap-secrets}',
          '        options:',
          '          netapp_server_hostname: ontap.example.com',
          '',
        ].join('\n'),
      );
      const r = runCli(['render', dir]);
      const errors = [...r.stderr.matchAll(/ error\[(RB\d+)\]/g)].map((m) => m[1]);
      if (r.code !== 0) {
        const allowed = PUBLISHED_BUGS[file] ?? [];
        assert.ok(errors.length > 0 && errors.every((id) => allowed.includes(id)), `${file} fails with errors that are not its published bugs:\n${r.stderr}`);
        return;
      }
      assert.equal(errors, [], r.stderr);
      const out = read(r.stdout).find((d) => d.get('kind') === 'OpenStackControlPlane');
      assert.ok(out, 'the control plane is in the output');
      assert.ok(out.hasIn(['spec', 'cinder', 'template', 'cinderVolumes', 'ontap-iscsi']), 'the vendor back end was added');

      const original = sampleDoc.toJS();
      const rendered = out.toJS();
      const owned: string[] = JSON.parse(rendered.metadata.annotations[MANAGED_FIELDS]);
      for (const p of owned) removeOwned(rendered, original, p);
      delete rendered.metadata.annotations[MANAGED_FIELDS];
      if (Object.keys(rendered.metadata.annotations).length === 0 && original.metadata.annotations === undefined) delete rendered.metadata.annotations;
      assert.equal(rendered, original, 'everything the sample says is unchanged');

      const renderedText = out.toString();
      for (const m of text.matchAll(/#(.*)$/gm)) {
        const comment = m[1].trim();
        if (comment) assert.ok(renderedText.includes(comment), `comment kept: ${comment}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
