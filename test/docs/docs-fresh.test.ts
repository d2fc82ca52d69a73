/** docs/drivers.md and docs/inventory.md are generated from the catalog and the schema; they must be current. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../support/cli.js';

test('generated docs are up to date (run: node scripts/gen-docs.mjs)', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-docs.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
});

test.run();
