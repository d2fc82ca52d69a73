/**
 * Rule fixtures: test/rules/<RB###-name>/<case>/ holds the input files (a
 * hand-written package, or one with a BackendInventory for render mode), an
 * optional `args` file with validate flags, and expected.txt: every
 * diagnostic the case produces, one formatted line each, nothing else.
 * Cases named quiet* must not report their rule; the others must (the case
 * name is the expected outcome, written by a person; expected.txt is the
 * regenerated detail). Every rule in the registries has a folder here with
 * both kinds of case, or the suite fails.
 * UPDATE_FIXTURES=1 rewrites expected.txt (review the diff).
 * RULE_FIXTURES=RB007 narrows the run to one rule's folder (coverage-gate.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { check, validateFlags } from '../../functions/commands/validate.js';
import { parseArgs } from '../../functions/commands/args.js';
import type { Diagnostic } from '../../functions/lib/diagnostics/diagnostic.js';
import { formatText } from '../../functions/lib/diagnostics/format.js';
import { readInputs } from '../../functions/lib/io/package.js';
import type { OperatorLine } from '../../functions/lib/inventory/model.js';
import { inventoryRules } from '../../functions/lib/rules/inventory/index.js';
import { manifestRules } from '../../functions/lib/rules/manifest/index.js';
import { mergeRules } from '../../functions/lib/rules/merge/index.js';

const DIR = __dirname;
const ruleDirs = fs
  .readdirSync(DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && /^RB\d{3}-/.test(e.name) && (!process.env.RULE_FIXTURES || e.name.startsWith(`${process.env.RULE_FIXTURES}-`)))
  .map((e) => e.name)
  .sort();

async function runCase(caseDir: string): Promise<Diagnostic[]> {
  const argsFile = path.join(caseDir, 'args');
  const argv = fs.existsSync(argsFile) ? fs.readFileSync(argsFile, 'utf8').trim().split(/\s+/).filter(Boolean) : [];
  const flags = parseArgs(argv, validateFlags).flags;
  const cwd = process.cwd();
  process.chdir(caseDir);
  try {
    const read = readInputs(['.']);
    assert.equal(read.diagnostics, [], `${caseDir}: inputs must parse`);
    return check(
      read.items,
      {
        operatorLine: flags['operator-line'] as OperatorLine | undefined,
        strict: Boolean(flags.strict),
        release: flags.release as string | undefined,
        allowedRegistries: flags['allowed-registry'] as string[] | undefined,
        requireDigest: flags['require-digest'] ? true : undefined,
        external: flags.external as string[] | undefined,
      },
      read.root,
    );
  } finally {
    process.chdir(cwd);
  }
}

for (const ruleDir of ruleDirs) {
  const id = ruleDir.slice(0, 5);
  const cases = fs
    .readdirSync(path.join(DIR, ruleDir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const name of cases) {
    test(`${ruleDir}/${name}`, async () => {
      const caseDir = path.join(DIR, ruleDir, name);
      const diagnostics = await runCase(caseDir);
      const actual = diagnostics.map(formatText).join('\n');
      const expectedFile = path.join(caseDir, 'expected.txt');
      if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(expectedFile, actual ? `${actual}\n` : '');
      const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8').trim() : '';
      // The outcome a person wrote (the case name) first, then the regenerated detail.
      const own = diagnostics.filter((d) => d.rule === id);
      if (name.startsWith('quiet')) assert.equal(own.length, 0, `${id} must stay quiet in ${name}`);
      else assert.ok(own.length > 0, `${id} must fire in ${name}`);
      assert.fixture(actual, expected);
      for (const d of diagnostics.filter((d) => /^RB\d+$/.test(d.rule))) {
        assert.ok(d.file && d.line && d.column && d.field, `every finding has file, line, column and field: ${formatText(d)}`);
      }
    });
  }
}

const allRules = [...inventoryRules, ...mergeRules, ...manifestRules].filter((r) => !process.env.RULE_FIXTURES || r.id === process.env.RULE_FIXTURES);

test('every rule (inventory, merge, manifest) has a case that fires and one that stays quiet', () => {
  assert.ok(allRules.length > 0, 'no rules found');
  const gaps: string[] = [];
  for (const rule of allRules) {
    const dir = ruleDirs.find((d) => d.startsWith(`${rule.id}-`));
    if (!dir) {
      gaps.push(`${rule.id}: no folder test/rules/${rule.id}-${rule.name}/`);
      continue;
    }
    const cases = fs.readdirSync(path.join(DIR, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    if (!cases.some((c) => c.startsWith('quiet'))) gaps.push(`${rule.id}: no quiet case in ${dir}`);
    if (!cases.some((c) => !c.startsWith('quiet'))) gaps.push(`${rule.id}: no case that fires in ${dir}`);
  }
  assert.equal(gaps, [], `rules without fixtures:\n${gaps.join('\n')}`);
});

test('every rule folder belongs to a registered rule', () => {
  const ids = new Set(allRules.map((r) => r.id));
  assert.equal(ruleDirs.filter((d) => !ids.has(d.slice(0, 5))), []);
});

test.run();
