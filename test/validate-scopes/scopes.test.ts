/**
 * validate on several packages, broken neighbours and empty inputs (issue 13,
 * docs/validate.md "Scope"): each case is a folder with `input/` (the user's
 * tree), `args` (the paths given, relative to input/), `expect` (written by a
 * person: `exit N`, `+ text` that stderr must contain, `- text` it must not)
 * and expected.txt, the whole stderr, regenerated with UPDATE_EXPECTED=1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../support/cli.js';

for (const name of fs.readdirSync(__dirname).filter((d) => fs.existsSync(path.join(__dirname, d, 'args'))).sort()) {
  test(name, () => {
    const dir = path.join(__dirname, name);
    const args = fs.readFileSync(path.join(dir, 'args'), 'utf8').trim().split(/\s+/);
    const r = runCli(['validate', ...args], { cwd: path.join(dir, 'input') });
    const expectedFile = path.join(dir, 'expected.txt');
    if (process.env.UPDATE_EXPECTED === '1') fs.writeFileSync(expectedFile, r.stderr);
    for (const line of fs.readFileSync(path.join(dir, 'expect'), 'utf8').split('\n').filter(Boolean)) {
      if (line.startsWith('exit ')) assert.is(r.code, Number(line.slice(5)), r.stderr);
      else if (line.startsWith('+ ')) assert.ok(r.stderr.includes(line.slice(2)), `stderr lacks "${line.slice(2)}":\n${r.stderr}`);
      else if (line.startsWith('- ')) assert.not.ok(r.stderr.includes(line.slice(2)), `stderr has "${line.slice(2)}":\n${r.stderr}`);
    }
    assert.fixture(r.stderr, fs.readFileSync(expectedFile, 'utf8'));
    assert.not.match(r.stderr, /\n\s+at /, 'no stack trace');
  });
}

test.run();
