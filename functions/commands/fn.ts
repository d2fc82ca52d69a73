/**
 * `fn`: the KRM function. ResourceList on stdin, ResourceList on stdout
 * (with spec results), exit 1 when a result is an error. Used by
 * `kpt fn render` (exec or container) as mutator and validator.
 */
import { notQuiteResources, settingsFromEnv } from '../lib/pipeline/render-output.js';
import { hasErrors } from '../lib/diagnostics/diagnostic.js';
import { stringifyResourceList } from '../lib/io/resource-list.js';
import { runPipeline } from '../lib/pipeline/run.js';
import type { OperatorLine } from '../lib/inventory/model.js';
import { COMMANDS } from './options.js';
import { parseArgs } from './args.js';
import { packageRootFor, readResourceListInput } from './krm-input.js';
import { EXIT_ERRORS, EXIT_OK, processIO, type CommandIO } from './output.js';

export const fnFlags = COMMANDS['fn'].options;

export async function fnCommand(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const args = parseArgs(argv, fnFlags);
  const list = readResourceListInput(io);
  if (!list) return EXIT_ERRORS;
  const packageRoot = packageRootFor(list, args.flags['package-root'] as string | undefined, io);
  // The same environment settings (Argo CD parameters, RHOSO_BACKENDS_*) as render; flags win.
  const { settings, diagnostics: settingsProblems } = settingsFromEnv(io.env);
  if (settingsProblems.length > 0) {
    io.stdout.write(stringifyResourceList(list.apiVersion, list.items, settingsProblems, list.functionConfig));
    return EXIT_ERRORS;
  }
  const result = runPipeline(list.items, {
    packageRoot,
    functionConfig: list.functionConfig,
    operatorLine: (args.flags['operator-line'] as OperatorLine | undefined) ?? settings.operatorLine,
    strict: Boolean(args.flags.strict),
  });
  // The same output check as render: a document that means to be a resource but is not one is an error, not a silent drop.
  const broken = result.ok ? notQuiteResources(result.items) : [];
  const diagnostics = [...result.diagnostics, ...broken];
  io.stdout.write(stringifyResourceList(list.apiVersion, broken.length > 0 ? list.items : result.items, diagnostics, list.functionConfig));
  return hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK;
}
