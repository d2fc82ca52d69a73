/**
 * `plan-update PATH --to 18.0.4`: which partner image each back end needs for
 * a RHOSO minor update, and what blocks it. `--write` sets release.version,
 * release.targetVersion and every <repository>:<release> image in the
 * inventory, keeping the rest of the file byte for byte. `--check-registry`
 * asks the registries whether the needed tags exist (the only network use).
 * Exit 1 when something blocks the update or the input has errors.
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
import { parseArgs, UsageError } from './args.js';
import { displayPaths, EXIT_ERRORS, EXIT_OK, printDiagnostics, processIO, type CommandIO } from './output.js';

export const planUpdateFlags = {
  to: { value: true },
  write: {},
  format: { value: true, choices: ['text', 'json', 'markdown'] },
  'check-registry': {},
  authfile: { value: true },
};

type PlanFormat = 'text' | 'json' | 'markdown';

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
    printDiagnostics(displayPaths(sortDiagnostics([...diagnostics]), read.root, cwd), diagFormat, io.stderr);
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
    applyRegistryResults(plan, await checkTags(refs, { auth }));
  }

  const write = args.flags.write ? writeInventory(read.root, item, plan.edits) : undefined;
  relocate(plan, read.root, cwd);
  if (write?.file) write.file = path.relative(cwd, write.file).split(path.sep).join('/') || write.file;
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

/** Package-relative locations become paths the user can open from where they ran the command. */
function relocate(plan: UpdatePlan, root: string, cwd: string): void {
  const show = (file: string) => path.relative(cwd, path.join(root, file)).split(path.sep).join('/') || file;
  for (const r of plan.rows) r.location.file = show(r.location.file);
  if (plan.targetVersion?.location) plan.targetVersion.location.file = show(plan.targetVersion.location.file);
  plan.inventory = show(plan.inventory);
}
