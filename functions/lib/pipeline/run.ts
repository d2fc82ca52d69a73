/**
 * The pipeline, as a straight line of stages:
 *   find inventory -> load (schema) -> inventory rules -> expand -> merge -> manifest rules
 * Each stage returns diagnostics; a stage with errors stops the line, so no
 * partial output is ever produced. Nothing here reads stdin or prints.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { expand } from '../expand/index.js';
import type { Expansion } from '../expand/plan.js';
import type { Item } from '../io/resources.js';
import { findInventory, loadInventory } from '../inventory/load.js';
import type { Inventory, OperatorLine } from '../inventory/model.js';
import { inventoryRules } from '../rules/inventory/index.js';
import { manifestRules } from '../rules/manifest/index.js';
import { runRules } from '../rules/rule.js';
import { merge, pruneAll } from './merge.js';

export interface RunOptions {
  /** Absolute package root: package-relative paths resolve inside it. */
  packageRoot: string;
  functionConfig?: Item;
  /** Overrides spec.operatorLine (Argo CD parameter, --operator-line). */
  operatorLine?: OperatorLine;
  strict?: boolean;
}

export interface RunResult {
  items: Item[];
  diagnostics: Diagnostic[];
  inventory?: Inventory;
  expansion?: Expansion;
  ok: boolean;
}

export function runPipeline(input: Item[], options: RunOptions): RunResult {
  const diagnostics: Diagnostic[] = [];
  const done = (items: Item[], extra: Partial<RunResult> = {}): RunResult => {
    sortDiagnostics(diagnostics);
    return { items, diagnostics, ok: !hasErrors(diagnostics), ...extra };
  };

  const found = findInventory(input, options.functionConfig);
  diagnostics.push(...found.diagnostics);
  if (hasErrors(diagnostics)) return done(input);

  if (!found.item) {
    // No inventory: remove what an earlier run generated, then check what is left.
    const pruned = pruneAll(input).items;
    diagnostics.push(...check(pruned, undefined, options));
    return done(pruned);
  }

  const loaded = loadInventory(found.item);
  diagnostics.push(...loaded.diagnostics);
  const inventory = loaded.inventory;
  if (!inventory || hasErrors(diagnostics)) return done(input);
  if (options.operatorLine) inventory.operatorLine = options.operatorLine;

  diagnostics.push(...runRules(inventoryRules, { inventory, item: found.item, packageRoot: options.packageRoot }));
  if (hasErrors(diagnostics)) return done(input, { inventory });

  const ctx = { inventory, inventoryItem: found.item, packageRoot: options.packageRoot, diagnostics };
  const expansion = expand(ctx);
  if (hasErrors(diagnostics)) return done(input, { inventory, expansion });

  const merged = merge(input, expansion, inventory, found.item);
  diagnostics.push(...merged.diagnostics);
  if (hasErrors(diagnostics)) return done(input, { inventory, expansion });

  diagnostics.push(...check(merged.items, inventory, options));
  return done(hasErrors(diagnostics) ? input : merged.items, { inventory, expansion });
}

function check(items: Item[], inventory: Inventory | undefined, options: RunOptions): Diagnostic[] {
  return runRules(manifestRules, {
    items,
    inventory,
    mode: inventory ? 'render' : 'validate',
    strict: options.strict ?? false,
    operatorLine: options.operatorLine ?? inventory?.operatorLine ?? '18-stable',
  });
}
