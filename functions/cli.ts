/**
 * rhoso-backends: one bin, one subcommand per user task.
 * Exit codes: 0 ok, 1 the input has errors (diagnostics say which), 2 the
 * command line is wrong, 3 an internal error (a bug: please report it).
 */
import { UsageError } from './commands/args.js';
import { EXIT_USAGE, processIO, type CommandIO } from './commands/output.js';

const USAGE = `Usage: rhoso-backends <command> [options]

Commands:
  render PATH...        expand the BackendInventory in PATH and print the manifests
                        (--output-dir DIR writes one file per resource plus kustomization.yaml)
  fn                    KRM function: ResourceList on stdin, ResourceList on stdout
  validate PATH...      check inventories and hand-written OpenStackControlPlane / OpenStackVersion files
  explain PATH...       show, per pod, what it mounts and which Secrets reach it
  check PATH --output-dir DIR   exit 1 with a diff when DIR is not what render would write
  plan-update PATH --to VERSION  plan (or --write) a RHOSO minor update of partner images

Common options:
  --format text|json    diagnostics format (default text, on stderr)
  --operator-line 18-stable|main   which openstack-operator line to validate against
  --help                this text
`;

type Command = (argv: string[], io: CommandIO) => Promise<number>;

/** An unexpected exception: a bug, not a user's mistake. */
export const EXIT_INTERNAL = 3;

const commands: Record<string, () => Promise<Command>> = {
  render: async () => (await import('./commands/render.js')).renderCommand,
  fn: async () => (await import('./commands/fn.js')).fnCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  explain: async () => (await import('./commands/explain.js')).explainCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  'plan-update': async () => (await import('./commands/plan-update.js')).planUpdateCommand,
};

export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name ? 0 : EXIT_USAGE;
  }
  if (name === '--version') {
    io.stdout.write('rhoso-backends 0.1.0\n');
    return 0;
  }
  const load = commands[name];
  if (!load) {
    const { didYouMean } = await import('./lib/diagnostics/did-you-mean.js');
    const hint = didYouMean(name, Object.keys(commands));
    io.stderr.write(`rhoso-backends: unknown command "${name}"${hint ? `; ${hint}` : ''}\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await (await load())(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`rhoso-backends ${name}: ${err.message}\n`);
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
    process.exitCode = code;
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
