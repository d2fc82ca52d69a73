/**
 * `check PATH... --output-dir DIR`: is the committed rendered folder what
 * `render PATH --output-dir DIR` would write? For CI in a Flux (or any
 * kustomize) repository: exit 0 when it is; exit 1 with a unified diff on
 * stdout (committed -> expected) when it is stale. DIR is never written.
 */
import path from 'node:path';
import { unifiedDiff } from '../lib/io/diff.js';
import { outputFiles, planOutputDir } from '../lib/io/output-dir.js';
import { COMMANDS } from './options.js';
import { parseArgs, UsageError } from './args.js';
import { EXIT_ERRORS, EXIT_OK, printDiagnostics, processIO, type CommandIO, type Format } from './output.js';
import { renderDocuments } from './render.js';

export const checkFlags = COMMANDS['check'].options;

export async function checkCommand(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const args = parseArgs(argv, checkFlags);
  const format = (args.flags.format as Format) ?? 'text';
  if (args.positional.length === 0) throw new UsageError('check needs a PATH (the package render reads) and --output-dir DIR (the committed rendered folder)');
  const outputDir = args.flags['output-dir'] as string | undefined;
  if (!outputDir) throw new UsageError('check needs --output-dir DIR: the rendered folder to compare with what render would write');

  const rendered = renderDocuments(args.positional, args.flags, io.env, outputDir);
  if (!rendered.docs) {
    printDiagnostics(rendered.diagnostics, format, io.stderr);
    return EXIT_ERRORS;
  }
  const plan = planOutputDir(outputDir, outputFiles(rendered.docs));
  if (plan.diagnostics.length > 0) {
    printDiagnostics([...rendered.diagnostics, ...plan.diagnostics], format, io.stderr);
    return EXIT_ERRORS;
  }
  if (plan.changes.length === 0) {
    if (!args.flags.quiet) printDiagnostics([...rendered.diagnostics, { severity: 'info', rule: 'check', message: `${outputDir} is up to date` }], format, io.stderr);
    return EXIT_OK;
  }
  // Labels as git prints them, so the diff applies with `git apply` / `patch -p1` from the working directory.
  const shown = toPosix(path.relative(process.cwd(), plan.target) || '.');
  for (const c of plan.changes) io.stdout.write(unifiedDiff(`a/${shown}/${c.name}`, `b/${shown}/${c.name}`, c.before, c.after));
  const count = plan.changes.length;
  const command = ['rhoso-backends render', ...args.positional.map(shellQuote), '--output-dir', shellQuote(outputDir)].join(' ');
  printDiagnostics(
    [
      ...rendered.diagnostics,
      {
        severity: 'error',
        rule: 'check',
        message: `${outputDir} is out of date: ${count} file${count === 1 ? '' : 's'} differ${count === 1 ? 's' : ''} from what render writes (diff on stdout)`,
        hint: `run \`${command}\` and commit the result`,
      },
    ],
    format,
    io.stderr,
  );
  return EXIT_ERRORS;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
