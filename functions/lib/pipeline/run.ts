/**
 * The pipeline, as a straight line of stages:
 *   find inventory -> load (schema and defaults, inventory rules, image catalog)
 *   -> read package files -> expand -> merge (merge rules) -> manifest rules
 * Each stage returns its result and diagnostics, and writes into no earlier stage's value; a stage with errors stops the line, so no
 * partial output is ever produced. Nothing here reads stdin or prints.
 */
import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { expand } from '../expand/index.js';
import { expandDataPlane } from '../expand/dataplane.js';
import { applyDataPlane } from '../dataplane/apply.js';
import type { Expansion } from '../expand/plan.js';
import { kindOf, nameOf, namespaceOf, toObject, type Item } from '../io/resources.js';
import { findInventory } from '../inventory/load.js';
import { readPackageFiles } from '../inventory/package-files.js';
import type { Inventory, OperatorLine } from '../inventory/model.js';
import { buildManifestIndex } from '../manifest/manifest-index.js';
import { manifestRules, type ManifestRuleContext } from '../rules/manifest/index.js';
import { mergeRules } from '../rules/merge/index.js';
import { runRules } from '../rules/rule.js';
import { withProviders } from '../secrets/index.js';
import { loadStage } from './load.js';
import { adoptionNotes, objectAdoptionNotes, type Adoption } from './adopt.js';
import type { AdoptedObject } from '../dataplane/adopt-objects.js';
import { merge, pruneAll } from './merge.js';

export interface RunOptions {
  /** Absolute package root: package-relative paths resolve inside it. */
  packageRoot: string;
  functionConfig?: Item;
  /** Overrides spec.operatorLine (Argo CD parameter, --operator-line). */
  operatorLine?: OperatorLine;
  strict?: boolean;
  /**
   * What an earlier render wrote outside the input (a committed --output-dir):
   * its OpenStackVersion is the previous release when the input holds none (RB300).
   */
  previousOutput?: Item[];
}

export interface RunResult {
  items: Item[];
  diagnostics: Diagnostic[];
  inventory?: Inventory;
  expansion?: Expansion;
  /** Hand-written entries merge adopted in this run (what `adopt` deletes). */
  adopted?: Adoption[];
  /** Hand-written data-plane objects (nova ConfigMap, service) the inventory generates and adopted (what `adopt` deletes). */
  adoptedObjects?: AdoptedObject[];
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
    const pruned = pruneAll(input.map(cloneItem)).items;
    applyDataPlane(pruned, [], undefined, undefined);
    diagnostics.push(...check(pruned, undefined, options));
    return done(hasErrors(diagnostics) ? input : pruned);
  }

  const loaded = loadStage(found.item, options.packageRoot, { operatorLine: options.operatorLine });
  diagnostics.push(...loaded.diagnostics);
  const inventory = loaded.inventory;
  if (!inventory || hasErrors(diagnostics)) return done(input, inventory ? { inventory } : {});

  const read = readPackageFiles(inventory, found.item, options.packageRoot);
  diagnostics.push(...read.diagnostics);
  if (hasErrors(diagnostics)) return done(input, { inventory });

  const expandInput = { inventory, inventoryItem: found.item, files: read.files, controlPlane: targetOf(input, inventory, 'OpenStackControlPlane') };
  const expanded = expand(expandInput);
  diagnostics.push(...expanded.diagnostics);
  // The computes: where each NodeSet lives (package, values ConfigMap, nowhere) decides the output.
  const dataPlaneContext = { ...expandInput, diagnostics: [] as Diagnostic[] };
  const computes = expandDataPlane(dataPlaneContext, input);
  diagnostics.push(...dataPlaneContext.diagnostics);
  const expansion = { ...expanded.expansion, resources: [...expanded.expansion.resources, ...computes.resources] };
  const adoptedObjects = computes.adopted;
  if (hasErrors(diagnostics)) return done(input, { inventory, expansion, adoptedObjects });

  // Merge edits the package's documents in place: keep the version as it was, for RB300.
  const previousVersion = versionOf(input, inventory) ?? versionOf(options.previousOutput ?? [], inventory);
  // Merge and prune edit documents in place: they get copies, so a failed run hands back the input untouched.
  // Merge never edits the inventory (as large as the estate): it is not copied.
  const merged = merge(input.map((it) => (it === found.item ? it : cloneItem(it))), expansion, inventory, found.item);
  diagnostics.push(...merged.diagnostics, ...runRules(mergeRules, { conflicts: merged.conflicts, inventoryItem: found.item }), ...adoptionNotes(merged.adopted));
  diagnostics.push(...applyDataPlane(merged.items, computes.plans, inventory, found.item), ...objectAdoptionNotes(computes.adopted));
  if (hasErrors(diagnostics)) return done(input, { inventory, expansion, adoptedObjects });
  // Judged on the merged package: what an earlier run generated and this one prunes provides nothing.
  const withProvided = { ...expansion, externalSecrets: withProviders(expansion.externalSecrets, merged.items, inventory.controlPlane.namespace) };

  diagnostics.push(
    ...check(merged.items, inventory, options, { inventoryItem: found.item, imageCatalog: loaded.imageCatalog, previousVersion, external: withProvided.externalSecrets.map((s) => s.name) }),
  );
  return done(hasErrors(diagnostics) ? input : merged.items, { inventory, expansion: withProvided, adopted: merged.adopted, adoptedObjects });
}

function check(items: Item[], inventory: Inventory | undefined, options: RunOptions, extra: Partial<Omit<ManifestRuleContext, 'items' | 'index'>> = {}): Diagnostic[] {
  return runRules(manifestRules, {
    items,
    index: buildManifestIndex(items),
    inventory,
    mode: inventory ? 'render' : 'validate',
    strict: options.strict ?? false,
    operatorLine: options.operatorLine ?? inventory?.operatorLine ?? '18-stable',
    ...extra,
  });
}

const cloneItem = (it: Item): Item => ({ ...it, doc: it.doc.clone() as Document });

/** The package's control plane or version the inventory names (merge edits the same one). */
function targetOf(items: readonly Item[], inventory: Inventory, kind: string): Item | undefined {
  const cp = inventory.controlPlane;
  return items.find((i) => kindOf(i) === kind && nameOf(i) === cp.name && (!namespaceOf(i) || namespaceOf(i) === cp.namespace));
}

/** The control plane's OpenStackVersion as plain data, if the package holds one. */
function versionOf(items: readonly Item[], inventory: Inventory): Record<string, any> | undefined {
  const it = targetOf(items, inventory, 'OpenStackVersion');
  return it ? toObject(it) : undefined;
}
