/** Issue 17's rules (inventory RB030-RB039, manifest RB210-RB239) each have a case that fires and a quiet one in test/rules. */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { inventoryRules } from '../../functions/lib/rules/inventory/index.js';
import { manifestRules } from '../../functions/lib/rules/manifest/index.js';

const inRange = (id: string) => (id >= 'RB030' && id <= 'RB039') || (id >= 'RB210' && id <= 'RB239');

test('every host and data-plane rule has a firing and a quiet fixture, and documents itself', () => {
  const rules = [...inventoryRules, ...manifestRules].filter((r) => inRange(r.id));
  assert.ok(rules.length >= 10);
  const dirs = fs.readdirSync(__dirname);
  for (const rule of rules) {
    assert.ok(rule.summary && rule.why && rule.fix && /^[a-z0-9-]+$/.test(rule.name), `${rule.id} documents itself`);
    const dir = dirs.find((d) => d.startsWith(`${rule.id}-`));
    assert.ok(dir, `test/rules has no folder for ${rule.id}`);
    const cases = fs.readdirSync(path.join(__dirname, dir!));
    assert.ok(cases.some((c) => c.startsWith('quiet')), `${rule.id} has no quiet case`);
    assert.ok(cases.some((c) => !c.startsWith('quiet')), `${rule.id} has no case that fires`);
  }
});

test.run();
