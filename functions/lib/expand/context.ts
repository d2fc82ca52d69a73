/**
 * What every expander gets: the inventory, a way to read package files
 * safely, and a place to report problems. Expanders never print and never
 * touch the file system directly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveInside } from '../io/package-path.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, type Item } from '../io/resources.js';
import type { FieldPath, Inventory } from '../inventory/model.js';

export interface ExpandContext {
  inventory: Inventory;
  inventoryItem: Item;
  /** Absolute package root; package-relative paths may not leave it. */
  packageRoot: string;
  diagnostics: Diagnostic[];
  /** The OpenStackControlPlane the package already holds (transformer mode); absent in generator mode. */
  controlPlane?: Item;
}

export function reportAt(ctx: ExpandContext, at: FieldPath, severity: Diagnostic['severity'], rule: string, message: string, hint?: string): void {
  ctx.diagnostics.push(diagnosticAt(ctx.inventoryItem, at, { severity, rule, message, hint }));
}

/** Resolves a package-relative path (relative to the inventory file's folder) safely. */
export function resolvePackagePath(ctx: ExpandContext, rel: string): { abs?: string; problem?: string } {
  return resolveInside(ctx.packageRoot, path.resolve(ctx.packageRoot, path.dirname(ctx.inventoryItem.path || '.')), rel);
}

/** Reads a package file, reporting (at `at`) and returning undefined when it cannot. */
export function readPackageFile(ctx: ExpandContext, rel: string, at: FieldPath): Buffer | undefined {
  const { abs, problem } = resolvePackagePath(ctx, rel);
  if (!abs) {
    reportAt(ctx, at, 'error', 'RB006', `path "${rel}" ${problem}`, 'give a path inside the package, relative to the inventory file, e.g. files/config.xml');
    return undefined;
  }
  return fs.readFileSync(abs);
}
