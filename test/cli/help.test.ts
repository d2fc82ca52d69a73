/**
 * Every command has a usage page (--help, -h, help COMMAND; exit 0, stdout)
 * listing every option the parser accepts; short options other than -h are
 * usage errors (exit 2, the usage line), never paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { COMMANDS } from '../../functions/commands/options.js';
import { ROOT, runCli } from '../support/cli.js';

const names = Object.keys(COMMANDS);

test('the table has the commands users run', () => {
  assert.equal(names, ['render', 'fn', 'validate', 'explain', 'check', 'plan-update', 'import', 'adopt', 'completion']);
});

for (const name of names) {
  test(`${name}: --help, -h and "help ${name}" print the same usage and exit 0`, () => {
    const forms = [[name, '--help'], [name, '-h'], ['help', name], [name, 'some/path', '--help']];
    const results = forms.map((argv) => runCli(argv));
    for (const [i, r] of results.entries()) {
      assert.is(r.code, 0, `${forms[i].join(' ')}: ${r.stderr}`);
      assert.is(r.stderr, '', forms[i].join(' '));
      assert.is(r.stdout, results[0].stdout, forms[i].join(' '));
    }
    const help = results[0].stdout;
    assert.ok(help.startsWith(`Usage: rhoso-backends ${COMMANDS[name].synopsis}\n`), help);
    for (const [flag, spec] of Object.entries(COMMANDS[name].options)) {
      // The option with its value name, and its meaning, on the option's line.
      assert.match(help, new RegExp(`^  --${flag}${spec.value ? ` ${spec.value.replace(/[|]/g, '\\|')}` : ''}(\\s|$)`, 'm'), `--${flag} in ${name} --help`);
      assert.ok(help.includes(spec.help.split(' ').slice(0, 3).join(' ')), `meaning of --${flag}`);
    }
    assert.match(help, /^  -h, --help /m);
    assert.match(help, new RegExp(`^Examples:\\n  rhoso-backends ${name} `, 'm'));
  });
}

test('options named in issue 14 are documented where they are accepted', () => {
  const where: Record<string, string[]> = { quiet: ['render', 'check'], strict: ['render', 'fn', 'validate', 'check'], release: ['validate'], external: ['validate'], write: ['plan-update'], authfile: ['plan-update'] };
  for (const [flag, commands] of Object.entries(where)) {
    for (const name of commands) assert.match(runCli([name, '--help']).stdout, new RegExp(`^  --${flag}\\b`, 'm'), `${name} --${flag}`);
  }
});

test('every flag a command reads is in its option table (so parsed and documented)', () => {
  const files: Record<string, string> = { render: 'render.ts', fn: 'fn.ts', validate: 'validate.ts', explain: 'explain.ts', check: 'check.ts', 'plan-update': 'plan-update.ts', completion: 'completion.ts' };
  for (const [name, file] of Object.entries(files)) {
    const source = fs.readFileSync(path.join(ROOT, 'functions', 'commands', file), 'utf8');
    const read = [...source.matchAll(/flags(?:\.([a-z]+)|\['([a-z-]+)'\])/g)].map((m) => m[1] ?? m[2]);
    for (const flag of read) assert.ok(flag in COMMANDS[name].options, `${file} reads --${flag}, which ${name}'s option table lacks`);
  }
  // check renders with render's flags: they must be check's too.
  for (const flag of ['operator-line', 'strict']) assert.ok(flag in COMMANDS.check.options);
});

test('an option not in the table is refused with a suggestion', () => {
  const r = runCli(['render', '--quite', 'examples/multi-vendor']);
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /unknown option --quite; did you mean --quiet\?/);
  assert.match(r.stderr, /^Usage: rhoso-backends render PATH\.\.\. \[options\]$/m);
});

test('top-level help lists the commands, help, --help/-h and --version/-V', () => {
  for (const argv of [['--help'], ['-h'], ['help']]) {
    const r = runCli(argv);
    assert.is(r.code, 0);
    for (const name of names) assert.match(r.stdout, new RegExp(`^  ${name}\\b`, 'm'), name);
    assert.match(r.stdout, /^  -V, --version /m);
    assert.match(r.stdout, /^  -h, --help /m);
    assert.match(r.stdout, /^  help COMMAND /m);
  }
  const none = runCli([]);
  assert.is(none.code, 2, 'no command is a usage error');
  assert.is(none.stdout, '');
  assert.match(none.stderr, /^Usage: rhoso-backends <command>/);
  for (const argv of [['--version'], ['-V']]) assert.equal(runCli(argv), { code: 0, stdout: 'rhoso-backends 0.1.0\n', stderr: '' });
});

test('help for an unknown command is a usage error with a suggestion', () => {
  const r = runCli(['help', 'rendr']);
  assert.is(r.code, 2);
  assert.match(r.stderr, /unknown command "rendr"; did you mean "render"\?/);
});

for (const name of ['render', 'validate', 'explain', 'check', 'plan-update', 'fn']) {
  test(`${name}: unknown short options are usage errors, not paths`, () => {
    for (const argv of [['-o', 'json', 'examples/multi-vendor'], ['-q', 'examples/multi-vendor'], ['-v'], ['examples/multi-vendor', '-vq']]) {
      const r = runCli([name, ...argv], { input: '' });
      const shown = `${name} ${argv.join(' ')}`;
      assert.is(r.code, 2, `${shown}: ${r.stderr}`);
      assert.is(r.stdout, '', shown);
      assert.match(r.stderr, new RegExp(`^rhoso-backends ${name}: unknown option ${argv.find((a) => a.startsWith('-'))!.slice(0, 2)}:`), shown);
      assert.match(r.stderr, new RegExp(`^Usage: rhoso-backends ${name} `, 'm'), shown);
      assert.not.match(r.stderr, /no such file/, shown);
    }
  });
}

test('top-level short options other than -h/-V are usage errors', () => {
  const r = runCli(['-v']);
  assert.is(r.code, 2);
  assert.match(r.stderr, /^rhoso-backends: unknown option -v\nUsage: rhoso-backends <command>/);
});

test('a file named like an option is reachable after --', () => {
  const r = runCli(['validate', '--', '-o']);
  assert.is(r.code, 1);
  assert.match(r.stderr, /^-o:1:1: error\[io\]: no such file or directory: -o$/m);
});

test.run();
