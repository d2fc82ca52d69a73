/**
 * Renders a package in-process and runs the render self-check (RB160-RB169)
 * on the rendered objects, as they are or after a fault was seeded into the
 * rendered OpenStackControlPlane.
 */
import { buildManifestIndex } from '../../functions/lib/manifest/manifest-index.js';
import type { Document } from 'yaml';
import type { Diagnostic } from '../../functions/lib/diagnostics/diagnostic.js';
import { readInputs } from '../../functions/lib/io/package.js';
import { kindOf, type Item } from '../../functions/lib/io/resources.js';
import { findInventory } from '../../functions/lib/inventory/load.js';
import type { Inventory } from '../../functions/lib/inventory/model.js';
import { runPipeline } from '../../functions/lib/pipeline/run.js';
import { selfCheckRules } from '../../functions/lib/rules/manifest/index.js';
import { runRules } from '../../functions/lib/rules/rule.js';

export interface Render {
  items: Item[];
  inventory: Inventory;
  diagnostics: Diagnostic[];
}

export function render(dir: string): Render {
  const read = readInputs([dir]);
  const r = runPipeline(read.items, { packageRoot: read.root });
  if (!r.ok || !r.inventory) throw new Error(`${dir} does not render: ${JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'))}`);
  return { items: r.items, inventory: r.inventory, diagnostics: r.diagnostics };
}

export function selfCheck(items: Item[], inventory: Inventory): Diagnostic[] {
  return runRules(selfCheckRules, {
    items,
    index: buildManifestIndex(items),
    inventory,
    mode: 'render',
    strict: false,
    operatorLine: inventory.operatorLine,
    inventoryItem: findInventory(items).item,
  });
}

/** A copy of the rendered items with `fault` applied to the control plane document. */
export function seeded(items: Item[], fault: (controlPlane: Document) => void): Item[] {
  return items.map((it) => {
    if (kindOf(it) !== 'OpenStackControlPlane') return it;
    const doc = it.doc.clone() as Document;
    fault(doc);
    return { ...it, doc };
  });
}

/** Rewrites one `key = value` line of the INI string at `path`. */
export function editIni(doc: Document, path: (string | number)[], key: string, value: string): void {
  const text = String(doc.getIn(path));
  const re = new RegExp(`^${key} = .*$`, 'm');
  if (!re.test(text)) throw new Error(`no ${key} in ${path.join('.')}`);
  doc.setIn(path, text.replace(re, `${key} = ${value}`));
}

/** Appends an extraVol entry (one volume, one mount) to an extraMounts list. */
export function addVolume(doc: Document, list: (string | number)[], name: string, propagation: string[], volume: Record<string, unknown>, mount: Record<string, unknown>): void {
  const existing = (doc.getIn(list) as { toJSON(): unknown[] } | undefined)?.toJSON() ?? [];
  doc.setIn(list, doc.createNode([...existing, { name, extraVol: [{ propagation, volumes: [{ name, ...volume }], mounts: [{ name, ...mount }] }] }]));
}
