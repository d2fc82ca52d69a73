/**
 * Property (issue 18): for a generated inventory I, import(render(I)) renders
 * to the same output as I. The render of I is stripped of the tool's own
 * labels and annotations first, so import reads it as a hand-written package
 * (and takes the path users' control planes take); the second render runs
 * over that package with what the imported inventory owns deleted from it.
 * "The same output": the same storage as the operators see it (control plane
 * and version through the storage comparison) and the same other documents.
 *
 * The inventories (arbitraries.ts storageInventory: vendor back ends, Ceph
 * clusters, backups, CephFS, glance stores, driver files from Secrets,
 * sections, EDPM node sets with their NodeSets in the package) never use credentials `values` with allowPlaintext nor files
 * from package `files:` paths: those become Secrets whose content import
 * must not copy, so they cannot round-trip.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatText } from '../../functions/lib/diagnostics/format.js';
import { importPackage } from '../../functions/lib/import/index.js';
import { readInputs } from '../../functions/lib/io/package.js';
import { kindOf, nameOf, toObject, type Item } from '../../functions/lib/io/resources.js';
import { applyableDocuments, stringifyStream } from '../../functions/lib/io/stream.js';
import { isInventory } from '../../functions/lib/inventory/load.js';
import { DEFAULT_SERVICES } from '../../functions/lib/dataplane/computes.js';
import { diffValues, renderTakingOver } from '../roundtrip/import/roundtrip.js';
import { parseDocument } from 'yaml';
import { compareStorage, storageSideOf } from '../support/storage-compare.js';
import { stripToolMetadata } from '../support/strip-tool-metadata.js';
import { storageInventory, yamlText } from './arbitraries.js';
import { checkProperty, FUZZ_RUNS, Outcomes } from './fuzz.js';

/**
 * Two renders as the operators see them: the control plane and version
 * through the storage comparison (test/support/storage-compare.ts: back ends,
 * every pod's INI as oslo.config reads it, what reaches each pod, images),
 * every other document as data, tool metadata stripped. Entry names and
 * list order inside extraMounts are not output a pod sees.
 */
function differences(a: readonly Item[], b: readonly Item[]): string[] {
  const out: string[] = [];
  const storage = compareStorage(storageSideOf(a), storageSideOf(b));
  out.push(...storage.differences, ...storage.overShared.map((l) => `narrowed: ${l}`));
  const others = (items: readonly Item[]) =>
    Object.fromEntries(
      stripToolMetadata(items)
        .filter((it) => !['OpenStackControlPlane', 'OpenStackVersion'].includes(kindOf(it) ?? ''))
        .map((it) => [`${kindOf(it)}/${nameOf(it)}`, toObject(it)]),
    );
  out.push(...diffValues(others(a), others(b)));
  return out;
}

/** A hand-written NodeSet with the CRD's default services and no Ceph mount. */
function nodeSetText(name: string, namespace = 'openstack'): string {
  const services = DEFAULT_SERVICES.map((s) => `    - ${s}\n`).join('');
  return `apiVersion: dataplane.openstack.org/v1beta1\nkind: OpenStackDataPlaneNodeSet\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  preProvisioned: true\n  nodeTemplate:\n    ansibleSSHPrivateKeySecret: dataplane-ansible-ssh-private-key-secret\n  nodes:\n    ${name}-0:\n      hostName: ${name}-0\n  services:\n${services}`;
}

/** An fsid for a placeholder import leaves where the render shows no fsid it can tie to the cluster: the output must not depend on it. */
const PLACEHOLDER_VALUE = '0f0f0f0f-0000-4000-8000-000000000000';

function applyable(items: Item[]): Item[] {
  return items.filter((it) => applyableDocuments([it]).length > 0);
}

test('import(render(I)) renders to what I renders to', async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-prop-import-'));
  const outcomes = new Outcomes();
  /** Round trips whose inventory has EDPM node sets (NodeSets in the package). */
  let withNodeSets = 0;
  try {
    await checkProperty(
      'render(import(render(I))) = render(I)',
      storageInventory,
      async (inv) => {
        const first = path.join(base, 'first');
        const second = path.join(base, 'second');
        for (const d of [first, second]) {
          fs.rmSync(d, { recursive: true, force: true });
          fs.mkdirSync(d);
        }
        const text = yamlText(inv, false);
        fs.writeFileSync(path.join(first, 'inventory.yaml'), text);
        // The computes' NodeSets, as the user has them (render edits them: case a of docs/dataplane.md).
        for (const n of inv.spec.dataPlane?.nodeSets ?? []) fs.writeFileSync(path.join(first, `${n.name}.yaml`), nodeSetText(n.name, inv.spec.controlPlane?.namespace));
        const r1 = renderTakingOver(first);
        if (!r1.ok) {
          outcomes.add('refused');
          return;
        }
        const out1 = applyable(r1.items);
        // The render, as if written by hand.
        fs.writeFileSync(path.join(second, 'rendered.yaml'), stringifyStream(stripToolMetadata(out1).map((it) => it.doc)));
        const imported = importPackage(readInputs([second]).items, { sourceLabel: 'rendered.yaml' });
        const errors = imported.diagnostics.filter((d) => d.severity === 'error' && d.rule === 'import').map(formatText);
        assert.equal(errors, [], `import refused the render of:\n${text}`);
        // A Ceph fsid render(I) writes only where import cannot tie it to its cluster (nova's rbd_secret_uuid with local
        // ephemeral disks) comes back as a placeholder; the test fills in one and the comparison below decides.
        const doc = parseDocument(imported.inventoryText);
        const others = imported.placeholders.filter((p) => p.field[p.field.length - 1] !== 'fsid');
        assert.equal(others, [], `import left placeholders other than a Ceph fsid for the render of:\n${text}`);
        for (const p of imported.placeholders) doc.setIn(p.field, PLACEHOLDER_VALUE);
        if (imported.placeholders.length) outcomes.add('placeholder-filled');
        fs.writeFileSync(path.join(second, 'inventory.yaml'), doc.toString());
        const r2 = renderTakingOver(second);
        assert.ok(r2.ok, `the imported inventory does not render:\n${r2.diagnostics.map(formatText).join('\n')}\n--- I:\n${text}\n--- import(render(I)):\n${imported.inventoryText}`);
        const diff = differences(out1, applyable(r2.items).filter((it) => !isInventory(it)));
        assert.equal(diff, [], `render(import(render(I))) differs from render(I):\n${diff.join('\n')}\n--- I:\n${text}\n--- import(render(I)):\n${doc.toString()}`);
        outcomes.add('round-tripped');
        if (inv.spec.dataPlane) withNodeSets++;
      },
      // About 0.15 s a case (two renders, an import): a tenth of the runs (`npm run fuzz` still runs 2,000 per seed).
      Math.max(1, Math.ceil(FUZZ_RUNS / 10)),
    );
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
  process.stdout.write(`  import outcomes: ${outcomes} (${withNodeSets} round trips with node sets)\n`);
  assert.ok(outcomes.get('round-tripped') >= outcomes.total() * 0.6, `too few inventories rendered: ${outcomes}`);
});

test.run();
