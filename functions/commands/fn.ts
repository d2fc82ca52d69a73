/**
 * `fn`: the KRM function. ResourceList on stdin, ResourceList on stdout
 * (with spec results), exit 1 when a result is an error. Used by
 * `kpt fn render` (exec or container) as mutator and validator.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hasErrors } from '../lib/diagnostics/diagnostic.js';
import { parseResourceList, stringifyResourceList } from '../lib/io/resource-list.js';
import { runPipeline } from '../lib/pipeline/run.js';
import type { OperatorLine } from '../lib/inventory/model.js';
import { parseArgs } from './args.js';
import { EXIT_ERRORS, EXIT_OK, printDiagnostics } from './output.js';

export const fnFlags = {
  'operator-line': { value: true, choices: ['18-stable', 'main'] },
  strict: {},
  'package-root': { value: true },
};

export async function fnCommand(argv: string[], stdinText?: string): Promise<number> {
  const args = parseArgs(argv, fnFlags);
  const text = stdinText ?? fs.readFileSync(0, 'utf8');
  const parsed = parseResourceList(text);
  if (!parsed.list) {
    printDiagnostics(parsed.diagnostics, 'text');
    return EXIT_ERRORS;
  }
  const { list } = parsed;
  // kpt runs exec functions in the package directory; files[].path resolve there.
  const packageRoot = path.resolve((args.flags['package-root'] as string) ?? process.env.RHOSO_BACKENDS_PACKAGE_ROOT ?? '.');
  const result = runPipeline(list.items, {
    packageRoot,
    functionConfig: list.functionConfig,
    operatorLine: args.flags['operator-line'] as OperatorLine | undefined,
    strict: Boolean(args.flags.strict),
  });
  process.stdout.write(stringifyResourceList(list.apiVersion, result.items, result.diagnostics, list.functionConfig));
  return hasErrors(result.diagnostics) ? EXIT_ERRORS : EXIT_OK;
}
