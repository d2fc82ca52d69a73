/**
 * The rule fixtures are a gate: a rule that stops firing, or loses a fixture,
 * fails the suite. Shown on a copy of the sources where RB007 is disabled or
 * RB009 has lost its quiet case.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyRepo, type RepoCopy } from '../support/repo-copy.js';

const PARTS = ['functions', 'test/rules', 'test/support', 'build/generated', 'schemas', 'package.json', 'tsconfig.json'];
const runRuleFixtures = (copy: RepoCopy, rule: string) =>
  copy.node(['--import', 'tsx', 'node_modules/uvu/bin.js', 'test/rules', 'rules\\.test\\.ts$'], { RULE_FIXTURES: rule });

test('the untouched copy passes (the gate itself works in a copy)', () => {
  const copy = copyRepo(PARTS);
  try {
    const r = runRuleFixtures(copy, 'RB007');
    assert.is(r.code, 0, r.output);
  } finally {
    copy.remove();
  }
});

test('a disabled rule fails the suite: its fires case no longer fires', () => {
  const copy = copyRepo(PARTS);
  try {
    copy.edit('functions/lib/rules/inventory/RB007-custom-driver-class.ts', (t) => t.replace(/check\(\{ inventory, item \}, report\) \{/, '$&\n    return;'));
    const r = runRuleFixtures(copy, 'RB007');
    assert.is.not(r.code, 0, r.output);
    assert.match(r.output, 'RB007 must fire in fires-custom-without-class');
  } finally {
    copy.remove();
  }
});

test('a rule without a quiet case fails the suite', () => {
  const copy = copyRepo(PARTS);
  try {
    fs.rmSync(path.join(copy.dir, 'test/rules/RB009-unknown-option/quiet-known-option'), { recursive: true });
    const r = runRuleFixtures(copy, 'RB009');
    assert.is.not(r.code, 0, r.output);
    assert.match(r.output, 'RB009: no quiet case in RB009-unknown-option');
  } finally {
    copy.remove();
  }
});

test.run();
