/**
 * `plan-update PATH --to 18.0.4`: which partner image each back end needs for
 * a RHOSO minor update, and what blocks it. `--write` sets release.version,
 * release.targetVersion and every <repository>:<release> image in the
 * inventory, keeping the rest of the file byte for byte. `--check-registry`
 * asks the registries whether the needed tags exist (the only network use).
 * Exit 1 when something blocks the update or the input has errors, 4 when
 * --check-registry could not reach a registry (nothing is known then).
 */
import fs from 'node:fs';
import path from 'node:path';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../lib/diagnostics/diagnostic.js';
import { readInputs } from '../lib/io/package.js';
import type { Item } from '../lib/io/resources.js';
import { findInventory } from '../lib/inventory/load.js';
import { loadStage } from '../lib/pipeline/load.js';
import { AuthFileError, loadAuthFiles } from '../lib/update/auth.js';
import { formatJson, formatMarkdown, formatText, type WriteOutcome } from '../lib/update/format.js';
import { applyRegistryResults, blockingRows, planUpdate, type ScalarEdit, type UpdatePlan } from '../lib/update/plan.js';
import { parseRelease } from '../lib/update/release.js';
import { rewriteScalars } from '../lib/update/rewrite.js';
import { COMMANDS } from './options.js';
import { parseArgs, UsageError } from './args.js';
import { displayPaths, pathShower, EXIT_ERRORS, EXIT_OK, printDiagnostics, processIO, type CommandIO } from './output.js';

export const planUpdateFlags = COMMANDS['plan-update'].options;

type PlanFormat = 'text' | 'json' | 'markdown';

/** --check-registry got no answer from a registry (DNS, refused, timeout): not the same as a blocked update (1). */
export const EXIT_UNREACHABLE = 4;

/** RHOSO_BACKENDS_REGISTRY_TIMEOUT: seconds per request (default 10). */
function registryTimeout(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.RHOSO_BACKENDS_REGISTRY_TIMEOUT;
  if (raw === undefined || raw === '') return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`RHOSO_BACKENDS_REGISTRY_TIMEOUT must be a number of seconds, not "${raw}"`);
  return seconds * 1000;
}

export async function planUpdateCommand(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const args = parseArgs(argv, planUpdateFlags);
  if (args.positional.length !== 1) throw new UsageError('plan-update needs one PATH: the package folder or the inventory file');
  const to = args.flags.to as string | undefined;
  if (!to) throw new UsageError('plan-update needs --to VERSION, the release to update to (e.g. --to 18.0.4)');
  if (!parseRelease(to)) throw new UsageError(`--to must be a release such as 18.0.4 (or the exact operator version 18.0.4-20250110.1), not "${to}"`);
  if (args.flags.authfile && !args.flags['check-registry']) throw new UsageError('--authfile is only used with --check-registry');
  const format = (args.flags.format as PlanFormat | undefined) ?? 'text';
  const diagFormat = format === 'json' ? 'json' : 'text';
  const cwd = process.cwd();

  const read = readInputs(args.positional);
  const fail = (diagnostics: Diagnostic[]) => {
    printDiagnostics(displayPaths(sortDiagnostics([...diagnostics]), read.root, args.positional, cwd), diagFormat, io.stderr);
    return EXIT_ERRORS;
  };
  if (hasErrors(read.diagnostics)) return fail(read.diagnostics);
  const found = findInventory(read.items);
  if (hasErrors(found.diagnostics)) return fail(found.diagnostics);
  if (!found.item) {
    return fail([{ severity: 'error', rule: 'plan-update', message: `no BackendInventory in ${args.positional[0]}`, hint: 'point plan-update at the package folder or the inventory file', file: args.positional[0] }]);
  }
  const item = found.item;
  // The pipeline's own load stage: schema, defaults, inventory rules, image catalog.
  const loaded = loadStage(item, read.root);
  if (!loaded.inventory || hasErrors(loaded.diagnostics)) return fail(loaded.diagnostics.filter((d) => d.severity === 'error'));
  const inventory = loaded.inventory;

  const planned = planUpdate({ inventory, inventoryItem: item, items: read.items, imageCatalog: loaded.imageCatalog, to });
  if (!planned.plan) return fail(planned.diagnostics);
  const plan = planned.plan;

  if (args.flags['check-registry']) {
    let auth;
    try {
      auth = loadAuthFiles(args.flags.authfile as string | undefined, io.env);
    } catch (err) {
      if (!(err instanceof AuthFileError)) throw err;
      return fail([{ severity: 'error', rule: 'plan-update', message: err.message, hint: 'give a Docker or Podman auth file: {"auths": {"<registry>": {"auth": "<base64 user:password>"}}}' }]);
    }
    const { checkTags } = await import('../lib/update/registry.js');
    const refs = plan.rows.map((r) => r.needed).filter((r): r is string => !!r);
    const results = await checkTags(refs, { auth, timeoutMs: registryTimeout(io.env) });
    const unreachable = [...results.values()].filter((r) => r.result === 'unreachable');
    if (unreachable.length > 0) {
      // Not "the update is blocked": nothing is known about the tags. Say which registry and why, write nothing.
      const hosts = [...new Map(unreachable.map((r) => [r.host, r.detail])).values()];
      io.stderr.write(
        `rhoso-backends plan-update: error: the registry could not be reached, so the tags were not checked:\n${hosts.map((d) => `  ${d}\n`).join('')}` +
          `Nothing was written. Check the network or proxy, or run without --check-registry for the offline plan.\n`,
      );
      return EXIT_UNREACHABLE;
    }
    applyRegistryResults(plan, results);
  }

  const write = args.flags.write ? writeInventory(read.root, item, plan.edits) : undefined;
  const show = pathShower(read.root, args.positional, cwd);
  relocate(plan, show);
  if (write?.file) write.file = show(path.relative(read.root, write.file));
  io.stdout.write(format === 'json' ? formatJson(plan, write) : format === 'markdown' ? formatMarkdown(plan, write) : formatText(plan, write));
  return blockingRows(plan).length > 0 || (write?.problems.length ?? 0) > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Applies the edits to the inventory file in place (atomically), keeping every other byte. */
function writeInventory(root: string, item: Item, edits: ScalarEdit[]): WriteOutcome {
  if (edits.length === 0) return { applied: [], problems: [] };
  const text = item.file!.text;
  const result = rewriteScalars(text, item.doc, item.index, edits);
  const applied = edits.filter((e) => !result.problems.some((p) => p.edit === e));
  if (result.text === text) return { applied: [], problems: result.problems };
  const target = fs.realpathSync(path.join(root, item.path));
  const temp = `${target}.rhoso-backends-${process.pid}.tmp`;
  fs.writeFileSync(temp, result.text, { mode: fs.statSync(target).mode & 0o7777 });
  fs.renameSync(temp, target);
  return { file: path.join(root, item.path), applied, problems: result.problems };
}

/** Package-relative locations become the paths the user gave. */
function relocate(plan: UpdatePlan, show: (file: string) => string): void {
  for (const r of plan.rows) r.location.file = show(r.location.file);
  if (plan.targetVersion?.location) plan.targetVersion.location.file = show(plan.targetVersion.location.file);
  plan.inventory = show(plan.inventory);
}
