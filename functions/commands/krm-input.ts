/**
 * Reading a ResourceList from stdin, shared by `fn` (mutator) and `validate`
 * with no PATH (kpt validator): decode, parse, and find the package root.
 */
import path from 'node:path';
import { PACKAGE_PATH_ANNOTATION, parseResourceList, type ResourceList } from '../lib/io/resource-list.js';
import { annotationOf, kindOf } from '../lib/io/resources.js';
import { decodeUtf8 } from '../lib/io/yaml.js';
import { printDiagnostics, type CommandIO } from './output.js';

/** The ResourceList on stdin, or undefined after printing why it cannot be read. */
export function readResourceListInput(io: CommandIO): ResourceList | undefined {
  const input = io.readStdin();
  const decoded = typeof input === 'string' ? { text: input } : decodeUtf8('<stdin>', input);
  if (decoded.text === undefined) {
    printDiagnostics([decoded.diagnostic!], 'text', io.stderr);
    return undefined;
  }
  const parsed = parseResourceList(decoded.text);
  if (!parsed.list) {
    printDiagnostics(parsed.diagnostics, 'text', io.stderr);
    return undefined;
  }
  return parsed.list;
}

/**
 * Where package-relative paths resolve: --package-root, RHOSO_BACKENDS_PACKAGE_ROOT,
 * else the package kpt says the inventory is in. kpt runs an exec function in
 * the caller's working directory, not in the package, and passes the
 * package's absolute path only in this annotation.
 */
export function packageRootFor(list: ResourceList, flag: string | undefined, io: CommandIO): string {
  return path.resolve(flag ?? io.env.RHOSO_BACKENDS_PACKAGE_ROOT ?? packagePathOf(list) ?? '.');
}

function packagePathOf(list: ResourceList): string | undefined {
  const inventory = [list.functionConfig, ...list.items].find((it) => it && kindOf(it) === 'BackendInventory');
  const dir = inventory && annotationOf(inventory, PACKAGE_PATH_ANNOTATION);
  return dir && path.isAbsolute(dir) ? dir : undefined;
}
