/**
 * DATAPLANE.md §6 row 8 is in a Jinja template (ci-framework devscripts
 * multipath.j2): rendered here with the role's variables, the result goes
 * through `validate` like a hand-written file. iscsi.j2, rendered the same
 * way, is correct and gets no finding.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, REFERENCE } from '../support/cli.js';

const UPSTREAM = path.join(REFERENCE, 'samples', 'upstream');
const multipathConf = fs.readFileSync(path.join(UPSTREAM, 'ci-framework__roles__devscripts__files__multipath.conf'));

/** The devscripts role's values: ocp_role from the cluster layout, _mpath_conf = base64 of files/multipath.conf. */
const VARS: Record<string, string> = { ocp_role: 'worker', _mpath_conf: multipathConf.toString('base64') };

function renderTemplate(file: string): string {
  return fs.readFileSync(path.join(UPSTREAM, file), 'utf8').replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    assert.ok(name in VARS, `template variable ${name}`);
    return VARS[name];
  });
}

function validate(text: string): { code: number; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-j2-'));
  try {
    fs.writeFileSync(path.join(dir, 'machineconfig.yaml'), text);
    return runCli(['validate', dir]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('multipath.j2 rendered: mode 344 on /etc/multipath.conf is reported (RB211, row 8)', () => {
  const r = validate(renderTemplate('ci-framework__roles__devscripts__templates__multipath.j2'));
  assert.is(r.code, 1);
  assert.match(r.stderr, /machineconfig\.yaml:17:17: error\[RB211\]: spec\.config\.storage\.files\[0\]\.mode: \/etc\/multipath\.conf gets mode 344 \(octal 0530\)/);
  assert.is(r.stderr.match(/error\[/g)?.length, 1, r.stderr);
});

test('iscsi.j2 rendered: a correct MachineConfig, no finding', () => {
  const r = validate(renderTemplate('ci-framework__roles__devscripts__templates__iscsi.j2'));
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stderr, /(error|warning)\[/);
  assert.match(r.stderr, /0 error\(s\), 0 warning\(s\)/);
});

test.run();
