/** Every manifest rendered from every example validates against the upstream CRDs (strict). */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from '../support/cli.js';
import { validateManifest } from '../support/crd.js';
import { parseStream } from '../support/yaml.js';

const examplesDir = path.join(ROOT, 'examples');
const examples = fs
  .readdirSync(examplesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(examplesDir, e.name, 'inventory.yaml')))
  .map((e) => e.name);

test('there are examples', () => {
  assert.ok(examples.length > 0);
});

for (const name of examples) {
  test(`example ${name}: renders, and every manifest is CRD-valid`, () => {
    const r = runCli(['render', `examples/${name}`]);
    assert.is(r.code, 0, r.stderr);
    const docs = parseStream(r.stdout);
    assert.ok(docs.length > 0);
    for (const doc of docs) {
      assert.equal(validateManifest(doc), [], `${doc.kind}/${doc.metadata?.name}`);
    }
  });

  test(`example ${name}: rendering twice is byte-identical`, () => {
    const a = runCli(['render', `examples/${name}`]);
    const b = runCli(['render', `examples/${name}`]);
    assert.is(a.stdout, b.stdout);
  });
}

test.run();
