/**
 * `completion bash` is sourced by a real bash: `complete -p` names the
 * function, and calling it the way bash does (COMP_WORDS/COMP_CWORD) gives
 * commands, the options of the command from the option table, fixed values
 * and files. `completion zsh` wraps the same function (bashcompinit).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { COMMANDS } from '../../functions/commands/options.js';
import { runCli } from '../support/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-completion-'));
const script = path.join(tmp, 'rhoso-backends.bash');
fs.writeFileSync(script, runCli(['completion', 'bash']).stdout);
fs.mkdirSync(path.join(tmp, 'pkg'));
fs.writeFileSync(path.join(tmp, 'pkg', 'inventory.yaml'), '');
fs.writeFileSync(path.join(tmp, 'plan.txt'), '');

/** What bash would offer for the command line `words` (the last word is being completed). */
function complete(words: string[]): string[] {
  const array = words.map((w) => `'${w}'`).join(' ');
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `source "$1"; COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _rhoso_backends; printf '%s\\n' "\${COMPREPLY[@]}"`, 'bash', script], {
    cwd: tmp,
    encoding: 'utf8',
  });
  assert.is(r.status, 0, r.stderr);
  assert.is(r.stderr, '');
  return r.stdout.split('\n').filter(Boolean).sort();
}

test('bash sources it and complete -p names the function', () => {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', 'source "$1" && complete -p rhoso-backends', 'bash', script], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.is(r.stdout.trim(), 'complete -F _rhoso_backends rhoso-backends');
  assert.is(spawnSync('bash', ['-n', script]).status, 0);
});

test('commands', () => {
  assert.equal(complete(['rhoso-backends', '']), [...Object.keys(COMMANDS), 'help', '--help', '--version'].sort());
  assert.equal(complete(['rhoso-backends', 'pl']), ['plan-update']);
  assert.equal(complete(['rhoso-backends', 'help', 're']), ['render']);
});

test('options of each command, from the option table', () => {
  for (const [name, spec] of Object.entries(COMMANDS)) {
    if (name === 'completion') continue;
    assert.equal(complete(['rhoso-backends', name, '--']), [...Object.keys(spec.options).map((o) => `--${o}`), '--help'].sort(), name);
  }
  assert.equal(complete(['rhoso-backends', 'render', '--o']), ['--operator-line', '--output-dir']);
  assert.equal(complete(['rhoso-backends', 'plan-update', 'pkg', '--check']), ['--check-registry']);
  assert.equal(complete(['rhoso-backends', 'validate', '--re']), ['--release', '--require-digest']);
});

test('values: fixed choices, directories, files; nothing to guess for free values', () => {
  assert.equal(complete(['rhoso-backends', 'render', '--format', '']), ['json', 'text']);
  assert.equal(complete(['rhoso-backends', 'plan-update', '--format', 'm']), ['markdown']);
  assert.equal(complete(['rhoso-backends', 'validate', '--operator-line', '=', '18']), ['18-stable']);
  assert.equal(complete(['rhoso-backends', 'render', '--output-dir', 'p']), ['pkg']);
  assert.equal(complete(['rhoso-backends', 'plan-update', '--authfile', 'p']), ['pkg', 'plan.txt']);
  assert.equal(complete(['rhoso-backends', 'plan-update', '--to', '']), []);
  assert.equal(complete(['rhoso-backends', 'completion', '']), ['--help', 'bash', 'zsh']);
});

test('paths complete as files', () => {
  assert.equal(complete(['rhoso-backends', 'render', 'p']), ['pkg', 'plan.txt']);
  assert.equal(complete(['rhoso-backends', 'validate', 'pkg/']), ['pkg/inventory.yaml']);
  assert.equal(complete(['rhoso-backends', 'fn', 'p']), [], 'fn takes no paths');
});

test('zsh: sourcing registers the function through bashcompinit, which offers the same words', () => {
  const zsh = runCli(['completion', 'zsh']);
  assert.is(zsh.code, 0);
  assert.ok(zsh.stdout.startsWith('#compdef rhoso-backends\n'));
  const bashBody = fs.readFileSync(script, 'utf8').split('\n').slice(1).join('\n');
  assert.ok(zsh.stdout.endsWith(bashBody), 'the same function as for bash');
  if (spawnSync('zsh', ['--version']).status !== 0) {
    process.stdout.write('\n  (zsh not installed: the zsh script was checked as text only; apt-get install zsh)\n');
    return;
  }
  const zshScript = path.join(tmp, 'rhoso-backends.zsh');
  fs.writeFileSync(zshScript, zsh.stdout);
  // bashcompinit's compgen runs the function in sh emulation (0-based arrays) and leaves matching the word to zsh's compadd.
  const offer = (words: string[]) => {
    const r = spawnSync(
      'zsh',
      ['-fc', `source "$1" && print -r -- "$_comps[rhoso-backends]" && shift && t() { emulate -L sh -o kshglob -o noshglob -o braceexpand; local -a COMP_WORDS COMPREPLY; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _rhoso_backends; print -rl -- "\${COMPREPLY[@]}"; }; t "$@"`, 'zsh', zshScript, ...words],
      { cwd: tmp, encoding: 'utf8' },
    );
    assert.is(r.status, 0, r.stderr);
    assert.is(r.stderr, '');
    const [registered, ...offered] = r.stdout.split('\n').filter(Boolean);
    assert.is(registered, '_bash_complete -F _rhoso_backends');
    return offered.sort();
  };
  assert.ok(offer(['rhoso-backends', 'render', '--o']).includes('--output-dir'));
  assert.equal(offer(['rhoso-backends', 'render', '--format', '']), ['json', 'text']);
  assert.equal(offer(['rhoso-backends', 'plan-update', '--to', '']), []);
});

test.run();
