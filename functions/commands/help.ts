/** `--help` text, generated from the command table (options.ts): what the parser accepts is what help shows. */
import { COMMANDS, type CommandSpec } from './options.js';

const WIDTH = 80;

function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** `  --name VALUE   meaning (default x)`, the meaning wrapped under its column. */
function table(rows: Array<[string, string]>): string[] {
  const col = Math.min(30, Math.max(...rows.map(([k]) => k.length)) + 4);
  const out: string[] = [];
  for (const [key, meaning] of rows) {
    const wrapped = wrap(meaning, ' '.repeat(col));
    const first = `  ${key}`;
    if (first.length + 2 <= col) out.push(first.padEnd(col) + wrapped[0].trimStart(), ...wrapped.slice(1));
    else out.push(first, ...wrapped);
  }
  return out;
}

export function commandHelp(name: string): string {
  const c: CommandSpec = COMMANDS[name];
  const rows: Array<[string, string]> = Object.entries(c.options).map(([flag, o]) => [
    `--${flag}${o.value ? ` ${o.value}` : ''}`,
    `${o.help}${o.default ? ` (default ${o.default})` : ''}`,
  ]);
  rows.push(['-h, --help', 'print this help']);
  return [
    `Usage: rhoso-backends ${c.synopsis}`,
    '',
    ...wrap(c.summary.replace(/^./, (s) => s.toUpperCase()) + '. ' + c.description, ''),
    '',
    'Options:',
    ...table(rows),
    '',
    'Examples:',
    ...c.examples.map((e) => `  rhoso-backends ${e}`),
    '',
  ].join('\n');
}

export function topHelp(): string {
  return [
    'Usage: rhoso-backends <command> [options]',
    '',
    'Commands:',
    ...table([
      ...Object.values(COMMANDS).map((c): [string, string] => [c.synopsis.replace(/ \[options\]/, ''), c.summary]),
      ['help COMMAND', "a command's usage, options and examples (also: COMMAND --help)"],
    ]),
    '',
    'Options:',
    ...table([
      ['-h, --help', 'print this help'],
      ['-V, --version', 'print the version'],
    ]),
    '',
    'Output: the result (manifests, ResourceList, diff, report, plan, validate --format json',
    'findings) on stdout; human diagnostics on stderr.',
    'Exit codes: 0 ok, 1 the input has errors (or the update is blocked), 2 the command line',
    'is wrong, 3 a bug in rhoso-backends, 4 plan-update --check-registry could not reach a',
    'registry.',
    '',
  ].join('\n');
}
