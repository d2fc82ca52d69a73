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

  const result = await validatePaths(args.positional, options);
  // The findings are validate's result: as JSON they go to stdout (`> findings.json`); as text, to stderr with the other diagnostics.
  printDiagnostics(result.diagnostics, format, format === 'json' ? io.stdout : io.stderr);
  if (format === 'text') io.stderr.write(summary(result.diagnostics, result.files, result.scopes));
  return hasErrors(result.diagnostics) ? EXIT_ERRORS : EXIT_OK;
}

/**
 * Validates files and folders, each scope (package) on its own
 * (lib/io/scopes.ts); diagnostics carry paths relative to the working directory.
 */
export async function validatePaths(paths: string[], options: ManifestCheckOptions): Promise<{ diagnostics: Diagnostic[]; files: number; scopes: number }> {
  const { readScopes } = await import('../lib/io/scopes.js');
  const read = readScopes(paths);
  const found: Diagnostic[] = read.diagnostics.map(({ diagnostic, root }) => displayPaths([diagnostic], root, paths)[0]);
  for (const input of read.empty) found.push({ severity: 'error', rule: 'io/empty', message: `nothing was validated: ${input} holds no YAML document`, file: input, line: 1, column: 1, hint: 'name a folder or file with an inventory or the control plane manifests' });
  let files = 0;
  for (const scope of read.scopes) {
    // A file that does not parse is reported above; the rest of its scope is still checked.
    const items = scope.items.filter((it) => !scope.broken.has(it.path));
    if (items.length === 0) continue;
    files += new Set(items.map((i) => i.path)).size;
    const findings = await check(items, options, scope.root);
    found.push(...displayPaths(scope.kind === 'files' ? findings.map(notInFilesGiven) : findings, scope.root, paths));
  }
  if (files === 0 && read.empty.length === 0 && !hasErrors(found)) {
    found.push({ severity: 'error', rule: 'io/empty', message: `nothing was validated: ${paths.join(', ')} holds no YAML document that could be read`, file: paths[0], line: 1, column: 1, hint: 'name a folder or file with an inventory or the control plane manifests' });
  }
  return { diagnostics: sortDiagnostics(found), files, scopes: read.scopes.length };
}

/** Rules whose finding is "X is not in the input": with files named one by one, say the package was not read whole. */
const PRESENCE_RULES = new Set(['RB108', 'RB136']);

function notInFilesGiven(d: Diagnostic): Diagnostic {
  if (!PRESENCE_RULES.has(d.rule)) return d;
  const note = 'only the files named were read (no Kptfile or kustomization.yaml marks their package): name the folder to check it whole';
  return { ...d, hint: d.hint ? `${d.hint}; ${note}` : note };
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

function summary(diagnostics: readonly Diagnostic[], files: number, scopes: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return `${errors} error(s), ${warnings} warning(s) in ${files} file(s)${scopes > 1 ? ` of ${scopes} packages, each validated on its own` : ''}\n`;
}
