/**
 * `validate [PATH...]`: check inventories and hand-written
 * OpenStackControlPlane / OpenStackVersion / Secret files, for pre-commit
 * and CI. With no PATH it is a kpt validator: a ResourceList on stdin comes
 * back unchanged on stdout with the results. Exit 1 on any error.
 */
import type { Diagnostic } from '../lib/diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../lib/diagnostics/diagnostic.js';
import type { Item } from '../lib/io/resources.js';
import { findInventory } from '../lib/inventory/load.js';
import type { OperatorLine } from '../lib/inventory/model.js';
import { checkManifests, type ManifestCheckOptions } from '../lib/rules/manifest/check.js';
import { COMMANDS } from './options.js';
import { parseArgs, UsageError, type ParsedArgs } from './args.js';
import { didYouMean } from '../lib/diagnostics/did-you-mean.js';
import { diagnosticAt, kindOf } from '../lib/io/resources.js';
import { displayPaths, EXIT_ERRORS, EXIT_OK, printDiagnostics, processIO, type CommandIO, type Format } from './output.js';

export const validateFlags = COMMANDS['validate'].options;

export async function validateCommand(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const args = parseArgs(argv, validateFlags);
  const format = (args.flags.format as Format) ?? 'text';
  const options = checkOptions(args.flags);

  if (args.positional.length === 0) {
    const { stringifyResourceList } = await import('../lib/io/resource-list.js');
    const { packageRootFor, readResourceListInput } = await import('./krm-input.js');
    const list = readResourceListInput(io);
    if (!list) return EXIT_ERRORS;
    const configured = configMapFlags(list.functionConfig);
    if (configured.diagnostics.length > 0) {
      io.stdout.write(stringifyResourceList(list.apiVersion, list.items, configured.diagnostics, list.functionConfig));
      return EXIT_ERRORS;
    }
    // Command-line flags (in `exec:`) win over the ConfigMap.
    const flags = { ...configured.flags, ...args.flags };
    const packageRoot = packageRootFor(list, flags['package-root'] as string | undefined, io);
    const diagnostics = await check(list.items, checkOptions(flags), packageRoot, list.functionConfig);
    // A validator never changes the resources: the input items go back as they came.
    io.stdout.write(stringifyResourceList(list.apiVersion, list.items, diagnostics, list.functionConfig));
    return hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK;
  }

  const { readInputs } = await import('../lib/io/package.js');
  const read = readInputs(args.positional);
  const found = hasErrors(read.diagnostics) ? [...read.diagnostics] : [...read.diagnostics, ...(await check(read.items, options, read.root))];
  const diagnostics = displayPaths(sortDiagnostics(found), read.root, args.positional);
  // The findings are validate's result: as JSON they go to stdout (`> findings.json`); as text, to stderr with the other diagnostics.
  printDiagnostics(diagnostics, format, format === 'json' ? io.stdout : io.stderr);
  if (format === 'text') io.stderr.write(summary(diagnostics, new Set(read.items.map((i) => i.path)).size));
  return hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK;
}

function checkOptions(flags: ParsedArgs['flags']): ManifestCheckOptions {
  const release = flags.release as string | undefined;
  if (release !== undefined && !/^\d+\.\d+\.\d+$/.test(release)) throw new UsageError(`--release must be a RHOSO release such as 18.0.3, not "${release}"`);
  return {
    operatorLine: flags['operator-line'] as OperatorLine | undefined,
    strict: Boolean(flags.strict),
    release,
    allowedRegistries: flags['allowed-registry'] as string[] | undefined,
    requireDigest: flags['require-digest'] ? true : undefined,
    external: flags.external as string[] | undefined,
  };
}

/**
 * As a kpt validator, options may come as a ConfigMap functionConfig
 * (`configMap:` in the Kptfile): its data keys are the option names,
 * `"true"` turns a flag on, repeatable options take a comma-separated list.
 * An unknown key or a wrong value is an error result, never ignored.
 */
function configMapFlags(functionConfig: Item | undefined): { flags: ParsedArgs['flags']; diagnostics: Diagnostic[] } {
  if (!functionConfig || kindOf(functionConfig) !== 'ConfigMap') return { flags: {}, diagnostics: [] };
  const data = functionConfig.doc.toJS()?.data ?? {};
  const diagnostics: Diagnostic[] = [];
  const flags: ParsedArgs['flags'] = {};
  const problem = (key: string, message: string, hint: string) => diagnostics.push(diagnosticAt(functionConfig, ['data', key], { severity: 'error', rule: 'validate', message, hint }));
  const allowed = Object.keys(validateFlags).filter((k) => k !== 'format');
  for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
    const spec = allowed.includes(key) ? validateFlags[key] : undefined;
    if (!spec) {
      problem(key, `unknown validate option "${key}" in the functionConfig`, didYouMean(key, allowed) || `options: ${allowed.join(', ')}`);
      continue;
    }
    const value = String(raw);
    const argv = !spec.value ? (value === 'true' ? [`--${key}`] : value === 'false' ? [] : undefined) : (spec.repeat ? value.split(',').map((v) => v.trim()).filter(Boolean) : [value]).flatMap((v) => [`--${key}`, v]);
    if (!argv) {
      problem(key, `${key} is "true" or "false", not "${value}"`, `write ${key}: "true"`);
      continue;
    }
    try {
      const parsed = parseArgs(argv, validateFlags).flags;
      checkOptions(parsed);
      Object.assign(flags, parsed);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      problem(key, err.message.replace(/^--/, ''), spec.choices ? `write one of: ${spec.choices.join(', ')}` : `write ${key}: ${spec.value}`);
    }
  }
  return { flags, diagnostics };
}

/** An inventory in the input means "check what render would produce"; otherwise check the manifests as written. */
export async function check(items: Item[], options: ManifestCheckOptions, packageRoot: string, functionConfig?: Item): Promise<Diagnostic[]> {
  const found = findInventory(items, functionConfig);
  if (found.item || found.diagnostics.length > 0) {
    const { runPipeline } = await import('../lib/pipeline/run.js');
    return runPipeline(items, { packageRoot, functionConfig, operatorLine: options.operatorLine, strict: options.strict }).diagnostics;
  }
  return checkManifests(items, options);
}

function summary(diagnostics: readonly Diagnostic[], files: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return `${errors} error(s), ${warnings} warning(s) in ${files} file(s)\n`;
}
