/**
 * Adoption, end to end with the real CLI.
 *
 * `adopt` cases: test/adopt/cases/<case>/package is a package; outcome.txt,
 * written by a person, says whether `adopt` succeeds (`ok`) or refuses
 * (`error RB091`). Beside it, regenerated with UPDATE_FIXTURES=1:
 * stdout.txt (what adopt reports, the case folder as `package`) and, for ok
 * cases, expected/ (the package files after adopt). An ok case must also
 * render afterwards with nothing left to adopt; `--dry-run` must write
 * nothing and print the same change as a diff; a refusal writes nothing.
 *
 * Render fixtures test/fixtures/render/adopt-* that succeed: rendering the
 * rendered output again (with the inventory) is byte-identical and reports
 * no adoption a second time (the output recorded it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from '../support/cli.js';
import { assertOutcome, readOutcome, UPDATE_FIXTURES } from '../support/outcome.js';

const CASES = path.join(__dirname, 'cases');

function files(dir: string, base = dir): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) for (const [k, v] of files(p, base)) out.set(k, v);
    else out.set(path.relative(base, p), fs.readFileSync(p, 'utf8'));
  }
  return out;
}

function copyPackage(from: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-adopt-'));
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

const diagnosticLines = (stderr: string) => stderr.split('\n').filter((l) => / (error|warning)\[/.test(l));

for (const name of fs.readdirSync(CASES).sort()) {
  const caseDir = path.join(CASES, name);
  test(`adopt ${name}`, () => {
    const outcome = readOutcome(caseDir);
    const input = path.join(caseDir, 'package');
    const before = files(input);
    const dir = copyPackage(input);
    try {
      const dry = runCli(['adopt', dir, '--dry-run']);
      assertOutcome(outcome, dry.code, diagnosticLines(dry.stderr));
      assert.equal(files(dir), before, '--dry-run writes nothing');

      const r = runCli(['adopt', dir]);
      assertOutcome(outcome, r.code, diagnosticLines(r.stderr));
      assert.not.match(r.stderr, /\n\s+at /, 'no stack trace');
      const stdout = r.stdout.split(dir).join('package');
      const stdoutFile = path.join(caseDir, 'stdout.txt');
      const expectedDir = path.join(caseDir, 'expected');
      if (UPDATE_FIXTURES) {
        fs.writeFileSync(stdoutFile, stdout);
        fs.rmSync(expectedDir, { recursive: true, force: true });
        if (outcome.ok) fs.cpSync(dir, expectedDir, { recursive: true });
      }
      assert.fixture(stdout, fs.readFileSync(stdoutFile, 'utf8'), 'what adopt reports');
      if (!outcome.ok) {
        assert.is(r.stdout, '', 'a refusal prints no result');
        assert.equal(files(dir), before, 'a refusal writes nothing');
        return;
      }
      const after = files(dir);
      assert.equal([...after.keys()].sort(), [...files(expectedDir).keys()].sort(), 'the same files');
      for (const [file, text] of files(expectedDir)) assert.fixture(after.get(file)!, text, file);
      assert.not.equal(after, before, 'something was deleted');
      // The dry run showed exactly this change.
      for (const [file, text] of after) {
        if (before.get(file) === text) continue;
        assert.ok(dry.stdout.includes(`--- ${path.join(dir, file)}`), `--dry-run shows ${file}`);
      }

      // The inventory now writes what was deleted: the package renders, nothing is left to adopt.
      const rendered = runCli(['render', dir]);
      assert.is(rendered.code, 0, rendered.stderr);
      assert.not.match(rendered.stderr, /info\[adopted\]/, 'nothing left to adopt');
      const again = runCli(['adopt', dir]);
      assert.is(again.code, 0, again.stderr);
      assert.match(again.stderr, /nothing to adopt/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

const RENDER_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'render');
const adoptFixtures = fs
  .readdirSync(RENDER_FIXTURES)
  .filter((n) => n.startsWith('adopt-') && readOutcome(path.join(RENDER_FIXTURES, n)).ok)
  .sort();

test('there are render fixtures that adopt', () => {
  assert.ok(adoptFixtures.length >= 3, adoptFixtures.join(', '));
});

for (const name of adoptFixtures) {
  test(`render ${name} twice: byte-identical, adoption reported once`, () => {
    const pkg = path.join(RENDER_FIXTURES, name, 'package');
    const first = runCli(['render', pkg]);
    assert.is(first.code, 0, first.stderr);
    assert.match(first.stderr, /info\[adopted\]/, 'the first render reports the adoption');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-adopt-twice-'));
    try {
      fs.copyFileSync(path.join(pkg, 'inventory.yaml'), path.join(dir, 'inventory.yaml'));
      fs.writeFileSync(path.join(dir, 'rendered.yaml'), first.stdout);
      const second = runCli(['render', dir]);
      assert.is(second.code, 0, second.stderr);
      assert.fixture(second.stdout, first.stdout, 'the second render');
      assert.not.match(second.stderr, /info\[adopted\]/, 'recorded in the output: not reported again');
      // The user's text is what the output keeps.
      const handWritten = fs.readFileSync(path.join(pkg, 'controlplane.yaml'), 'utf8');
      for (const line of handWritten.split('\n').filter((l) => /^\s+\S+ ?= ?\S/.test(l))) assert.ok(first.stdout.includes(`${line}\n`), `kept as written: ${line.trim()}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
