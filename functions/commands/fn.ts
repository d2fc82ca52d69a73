/**
 * `fn`: the KRM function. ResourceList on stdin, ResourceList on stdout
 * (with spec results), exit 1 when a result is an error. Used by
 * `kpt fn render` (exec or container) as mutator and validator.
 */
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
  const result = runPipeline(list.items, {
    packageRoot,
    functionConfig: list.functionConfig,
    operatorLine: args.flags['operator-line'] as OperatorLine | undefined,
    strict: Boolean(args.flags.strict),
  });
  io.stdout.write(stringifyResourceList(list.apiVersion, result.items, result.diagnostics, list.functionConfig));
  return hasErrors(result.diagnostics) ? EXIT_ERRORS : EXIT_OK;
}
