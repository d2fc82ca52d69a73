/**
 * rhoso-backends: one bin, one subcommand per user task.
 * Exit codes: 0 ok, 1 the input has errors (diagnostics say which), 2 the
 * command line is wrong, 3 an internal error (a bug: please report it).
 */
import { UsageError } from './commands/args.js';
import { EXIT_USAGE } from './commands/output.js';

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

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  render: async () => (await import('./commands/render.js')).renderCommand,
  fn: async () => (await import('./commands/fn.js')).fnCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : EXIT_USAGE;
  }
  if (name === '--version') {
    process.stdout.write('rhoso-backends 0.1.0\n');
    return 0;
  }
  const load = commands[name];
  if (!load) {
    const { didYouMean } = await import('./lib/diagnostics/did-you-mean.js');
    const hint = didYouMean(name, Object.keys(commands));
    process.stderr.write(`rhoso-backends: unknown command "${name}"${hint ? `; ${hint}` : ''}\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await (await load())(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`rhoso-backends ${name}: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

/** Runs main and turns unexpected exceptions into a short report (stack only with RHOSO_BACKENDS_DEBUG=1). */
export function run(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      const debug = process.env.RHOSO_BACKENDS_DEBUG === '1';
      process.stderr.write(`rhoso-backends: internal error: ${(err as Error)?.message ?? err}\n`);
      process.stderr.write(debug ? `${(err as Error)?.stack}\n` : 'This is a bug in rhoso-backends; rerun with RHOSO_BACKENDS_DEBUG=1 for details and report it.\n');
      process.exitCode = 3;
    },
  );
}

if (require.main === module) run(process.argv.slice(2));
