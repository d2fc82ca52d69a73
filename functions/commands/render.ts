/**
 * `render PATH...`: read a package (or any folder of YAML), expand the
 * inventory, print the applyable manifests to stdout. Diagnostics go to
 * stderr; on any error nothing is printed to stdout and the exit code is 1
 * (an empty stream would make Argo CD prune the cloud).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from 'yaml';
import { readInputs } from '../lib/io/package.js';
import { applyableDocuments, stringifyStream } from '../lib/io/stream.js';
import type { OperatorLine } from '../lib/inventory/model.js';
import { nothingToRender, notQuiteResources, settingsFromEnv } from '../lib/pipeline/render-output.js';
import { runPipeline } from '../lib/pipeline/run.js';
import { hasErrors, type Diagnostic } from '../lib/diagnostics/diagnostic.js';
import { COMMANDS } from './options.js';
import { parseArgs, UsageError } from './args.js';
import { displayPaths, EXIT_ERRORS, EXIT_OK, printDiagnostics, processIO, type CommandIO, type Format } from './output.js';
import { summaryLines } from './summary.js';

export const renderFlags = COMMANDS['render'].options;

/** Argo CD passes plugin parameters through io.env. */
export async function renderCommand(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const args = parseArgs(argv, renderFlags);
  const format = (args.flags.format as Format) ?? 'text';
  if (args.positional.length === 0) throw new UsageError('render needs a PATH (a kpt package, a folder of YAML, or files)');
  const outputDir = args.flags['output-dir'] as string | undefined;
  const rendered = renderDocuments(args.positional, args.flags, io.env, outputDir);
  if (!rendered.docs) {
    printDiagnostics(rendered.diagnostics, format, io.stderr);
    return EXIT_ERRORS;
  }
  if (outputDir) {
    const { writeOutputDir } = await import('../lib/io/output-dir.js');
    const written = writeOutputDir(outputDir, rendered.docs);
    if (written.diagnostics.length) {
      printDiagnostics([...rendered.diagnostics, ...written.diagnostics], format, io.stderr);
      return EXIT_ERRORS;
    }
  } else {
    io.stdout.write(stringifyStream(rendered.docs));
  }
  if (!args.flags.quiet) printDiagnostics([...rendered.diagnostics, ...rendered.summary], format, io.stderr);
  return EXIT_OK;
}

export interface Rendered {
  /** The applyable documents; undefined when there are errors (never a partial or empty output). */
  docs?: Document[];
  /** Everything to report (paths as the user can open them). */
  diagnostics: Diagnostic[];
  summary: Diagnostic[];
}

/**
 * render without the writing: what `render` prints and what `check` compares
 * a committed --output-dir with. `flags` are render's (operator-line, strict);
 * the environment adds Argo CD's settings.
 */
export function renderDocuments(paths: string[], flags: Record<string, unknown>, env: NodeJS.ProcessEnv, outputDir?: string): Rendered {
  const { settings, diagnostics: settingsProblems } = settingsFromEnv(env);
  // A mistyped Argo CD parameter must fail the sync, not silently render something else.
  if (settingsProblems.length > 0) return { diagnostics: settingsProblems, summary: [] };
  const operatorLine = (flags['operator-line'] as OperatorLine | undefined) ?? settings.operatorLine;
  const strict = Boolean(flags.strict);

  const read = readInputs(paths, { exclude: outputDir ? [outputDir] : [] });
  if (hasErrors(read.diagnostics)) return { diagnostics: displayPaths(read.diagnostics, read.root, paths), summary: [] };
  // Flux keeps the last render in --output-dir: its OpenStackVersion tells a release bump apart (RB300).
  const previousOutput = outputDir && fs.existsSync(outputDir) ? readInputs([outputDir]).items : undefined;
  const result = runPipeline(read.items, { packageRoot: read.root, operatorLine, strict, previousOutput });
  const diagnostics = displayPaths([...read.diagnostics, ...result.diagnostics], read.root, paths);
  if (!result.ok) return { diagnostics, summary: [] };
  // A document that means to be a resource but lacks a string apiVersion or kind would be dropped silently (and pruned by Argo CD).
  const broken = notQuiteResources(result.items);
  if (broken.length > 0) return { diagnostics: [...diagnostics, ...displayPaths(broken, read.root, paths)], summary: [] };
  const docs = applyableDocuments(result.items);
  if (docs.length === 0) {
    // An empty stream is never what the user wants: Argo CD would prune everything it manages.
    // Point at a document that is not a resource (often an inventory whose apiVersion/kind got lost), else at the input.
    const empty = nothingToRender(result.items, { label: paths.join(' '), ...emptyInputLocation(paths, read.root) });
    return { diagnostics: [...diagnostics, ...displayPaths([empty], read.root, paths)], summary: [] };
  }
  return { docs, diagnostics, summary: displayPaths(summaryLines(result), read.root, paths) };
}

/** Where an empty input is reported: the (first) path given, as given (displayPaths maps it back). */
function emptyInputLocation(paths: string[], root: string): { file: string; line: number; column: number } {
  return { file: path.relative(root, path.resolve(paths[0])) || '.', line: 1, column: 1 };
}

