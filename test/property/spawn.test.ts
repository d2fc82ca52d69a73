/**
 * The property tests run in-process; this proves the bin behaves the same:
 * a sample of generated cases through the real bundle (dist/rhoso-backends.cjs
 * and its program file) gives byte-identical stdout/stderr and the same exit
 * code, 0 or 1, with no stack trace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runInProcess } from '../../functions/cli.js';
import { runCli } from '../support/cli.js';
import { inventoryCase, resourceListCase, upstreamSamples } from './arbitraries.js';
import { RANDOM_SEED } from './fuzz.js';
import { assertNoCrash } from './outcome.js';

const SPAWNED = 30;

test(`bin and in-process agree on ${SPAWNED} generated cases (exit codes, output, no stack traces)`, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-prop-spawn-'));
  try {
    const inventories = fc.sample(inventoryCase, { numRuns: 20, seed: RANDOM_SEED });
    const lists = fc.sample(resourceListCase(upstreamSamples(/core_v1beta1_openstackcontrolplane_galera\.yaml$/)), { numRuns: SPAWNED - 20, seed: RANDOM_SEED });
    const codes = new Set<number>();
    for (const c of inventories) {
      fs.writeFileSync(path.join(dir, 'inventory.yaml'), c.text);
      const spawned = runCli(['render', dir]);
      assertNoCrash(spawned);
      const inProcess = await runInProcess(['render', dir]);
      assert.equal(inProcess, spawned, 'render: in-process and bin differ');
      codes.add(spawned.code);
    }
    for (const c of lists) {
      const spawned = runCli(['fn'], { input: c.text });
      assertNoCrash(spawned);
      assert.equal(await runInProcess(['fn'], { stdin: c.text }), spawned, 'fn: in-process and bin differ');
      codes.add(spawned.code);
    }
    assert.ok(codes.has(0) && codes.has(1), `the sample should hold both outcomes, got ${[...codes]}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
