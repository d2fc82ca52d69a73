/**
 * plan-update and render golden cases: test/update/cases/<case>/ holds
 * `package/` (copied to a temporary folder, so --write never touches the
 * tree), `case.json` ({"args": [...], "exit": N}; the package path is
 * "package"), `expected.out` (exact stdout) and, when anything is printed
 * there, `expected.err` (exact stderr without the info summary). With
 * `expected-package/`, each file there must equal the package after the run,
 * byte for byte; without it, the run must leave the package unchanged.
 * `"focus": {"rule": "RB300", "kind": "OpenStackVersion"}` narrows a render
 * case to that rule's diagnostics and those documents, so other rules'
 * changes do not touch it. UPDATE_FIXTURES=1 rewrites the expected files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from '../support/cli.js';

const base = path.join(ROOT, 'test', 'update', 'cases');
const update = process.env.UPDATE_FIXTURES === '1';

function files(dir: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]))
    .sort();
}

for (const name of fs.readdirSync(base).sort()) {
  const dir = path.join(base, name);
  if (!fs.existsSync(path.join(dir, 'case.json'))) continue;
  test(`case ${name}`, () => {
    const spec = JSON.parse(fs.readFileSync(path.join(dir, 'case.json'), 'utf8')) as { args: string[]; exit: number; focus?: { rule: string; kind: string } };
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `rb-update-${name}-`));
    try {
      fs.cpSync(path.join(dir, 'package'), path.join(tmp, 'package'), { recursive: true });
      const r = runCli(spec.args, { cwd: tmp, env: { HOME: tmp } });
      const focus = spec.focus;
      const stderr = r.stderr
        .split('\n')
        .filter((l) => !/ info\[summary\]/.test(l) && (!focus || l === '' || l.includes(`[${focus.rule}]`)))
        .join('\n');
      const stdout = focus
        ? r.stdout
            .split(/^---\n/m)
            .filter((d) => new RegExp(`^kind: ${focus.kind}$`, 'm').test(d))
            .join('---\n')
        : r.stdout;
      const out = path.join(dir, 'expected.out');
      const err = path.join(dir, 'expected.err');
      if (update) {
        fs.writeFileSync(out, stdout);
        if (stderr.trim()) fs.writeFileSync(err, stderr);
        else fs.rmSync(err, { force: true });
      }
      assert.is(r.code, spec.exit, `exit code; stderr:\n${r.stderr}`);
      assert.fixture(stdout, fs.readFileSync(out, 'utf8'), 'stdout');
      assert.fixture(stderr, fs.existsSync(err) ? fs.readFileSync(err, 'utf8') : '', 'stderr');
      assert.not.match(r.stderr, /\n\s+at /, 'no stack trace');
      if (spec.args[0] === 'render' && r.code !== 0) assert.is(r.stdout, '', 'no partial output on error');

      const expectedPackage = path.join(dir, 'expected-package');
      const want = fs.existsSync(expectedPackage) ? expectedPackage : path.join(dir, 'package');
      assert.equal(files(path.join(tmp, 'package')), files(want), 'files in the package');
      for (const f of files(want)) {
        assert.fixture(fs.readFileSync(path.join(tmp, 'package', f), 'utf8'), fs.readFileSync(path.join(want, f), 'utf8'), `package/${f}`);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
}

test.run();
