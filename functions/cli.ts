/**
 * rhoso-backends: one bin, one subcommand per user task.
 * Exit codes: 0 ok, 1 the input has errors (diagnostics say which), 2 the
 * command line is wrong, 3 an internal error (a bug: please report it), 4
 * plan-update --check-registry could not reach a registry.
 * Output: the result on stdout, human diagnostics on stderr (docs/cli.md).
 */
import { HelpRequested, UsageError } from './commands/args.js';
import { COMMANDS } from './commands/options.js';
import { EXIT_USAGE, processIO, type CommandIO } from './commands/output.js';

type Command = (argv: string[], io: CommandIO) => Promise<number>;

/** An unexpected exception: a bug, not a user's mistake. */
export const EXIT_INTERNAL = 3;

const VERSION = '0.1.0';

const commands: Record<string, () => Promise<Command>> = {
  render: async () => (await import('./commands/render.js')).renderCommand,
  fn: async () => (await import('./commands/fn.js')).fnCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  explain: async () => (await import('./commands/explain.js')).explainCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  'plan-update': async () => (await import('./commands/plan-update.js')).planUpdateCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  adopt: async () => (await import('./commands/adopt.js')).adoptCommand,
  completion: async () => (await import('./commands/completion.js')).completionCommand,
};

const help = () => import('./commands/help.js');

/** The usage line and where to find more: what every usage error ends with. */
function usageLine(name?: string): string {
  return name
    ? `Usage: rhoso-backends ${COMMANDS[name].synopsis}\nRun 'rhoso-backends ${name} --help' for the options.\n`
    : `Usage: rhoso-backends <command> [options]\nRun 'rhoso-backends --help' for the commands.\n`;
}

async function unknownCommand(name: string, io: CommandIO): Promise<number> {
  const { didYouMean } = await import('./lib/diagnostics/did-you-mean.js');
  const hint = name.startsWith('-') ? '' : didYouMean(name, Object.keys(commands));
  const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
  io.stderr.write(`rhoso-backends: ${what}${hint ? `; ${hint}` : ''}\n${usageLine()}`);
  return EXIT_USAGE;
}

export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    io.stderr.write((await help()).topHelp());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.stdout.write((await help()).topHelp());
    return 0;
  }
  if (name === 'help') {
    if (!commands[rest[0]]) return unknownCommand(rest[0], io);
    io.stdout.write((await help()).commandHelp(rest[0]));
    return 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`rhoso-backends ${VERSION}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) return unknownCommand(name, io);
  try {
    return await (await load())(rest, io);
  } catch (err) {
    if (err instanceof HelpRequested) {
      io.stdout.write((await help()).commandHelp(name));
      return 0;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`rhoso-backends ${name}: ${err.message}\n${usageLine(name)}`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

/** Runs main and turns unexpected exceptions into a short report (stack only with RHOSO_BACKENDS_DEBUG=1). */
export async function runCommand(argv: string[], io: CommandIO): Promise<number> {
  try {
    return await main(argv, io);
  } catch (err) {
    const debug = io.env.RHOSO_BACKENDS_DEBUG === '1';
    io.stderr.write(`rhoso-backends: internal error: ${(err as Error)?.message ?? err}\n`);
    io.stderr.write(debug ? `${(err as Error)?.stack}\n` : 'This is a bug in rhoso-backends; rerun with RHOSO_BACKENDS_DEBUG=1 for details and report it.\n');
    return EXIT_INTERNAL;
  }
}

export function run(argv: string[]): void {
  void runCommand(argv, processIO()).then((code) => {
    // Everything is written (processIO writes synchronously) and nothing else is pending: exit at
    // once. Node's own teardown of a finished run (freeing the heap, waiting for its worker
    // threads) cost 1-8 ms more, on every pre-commit and Argo CD run (docs/performance.md).
    process.exit(code);
  });
}

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The bin's exact code path, in this process, with output captured: what the
 * property tests run thousands of times (spawning would cost ~100 ms each).
 */
export async function runInProcess(argv: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? {},
    readStdin: () => options.stdin ?? '',
  };
  const code = await runCommand(argv, io);
  return { code, stdout, stderr };
}

if (require.main === module) run(process.argv.slice(2));
