/**
 * The read stage for the files an inventory names (files[].path of a back
 * end, a Ceph cluster's conf and keyring): read once, safely (inside the
 * package, no symlinks out), before expansion, so expanders never touch the
 * file system. Keyed by the path as written in the inventory.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { resolveInside } from '../io/package-path.js';
import { diagnosticAt, type Item } from '../io/resources.js';
import type { FieldPath, Inventory } from './model.js';

export type PackageFiles = ReadonlyMap<string, Buffer>;

/** Every package-relative path the inventory names, with the field that names it. */
export function packageFileRefs(inventory: Inventory): Array<{ rel: string; at: FieldPath }> {
  const refs: Array<{ rel: string; at: FieldPath }> = [];
  for (const b of [...inventory.cinder.backends, ...inventory.manila.backends]) b.files.forEach((f, i) => f.path && refs.push({ rel: f.path, at: [...b.at, 'files', i, 'path'] }));
  for (const c of inventory.ceph) {
    if (c.files) refs.push({ rel: c.files.conf, at: [...c.at, 'files', 'conf'] }, { rel: c.files.keyring, at: [...c.at, 'files', 'keyring'] });
    // Per-service users' keyrings (files.keyrings.<user>).
    for (const [user, rel] of Object.entries(c.files?.keyrings ?? {})) refs.push({ rel, at: [...c.at, 'files', 'keyrings', user] });
  }
  return refs;
}

export function readPackageFiles(inventory: Inventory, inventoryItem: Item, packageRoot: string): { files: PackageFiles; diagnostics: Diagnostic[] } {
  const files = new Map<string, Buffer>();
  const diagnostics: Diagnostic[] = [];
  const baseDir = path.resolve(packageRoot, path.dirname(inventoryItem.path || '.'));
  for (const { rel, at } of packageFileRefs(inventory)) {
    if (files.has(rel)) continue;
    const { abs, problem } = resolveInside(packageRoot, baseDir, rel);
    if (!abs) {
      diagnostics.push(diagnosticAt(inventoryItem, at, { severity: 'error', rule: 'RB006', message: `path "${rel}" ${problem}`, hint: 'give a path inside the package, relative to the inventory file, e.g. files/config.xml' }));
      continue;
    }
    try {
      files.set(rel, fs.readFileSync(abs));
    } catch (err) {
      diagnostics.push(diagnosticAt(inventoryItem, at, { severity: 'error', rule: 'RB006', message: `path "${rel}" cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, hint: 'give a readable file inside the package' }));
    }
  }
  return { files, diagnostics };
}
