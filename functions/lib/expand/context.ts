/**
 * What every expander gets: the inventory, the package files the read stage
 * read for it, and a place to report problems. Expanders never print and
 * never touch the file system.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, type Item } from '../io/resources.js';
import type { PackageFiles } from '../inventory/package-files.js';
import type { FieldPath, Inventory } from '../inventory/model.js';

export interface ExpandContext {
  inventory: Inventory;
  inventoryItem: Item;
  /** The files the inventory names, read by the read stage (inventory/package-files.ts). */
  files: PackageFiles;
  /** This expansion's own findings; expand() returns them. */
  diagnostics: Diagnostic[];
  /** The OpenStackControlPlane the package already holds (transformer mode); absent in generator mode. */
  controlPlane?: Item;
}

export function reportAt(ctx: ExpandContext, at: FieldPath, severity: Diagnostic['severity'], rule: string, message: string, hint?: string): void {
  ctx.diagnostics.push(diagnosticAt(ctx.inventoryItem, at, { severity, rule, message, hint }));
}

/** A file the read stage read; a path it did not read is reported (at `at`), never read here. */
export function readPackageFile(ctx: ExpandContext, rel: string, at: FieldPath): Buffer | undefined {
  const content = ctx.files.get(rel);
  if (content === undefined) reportAt(ctx, at, 'error', 'RB006', `path "${rel}" was not read with the package`, 'give a path inside the package, relative to the inventory file');
  return content;
}
