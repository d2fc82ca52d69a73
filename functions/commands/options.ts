/**
 * The command table: every command's synopsis, options and examples. The
 * argument parser (args.ts), `--help` (help.ts) and the shell completion
 * (completion.ts) all read it, so an option cannot be accepted without being
 * documented. Plain data: it costs nothing at start-up.
 */

export interface OptionSpec {
  /** Takes a value (`--format json`); the name of that value in help (`DIR`). Otherwise a boolean flag. */
  value?: string;
  /** Allowed values, if fixed. */
  choices?: string[];
  /** May be given more than once (values collected). */
  repeat?: boolean;
  /** The value when the option is not given, for help. */
  default?: string;
  /** Completion offers files (or directories) for the value. */
  complete?: 'file' | 'dir';
  /** One line: what it does. */
  help: string;
}

export interface CommandSpec {
  /** After `rhoso-backends <name>`. */
  synopsis: string;
  /** One line for the command list. */
  summary: string;
  /** Paragraphs after the synopsis. */
  description: string;
  /** Positional arguments are paths (completion offers files). */
  paths: boolean;
  options: Record<string, OptionSpec>;
  /** Command lines (without the leading `rhoso-backends `), each with a `# what it does`. */
  examples: string[];
}

const format = (choices: string[], help: string, dflt = choices[0]): OptionSpec => ({ value: choices.join('|'), choices, default: dflt, help });
const operatorLine: OptionSpec = {
  value: '18-stable|main',
  choices: ['18-stable', 'main'],
  default: '18-stable',
  help: 'openstack-operator line to check against (which extraMounts volume types it accepts; also RHOSO_BACKENDS_OPERATOR_LINE)',
};
const strict: OptionSpec = { help: 'references to objects not in the input are errors, not warnings' };
const packageRoot: OptionSpec = { value: 'DIR', complete: 'dir', help: 'where files[].path resolve (default: RHOSO_BACKENDS_PACKAGE_ROOT, else the package kpt names)' };

export const COMMANDS: Record<string, CommandSpec> = {
  render: {
    synopsis: 'render PATH... [options]',
    summary: 'expand the BackendInventory in PATH and print the manifests',
    description:
      'Reads PATH (a kpt package, a folder of YAML, or files), expands the inventory and prints the applyable manifests on stdout. ' +
      'Diagnostics and the summary go to stderr; on any error stdout stays empty and the exit code is 1.',
    paths: true,
    options: {
      'output-dir': { value: 'DIR', complete: 'dir', help: 'write one file per resource plus kustomization.yaml into DIR (atomically) instead of stdout' },
      format: format(['text', 'json'], 'diagnostics format on stderr (stdout stays the manifests)'),
      'operator-line': operatorLine,
      strict,
      quiet: { help: 'no summary and no warnings on stderr when rendering succeeds' },
    },
    examples: ['render examples/multi-vendor                 # manifests on stdout', 'render examples/multi-vendor --output-dir /tmp/rendered   # for Flux: one file per resource'],
  },
  fn: {
    synopsis: 'fn [options] < resource-list.yaml',
    summary: 'KRM function: ResourceList on stdin, ResourceList on stdout',
    description: 'The kpt function (exec or image): reads a ResourceList on stdin, writes it back expanded, with results. Exit 1 when a result is an error.',
    paths: false,
    options: { 'operator-line': operatorLine, strict, 'package-root': packageRoot },
    examples: ['fn < resource-list.yaml        # what kpt fn render runs (exec: rhoso-backends fn)'],
  },
  validate: {
    synopsis: 'validate [PATH...] [options]',
    summary: 'check inventories and hand-written OpenStackControlPlane / OpenStackVersion files',
    description:
      'Checks the files in PATH (all of them together, as one kustomization). Text diagnostics go to stderr; with --format json the findings are a JSON array on stdout. ' +
      'With no PATH it is a kpt validator: a ResourceList on stdin comes back unchanged on stdout, with results. Exit 1 on any error.',
    paths: true,
    options: {
      format: format(['text', 'json'], 'text: diagnostics on stderr; json: the findings as a JSON array on stdout'),
      'operator-line': operatorLine,
      strict,
      release: { value: 'VERSION', help: "the RHOSO release (18.0.3) partner image tags must match (default: each OpenStackVersion's targetVersion)" },
      'allowed-registry': { value: 'HOST', repeat: true, help: 'partner images must come from this registry (repeatable)' },
      'require-digest': { help: 'partner images must be pinned by @sha256: digest' },
      external: { value: 'NAME', repeat: true, help: 'a Secret or ConfigMap that lives outside the given files (repeatable)' },
      'package-root': packageRoot,
    },
    examples: ['validate examples/multi-vendor                       # exit 1 on any error', 'validate --format json examples/ceph-hci > findings.json   # findings for tools'],
  },
  explain: {
    synopsis: 'explain PATH... [options]',
    summary: 'show, per pod, what it mounts and which Secrets reach it',
    description: "Simulates the operators' propagation of extraMounts and customServiceConfigSecrets and prints, per storage pod, its mounts and Secrets on stdout (Markdown, or JSON).",
    paths: true,
    options: { format: format(['markdown', 'json'], 'the report on stdout: a Markdown table, or JSON'), 'operator-line': operatorLine },
    examples: ['explain examples/ceph-hci          # Markdown table, for a pull request'],
  },
  check: {
    synopsis: 'check PATH... --output-dir DIR [options]',
    summary: 'exit 1 with a diff when DIR is not what render would write',
    description:
      'Compares the committed rendered folder DIR with what `render PATH --output-dir DIR` would write, without writing. Exit 0 when it is up to date; ' +
      'exit 1 with a unified diff on stdout (committed -> expected) and the command that fixes it on stderr.',
    paths: true,
    options: {
      'output-dir': { value: 'DIR', complete: 'dir', help: 'the committed rendered folder (required)' },
      format: format(['text', 'json'], 'diagnostics format on stderr (stdout stays the diff)'),
      'operator-line': operatorLine,
      strict,
      quiet: { help: 'say nothing when DIR is up to date' },
    },
    examples: ['check clusters/prod/storage --output-dir clusters/prod/storage-rendered   # in CI'],
  },
  'plan-update': {
    synopsis: 'plan-update PATH --to VERSION [options]',
    summary: 'plan (or --write) a RHOSO minor update of partner images',
    description:
      'Lists, per back end with a partner image, the current image, the one release VERSION needs and whether it blocks the update (on stdout). ' +
      'Exit 0 when nothing blocks, 1 when something blocks the update or the input has errors, 4 when --check-registry could not reach a registry.',
    paths: true,
    options: {
      to: { value: 'VERSION', help: 'the release to update to: 18.0.4, or the exact operator version 18.0.4-20250110.1 (required)' },
      write: { help: 'rewrite the inventory in place (release.version, release.targetVersion, images), keeping comments' },
      format: format(['text', 'json', 'markdown'], 'the plan on stdout: a table, JSON, or Markdown for a pull request'),
      'check-registry': { help: 'ask the registries whether the needed tags exist (the only network use)' },
      authfile: { value: 'FILE', complete: 'file', help: 'Docker/Podman auth file for --check-registry (default: REGISTRY_AUTH_FILE, then the usual places)' },
    },
    examples: ['plan-update examples/minor-update --to 18.0.4-20250110.1          # what 18.0.4 needs', 'plan-update examples/minor-update --to 18.0.4-20250110.1 --write  # change the inventory'],
  },
  import: {
    synopsis: 'import PATH... [--output FILE | --write] [options]',
    summary: 'write the BackendInventory that renders a hand-written control plane',
    description:
      'Reads a hand-written package (OpenStackControlPlane, OpenStackVersion, Secrets) and prints the BackendInventory that renders its storage sections on stdout. ' +
      "Diagnostics go to stderr: validate's findings on the source, how import resolved each, what stays in the control plane (kept) and the placeholders to fill in before render. " +
      'Credentials in plain text are never copied. Exit 1 when there is nothing to import or the output cannot be written.',
    paths: true,
    options: {
      output: { value: 'FILE', complete: 'file', help: 'write the inventory to FILE instead of stdout' },
      write: { help: 'write the inventory as inventory.yaml into the package folder (refuses to replace a different inventory)' },
      format: format(['text', 'json'], 'diagnostics format on stderr (stdout stays the inventory)'),
    },
    examples: ['import clusters/prod/openstack > inventory.yaml   # review, then commit', 'import clusters/prod/openstack --write            # inventory.yaml next to the control plane'],
  },
  adopt: {
    synopsis: 'adopt PATH... [--dry-run] [options]',
    summary: 'delete from the hand-written control plane what the inventory now owns (adopted entries)',
    description:
      'render adopts hand-written OpenStackControlPlane / OpenStackVersion entries that read the same as what the inventory generates, and keeps them as written. ' +
      'adopt deletes them (and hand-written mounts that stand in for generated ones) from those files in place, keeping comments and everything else, so the next render writes the inventory\'s own. ' +
      'It writes nothing and exits 1 when the package does not render, e.g. when an entry differs from what the inventory generates (RB091, RB092). What it deleted goes to stdout.',
    paths: true,
    options: {
      'dry-run': { help: 'write nothing; print the changes as a unified diff on stdout' },
      format: format(['text', 'json'], 'diagnostics format on stderr'),
      'operator-line': operatorLine,
    },
    examples: ['adopt clusters/prod/storage --dry-run   # what would be deleted, as a diff', 'adopt clusters/prod/storage             # delete it; then render and commit'],
  },
  completion: {
    synopsis: 'completion bash|zsh',
    summary: 'print a shell completion script',
    description: 'Prints a completion script for bash or zsh on stdout.',
    paths: false,
    options: {},
    examples: ['completion bash > ~/.local/share/bash-completion/completions/rhoso-backends', 'source <(rhoso-backends completion zsh)   # in ~/.zshrc'],
  },
};

/** The parser's view of an option table. */
export type OptionTable = Record<string, OptionSpec>;
