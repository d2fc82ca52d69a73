/**
 * `render PATH...`: read a package (or any folder of YAML), expand the
 * inventory, print the applyable manifests to stdout. Diagnostics go to
 * stderr; on any error nothing is printed to stdout and the exit code is 1
 * (an empty stream would make Argo CD prune the cloud).
 */
import { readInputs } from '../lib/io/package.js';
import { applyableDocuments, stringifyStream } from '../lib/io/stream.js';
import type { OperatorLine } from '../lib/inventory/model.js';
import { runPipeline } from '../lib/pipeline/run.js';
import { hasErrors } from '../lib/diagnostics/diagnostic.js';
import { parseArgs, UsageError } from './args.js';
import { displayPaths, EXIT_ERRORS, EXIT_OK, printDiagnostics, processIO, type CommandIO, type Format } from './output.js';
import { summaryLines } from './summary.js';

export const renderFlags = {
  format: { value: true, choices: ['text', 'json'] },
  'operator-line': { value: true, choices: ['18-stable', 'main'] },
  'output-dir': { value: true },
  strict: {},
  quiet: {},
};

/** Argo CD passes plugin parameters through io.env. */
export async function renderCommand(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const args = parseArgs(argv, renderFlags);
  const settings = settingsFromEnv(io.env);
  const format = (args.flags.format as Format) ?? settings.format ?? 'text';
  const operatorLine = (args.flags['operator-line'] as OperatorLine) ?? settings.operatorLine;
  if (args.positional.length === 0) throw new UsageError('render needs a PATH (a kpt package, a folder of YAML, or files)');
  const outputDir = args.flags['output-dir'] as string | undefined;

  const read = readInputs(args.positional, { exclude: outputDir ? [outputDir] : [] });
  if (hasErrors(read.diagnostics)) {
    printDiagnostics(displayPaths(read.diagnostics, read.root), format, io.stderr);
    return EXIT_ERRORS;
  }
  const result = runPipeline(read.items, { packageRoot: read.root, operatorLine, strict: Boolean(args.flags.strict) });
  const diagnostics = displayPaths([...read.diagnostics, ...result.diagnostics], read.root);
  if (!result.ok) {
    printDiagnostics(diagnostics, format, io.stderr);
    return EXIT_ERRORS;
  }
  const docs = applyableDocuments(result.items);
  if (docs.length === 0) {
    printDiagnostics([...diagnostics, { severity: 'error', rule: 'render', message: 'nothing to render: the input holds no applyable resources', hint: 'point render at the folder with the BackendInventory' }], format, io.stderr);
    return EXIT_ERRORS;
  }
  if (outputDir) {
    const { writeOutputDir } = await import('../lib/io/output-dir.js');
    const written = writeOutputDir(outputDir, docs);
    if (written.diagnostics.length) {
      printDiagnostics([...diagnostics, ...written.diagnostics], format, io.stderr);
      return EXIT_ERRORS;
    }
  } else {
    io.stdout.write(stringifyStream(docs));
  }
  if (!args.flags.quiet) printDiagnostics([...diagnostics, ...displayPaths(summaryLines(result), read.root)], format, io.stderr);
  return EXIT_OK;
}

/** ARGOCD_ENV_* variables and ARGOCD_APP_PARAMETERS (CMP v2) as render settings. */
export function settingsFromEnv(env: NodeJS.ProcessEnv): { operatorLine?: OperatorLine; format?: Format } {
  const out: { operatorLine?: OperatorLine; format?: Format } = {};
  const line = env.ARGOCD_ENV_OPERATOR_LINE ?? env.RHOSO_BACKENDS_OPERATOR_LINE;
  if (line === '18-stable' || line === 'main') out.operatorLine = line;
  if (env.ARGOCD_APP_PARAMETERS) {
    try {
      const params = JSON.parse(env.ARGOCD_APP_PARAMETERS) as Array<{ name: string; string?: string }>;
      for (const p of params) {
        if (p.name === 'operator-line' && (p.string === '18-stable' || p.string === 'main')) out.operatorLine = p.string;
      }
    } catch {
      /* malformed parameters: Argo CD validates them; ignore here */
    }
  }
  return out;
}
