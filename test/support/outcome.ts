/**
 * The expected outcome of a golden case, written by a person in
 * <case>/outcome.txt: `ok`, or `error` and the rule ids that must report an
 * error (`error RB003`, `error schema`). UPDATE_FIXTURES=1 rewrites the
 * regenerated detail beside it (expected.txt, expected.yaml, ...) but never
 * this file, so an ok -> error flip cannot pass by rewriting the goldens.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as assert from 'uvu/assert';

export interface Outcome {
  ok: boolean;
  /** Rule ids that must report at least one error. */
  errors: string[];
}

/** Set to 1 to rewrite every suite's regenerated expected files (review the diff). */
export const UPDATE_FIXTURES = process.env.UPDATE_FIXTURES === '1';

export function readOutcome(caseDir: string): Outcome {
  const file = path.join(caseDir, 'outcome.txt');
  assert.ok(fs.existsSync(file), `${caseDir} has no outcome.txt (write "ok" or "error <rule id>...")`);
  const [word, ...rules] = fs.readFileSync(file, 'utf8').trim().split(/\s+/);
  assert.ok(word === 'ok' || (word === 'error' && rules.length > 0), `${file}: write "ok" or "error <rule id>..."`);
  return { ok: word === 'ok', errors: rules };
}

/** Checks a run against the outcome: exit code, and which rules reported errors (from `... error[RBxxx]: ...` lines). */
export function assertOutcome(outcome: Outcome, code: number, diagnosticLines: string[]): void {
  const errorRules = new Set(diagnosticLines.map((l) => / error\[([^\]]+)\]/.exec(l)?.[1]).filter((r): r is string => r !== undefined));
  if (outcome.ok) {
    assert.equal([...errorRules], [], 'outcome.txt says ok: no error');
    assert.is(code, 0, 'outcome.txt says ok: exit 0');
  } else {
    assert.is(code, 1, 'outcome.txt says error: exit 1');
    for (const rule of outcome.errors) assert.ok(errorRules.has(rule), `outcome.txt says ${rule} reports an error; errors came from: ${[...errorRules].join(', ') || 'nothing'}`);
  }
}
