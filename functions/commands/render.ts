/**
 * `render PATH...`: read a package (or any folder of YAML), expand the
 * inventory, print the applyable manifests to stdout. Diagnostics go to
 * stderr; on any error nothing is printed to stdout and the exit code is 1
 * (an empty stream would make Argo CD prune the cloud).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isSeq, type Document } from 'yaml';
import { readInputs } from '../lib/io/package.js';
import { applyableDocuments, stringifyStream } from '../lib/io/stream.js';
import { apiVersionOf, diagnosticAt, isKrm, type Item } from '../lib/io/resources.js';
import { findInventory } from '../lib/inventory/load.js';
import type { OperatorLine } from '../lib/inventory/model.js';
import { runPipeline } from '../lib/pipeline/run.js';
import { hasErrors, type Diagnostic } from '../lib/diagnostics/diagnostic.js';
import { didYouMean } from '../lib/diagnostics/did-you-mean.js';
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
  const broken = result.items
    .filter((it) => !isKrm(it) && ['apiVersion', 'kind', 'metadata'].some((k) => it.doc.hasIn([k])))
    .map((it) => diagnosticAt(it, [apiVersionOf(it) ? 'kind' : 'apiVersion'], { severity: 'error', rule: 'render', message: 'not a Kubernetes resource: apiVersion and kind must both be set, as strings', hint: 'fix them, or move this file out of the package' }));
  if (broken.length > 0) return { diagnostics: [...diagnostics, ...displayPaths(broken, read.root, paths)], summary: [] };
  const docs = applyableDocuments(result.items);
  if (docs.length === 0) {
    // An empty stream is never what the user wants: Argo CD would prune everything it manages.
    // Point at a document that is not a resource (often an inventory whose apiVersion/kind got lost), else at the input.
    const notResource = result.items.find((it) => !isKrm(it));
    const inventory = findInventory(read.items).item;
    const empty: Diagnostic = inventory
      ? diagnosticAt(inventory, emptyListIn(inventory) ?? ['spec'], { severity: 'error', rule: 'render', message: 'nothing to render: the inventory lists no back end, store, backup or mount, and the package holds no other resource', hint: 'add a back end, e.g. under spec.cinder.backends: [{name: ..., driver: ...}] (docs/inventory.md)' })
      : notResource
      ? diagnosticAt(notResource, ['kind'], { severity: 'error', rule: 'render', message: 'nothing to render: this document has no apiVersion and kind (string values), and the input holds no applyable resources', hint: 'an inventory starts with apiVersion: backends.rhoso.io/v1alpha1 and kind: BackendInventory' })
      : { severity: 'error', rule: 'render', message: `nothing to render: ${paths.join(' ')} holds no applyable resources`, hint: 'point render at the folder with the BackendInventory', ...emptyInputLocation(paths, read.root) };
    return { diagnostics: [...diagnostics, ...displayPaths([empty], read.root, paths)], summary: [] };
  }
  return { docs, diagnostics, summary: displayPaths(summaryLines(result), read.root, paths) };
}

/** Where an empty input is reported: the (first) path given, as given (displayPaths maps it back). */
function emptyInputLocation(paths: string[], root: string): Partial<Diagnostic> {
  return { file: path.relative(root, path.resolve(paths[0])) || '.', line: 1, column: 1 };
}

/** The first empty list of the inventory (`backends: []`), where the user left nothing to render. */
function emptyListIn(inventory: Item): string[] | undefined {
  const lists = [['spec', 'cinder', 'backends'], ['spec', 'manila', 'backends'], ['spec', 'glance', 'stores'], ['spec', 'cinder', 'backups'], ['spec', 'mounts']];
  return lists.find((at) => {
    const node = inventory.doc.getIn(at, true);
    return isSeq(node) && node.items.length === 0;
  });
}

export interface RenderSettings {
  operatorLine?: OperatorLine;
}

/**
 * Settings that arrive through the environment, weakest first:
 *   RHOSO_BACKENDS_OPERATOR_LINE       any CI
 *   ARGOCD_ENV_OPERATOR_LINE           Argo CD Application spec.source.plugin.env
 *   ARGOCD_APP_PARAMETERS              Argo CD plugin parameters (CMP v2): operator-line
 * Command-line flags override all of them. A value that is not allowed is an
 * error (with did-you-mean), never silently ignored.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv): { settings: RenderSettings; diagnostics: Diagnostic[] } {
  const settings: RenderSettings = {};
  const diagnostics: Diagnostic[] = [];
  const problem = (message: string, hint?: string) => diagnostics.push({ severity: 'error', rule: 'settings', message, hint });
  const apply = (source: string, name: string, value: string) => {
    const setting = SETTINGS[name];
    if (!setting) {
      problem(`${source}: unknown parameter "${name}"`, didYouMean(name, Object.keys(SETTINGS)) || `parameters: ${Object.keys(SETTINGS).join(', ')}`);
      return;
    }
    if (!setting.values.includes(value)) {
      problem(`${source}: "${value}" is not a value of ${name}`, didYouMean(value, setting.values) || `write one of: ${setting.values.join(', ')}`);
      return;
    }
    setting.set(settings, value);
  };
  for (const prefix of ['RHOSO_BACKENDS_', 'ARGOCD_ENV_']) {
    for (const name of Object.keys(SETTINGS)) {
      const variable = prefix + name.toUpperCase().replace(/-/g, '_');
      const value = env[variable];
      if (value !== undefined && value !== '') apply(variable, name, value);
    }
  }
  const raw = env.ARGOCD_APP_PARAMETERS;
  if (raw) {
    let params: unknown;
    try {
      params = JSON.parse(raw);
    } catch {
      params = undefined;
    }
    if (!Array.isArray(params)) {
      problem('ARGOCD_APP_PARAMETERS is not a JSON list of parameters', 'set parameters in the Application as spec.source.plugin.parameters: [{name: operator-line, string: main}]');
    } else {
      for (const p of params as Array<{ name?: unknown; string?: unknown }>) {
        if (typeof p?.name !== 'string') continue;
        if (typeof p.string !== 'string') {
          problem(`ARGOCD_APP_PARAMETERS: parameter "${p.name}" needs a string value`, `write {name: ${p.name}, string: ...}`);
          continue;
        }
        apply('ARGOCD_APP_PARAMETERS', p.name, p.string);
      }
    }
  }
  return { settings, diagnostics };
}

/** The settings the environment may carry; the Argo CD plugin.yaml declares the same parameters. */
const SETTINGS: Record<string, { values: string[]; set: (s: RenderSettings, v: string) => void }> = {
  'operator-line': { values: ['18-stable', 'main'], set: (s, v) => (s.operatorLine = v as OperatorLine) },
};
