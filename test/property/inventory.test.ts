/**
 * Property: for any inventory (valid, or a mutation of a valid one), render
 * exits 0 with CRD-valid output, or exits 1 with located diagnostics and
 * nothing on stdout. Runs in-process through the CLI's own entry point.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runInProcess } from '../../functions/cli.js';
import { inventoryCase } from './arbitraries.js';
import { checkProperty, Outcomes } from './fuzz.js';
import { assertLocatedFailure, assertNoCrash, assertValidStream, jsonDiagnostics } from './outcome.js';

test('render: any inventory gives CRD-valid output or located errors, never a crash', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-prop-inv-'));
  const outcomes = new Outcomes();
  try {
    await checkProperty('render(inventory)', inventoryCase, async (c) => {
      fs.writeFileSync(path.join(dir, 'inventory.yaml'), c.text);
      const r = await runInProcess(['render', dir, '--format', 'json']);
      assertNoCrash(r);
      const diagnostics = jsonDiagnostics(r);
      if (r.code === 0) {
        assertValidStream(r, c.operatorLine);
        outcomes.add(c.mutated ? 'ok-mutated' : 'ok');
      } else {
        assertLocatedFailure(r, diagnostics);
        outcomes.add(c.mutated ? 'refused-mutated' : 'refused-valid');
      }
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`  render(inventory) outcomes: ${outcomes}\n`);
  // A property that only ever sees failures proves nothing about the output.
  assert.ok(outcomes.get('ok') + outcomes.get('ok-mutated') >= outcomes.total() * 0.15, `too few successful renders: ${outcomes}`);
  assert.ok(outcomes.get('refused-mutated') >= outcomes.total() * 0.15, `too few refused inputs: ${outcomes}`);
});

test.run();
