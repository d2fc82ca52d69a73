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
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatText } from '../../functions/lib/diagnostics/format.js';
import { readInputs } from '../../functions/lib/io/package.js';
import { runPipeline } from '../../functions/lib/pipeline/run.js';
import { storageInventory, yamlText } from './arbitraries.js';
import { checkProperty, FUZZ_RUNS, Outcomes } from './fuzz.js';

/** What the self-check checks, added to a valid vendor inventory. */
const selfCheckInventory = storageInventory.map((inv) => yamlText(inv, false));

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
