/**
 * `fn`: the KRM function. ResourceList on stdin, ResourceList on stdout
 * (with spec results), exit 1 when a result is an error. Used by
 * `kpt fn render` (exec or container) as mutator and validator.
 */
import path from 'node:path';
import { hasErrors } from '../lib/diagnostics/diagnostic.js';
import { PACKAGE_PATH_ANNOTATION, parseResourceList, stringifyResourceList, type ResourceList } from '../lib/io/resource-list.js';
import { annotationOf, kindOf } from '../lib/io/resources.js';
import { decodeUtf8 } from '../lib/io/yaml.js';
import { runPipeline } from '../lib/pipeline/run.js';
import type { OperatorLine } from '../lib/inventory/model.js';
import { parseArgs } from './args.js';
import { EXIT_ERRORS, EXIT_OK, printDiagnostics, processIO, type CommandIO } from './output.js';

export const fnFlags = {
  'operator-line': { value: true, choices: ['18-stable', 'main'] },
  strict: {},
  'package-root': { value: true },
};

export async function fnCommand(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const args = parseArgs(argv, fnFlags);
  const input = io.readStdin();
  const decoded = typeof input === 'string' ? { text: input } : decodeUtf8('<stdin>', input);
  if (decoded.text === undefined) {
    printDiagnostics([decoded.diagnostic!], 'text', io.stderr);
    return EXIT_ERRORS;
  }
  const parsed = parseResourceList(decoded.text);
  if (!parsed.list) {
    printDiagnostics(parsed.diagnostics, 'text', io.stderr);
    return EXIT_ERRORS;
  }
  const { list } = parsed;
  const packageRoot = path.resolve((args.flags['package-root'] as string) ?? io.env.RHOSO_BACKENDS_PACKAGE_ROOT ?? packagePathOf(list) ?? '.');
  const result = runPipeline(list.items, {
    packageRoot,
    functionConfig: list.functionConfig,
    operatorLine: args.flags['operator-line'] as OperatorLine | undefined,
    strict: Boolean(args.flags.strict),
  });
  io.stdout.write(stringifyResourceList(list.apiVersion, result.items, result.diagnostics, list.functionConfig));
  return hasErrors(result.diagnostics) ? EXIT_ERRORS : EXIT_OK;
}

/**
 * kpt runs an exec function in the caller's working directory, not in the
 * package, and tells where the package is through the package-path
 * annotation (absolute) on every item: the inventory's is the root its
 * files[].path resolve against (it may be a subpackage).
 */
function packagePathOf(list: ResourceList): string | undefined {
  const inventory = [list.functionConfig, ...list.items].find((it) => it && kindOf(it) === 'BackendInventory');
  const dir = inventory && annotationOf(inventory, PACKAGE_PATH_ANNOTATION);
  return dir && path.isAbsolute(dir) ? dir : undefined;
}
