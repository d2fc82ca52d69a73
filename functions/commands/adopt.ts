/**
 * `adopt PATH... [--dry-run]`: for packages whose hand-written control plane
 * or version holds entries the inventory now generates (adopted by render,
 * kept as written), delete those entries from the hand-written files, so the
 * inventory owns them outright and the next render writes its own version.
 * Refuses (exit 1, nothing written) when the package does not render, e.g.
 * an entry differs from what the inventory generates (RB091, RB092). The
 * files are written only after the edited package was rendered again in
 * memory and came out with nothing left to adopt.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from 'yaml';
import { hasErrors, type Diagnostic } from '../lib/diagnostics/diagnostic.js';
import { unifiedDiff } from '../lib/io/diff.js';
import { readInputs } from '../lib/io/package.js';
import type { Item } from '../lib/io/resources.js';
import type { OperatorLine } from '../lib/inventory/model.js';
import { handOver, readsBackAs } from '../lib/pipeline/hand-over.js';
import { runPipeline } from '../lib/pipeline/run.js';
import { parseArgs, UsageError } from './args.js';
import { COMMANDS } from './options.js';
import { displayPaths, EXIT_ERRORS, EXIT_OK, pathShower, printDiagnostics, processIO, type CommandIO, type Format } from './output.js';

export async function adoptCommand(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const args = parseArgs(argv, COMMANDS.adopt.options);
  const format = (args.flags.format as Format) ?? 'text';
  const dryRun = Boolean(args.flags['dry-run']);
  if (args.positional.length === 0) throw new UsageError('adopt needs a PATH (the package with the inventory and the hand-written control plane)');
  const paths = args.positional;
  const operatorLine = args.flags['operator-line'] as OperatorLine | undefined;
  const refuse = (diagnostics: Diagnostic[]) => {
    printDiagnostics(diagnostics.filter((d) => d.severity !== 'info'), format, io.stderr);
    return EXIT_ERRORS;
  };

  const read = readInputs(paths);
  if (hasErrors(read.diagnostics)) return refuse(displayPaths(read.diagnostics, read.root, paths));
  const result = runPipeline(read.items, { packageRoot: read.root, operatorLine });
  const diagnostics = displayPaths([...read.diagnostics, ...result.diagnostics], read.root, paths);
  if (!result.ok) return refuse(diagnostics);
  if (!result.inventory) {
    return refuse([{ severity: 'error', rule: 'adopt', message: `no BackendInventory in ${paths.join(' ')}: nothing owns the entries`, file: paths[0], line: 1, column: 1, hint: 'name the package that holds the inventory and the hand-written control plane' }]);
  }

  const show = pathShower(read.root, paths);
  const handed = handOver(read.items, result.adopted ?? [], result.adoptedObjects ?? []);
  if (handed.files.length === 0) {
    io.stderr.write(`rhoso-backends adopt: nothing to adopt: no hand-written entry in ${paths.join(' ')} is one the inventory generates\n`);
    return EXIT_OK;
  }

  // The guard: the edited package renders, and nothing of it is still written by hand in place of the inventory.
  // Documents handed over whole (a nova ConfigMap) are gone from their files.
  const remaining = read.items.filter((it) => !it.file || it.file.docs.some((d) => d === it.doc));
  const again = runPipeline(remaining, { packageRoot: read.root, operatorLine });
  const left = [...(again.adopted ?? []), ...(again.adoptedObjects ?? []).map((o) => ({ pointer: `${o.kind} ${o.name}` }))];
  const unreadable = handed.files.filter((f) => !readsBackAs(f.after, docsOf(read.items, f.path)));
  if (!again.ok || left.length > 0 || unreadable.length > 0) {
    const why = !again.ok ? 'the edited package would not render' : left.length > 0 ? `${left.map((a) => a.pointer).join(', ')} would still be written by hand` : `${unreadable.map((f) => show(f.path)).join(', ')} would not read back as edited`;
    io.stderr.write(`rhoso-backends adopt: internal check failed, nothing written: ${why}\nThis is a bug in rhoso-backends; please report it.\n`);
    if (!again.ok) printDiagnostics(displayPaths(again.diagnostics.filter((d) => d.severity === 'error'), read.root, paths), format, io.stderr);
    return EXIT_ERRORS;
  }

  if (dryRun) {
    io.stdout.write(handed.files.map((f) => unifiedDiff(show(f.path), show(f.path), f.before, f.after)).join(''));
  } else {
    for (const f of handed.files) writeAtomically(path.join(read.root, f.path), f.after);
    io.stdout.write(handed.deleted.map((d) => `${show(d.path)}: deleted ${d.what}\n`).join(''));
  }
  io.stderr.write(`rhoso-backends adopt: ${dryRun ? 'would delete' : 'deleted'} ${handed.deleted.length} hand-written ${handed.deleted.length === 1 ? 'entry' : 'entries'} the inventory now writes, in ${handed.files.length} file(s)${dryRun ? ' (--dry-run: nothing written)' : ''}\n`);
  return EXIT_OK;
}

function docsOf(items: readonly Item[], file: string): Document[] {
  return items.find((it) => it.path === file)?.file?.docs ?? [];
}

/** Replaces the file in one step (a reader never sees half of it), keeping its mode. */
function writeAtomically(file: string, text: string): void {
  const target = fs.realpathSync(file);
  const temp = `${target}.rhoso-backends-${process.pid}.tmp`;
  fs.writeFileSync(temp, text, { mode: fs.statSync(target).mode & 0o7777 });
  fs.renameSync(temp, target);
}
