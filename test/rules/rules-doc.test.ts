/** docs/rules.md is generated from the rule metadata; it must list every rule, current. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../support/cli.js';

test('docs/rules.md is up to date and documents every rule id (run: node scripts/gen-rules-doc.mjs)', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-rules-doc.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
});

test.run();
