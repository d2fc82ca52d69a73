/**
 * On a terminal, text diagnostics show the offending line with a caret under
 * the column, in colour unless NO_COLOR is set; through a pipe, and with
 * --format json, the output is unchanged. The terminal is a real
 * pseudo-terminal: util-linux `script` runs the CLI in one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CLI, ROOT, runCli } from '../support/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-tty-'));
fs.mkdirSync(path.join(tmp, 'x'));
const inventory = fs
  .readFileSync(path.join(ROOT, 'examples', 'multi-vendor', 'inventory.yaml'), 'utf8')
  .replace('driver: pure-iscsi', 'driver: pure-iscs')
  .replace(/^spec:\n/m, 'spec:\n  secrets: {allowPlaintext: false}\n');
fs.writeFileSync(path.join(tmp, 'x', 'inventory.yaml'), inventory);
const line = inventory.split('\n').findIndex((l) => l.endsWith('driver: pure-iscs')) + 1;
const ESC = '\x1b[';

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI with stdout and stderr on a pseudo-terminal; returns what the terminal showed (CRLF -> LF). */
function onTerminal(args: string[], env: Record<string, string> = {}): { code: number; shown: string } {
  const command = [process.execPath, CLI, ...args].map(shellQuote).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: tmp,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm', ...env },
  });
  return { code: r.status ?? -1, shown: r.stdout.replace(/\r\n/g, '\n') };
}

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

test('on a terminal: a code frame with a caret under the column, in colour', () => {
  if (!hasScript) throw new Error('util-linux script is needed (apt-get install bsdutils)');
  const r = onTerminal(['render', 'x']);
  assert.is(r.code, 1);
  const plain = r.shown.replace(/\x1b\[[0-9;]*m/g, '');
  assert.ok(plain.includes(`x/inventory.yaml:${line}:17: error[RB001]: spec.cinder.backends[0].driver: unknown cinder driver "pure-iscs"`), plain);
  assert.ok(plain.includes(` ${line} |         driver: pure-iscs\n    |                 ^\n`), plain);
  assert.ok(r.shown.includes(`${ESC}1;31merror[RB001]:${ESC}0m`), 'severity in red');
  assert.ok(r.shown.includes(`${ESC}1;31m^${ESC}0m`), 'caret in red');
});

test('NO_COLOR: the code frame stays, the colour goes', () => {
  if (!hasScript) throw new Error('util-linux script is needed (apt-get install bsdutils)');
  const r = onTerminal(['render', 'x'], { NO_COLOR: '1' });
  assert.is(r.code, 1);
  assert.not.ok(r.shown.includes(ESC), JSON.stringify(r.shown));
  assert.ok(r.shown.includes(` ${line} |         driver: pure-iscs\n    |                 ^\n`), r.shown);
});

test('--format json on a terminal is plain JSON', () => {
  if (!hasScript) throw new Error('util-linux script is needed (apt-get install bsdutils)');
  const r = onTerminal(['validate', '--format', 'json', 'x']);
  assert.is(r.code, 1);
  assert.not.ok(r.shown.includes(ESC));
  assert.is(JSON.parse(r.shown)[0].rule, 'RB001');
});

test('not a terminal: one line per diagnostic, no colour; FORCE_COLOR adds colour only', () => {
  const piped = runCli(['render', 'x'], { cwd: tmp });
  assert.is(piped.stderr, `x/inventory.yaml:${line}:17: error[RB001]: spec.cinder.backends[0].driver: unknown cinder driver "pure-iscs" (did you mean "pure-iscsi"?)\n`);
  const forced = runCli(['render', 'x'], { cwd: tmp, env: { FORCE_COLOR: '1' } });
  assert.is(forced.stderr.replace(/\x1b\[[0-9;]*m/g, ''), piped.stderr);
  assert.ok(forced.stderr.includes(ESC));
  assert.is(runCli(['render', 'x'], { cwd: tmp, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stderr, piped.stderr);
});

test('a code frame never shows a credential value', () => {
  if (!hasScript) throw new Error('util-linux script is needed (apt-get install bsdutils)');
  const secret = 'Sup3r-S3cret-V4lue';
  fs.mkdirSync(path.join(tmp, 'lab'), { recursive: true });
  fs.writeFileSync(
    path.join(tmp, 'lab', 'inventory.yaml'),
    `apiVersion: backends.rhoso.io/v1alpha1
kind: BackendInventory
metadata: {name: backends}
spec:
  controlPlane: {name: openstack, namespace: openstack}
  cinder:
    backends:
      - name: lab
        driver: dell-powermax-iscsi
        credentials:
          values:
            san_password: ${secret}
`,
  );
  const r = onTerminal(['render', 'lab']);
  assert.is(r.code, 1);
  assert.match(r.shown.replace(/\x1b\[[0-9;]*m/g, ''), / 12 \| {13}san_password: \*\*\*\n/, 'a code frame, masked');
  assert.not.ok(r.shown.includes(secret), r.shown);
});

test.run();
