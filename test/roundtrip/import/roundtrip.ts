/**
 * One round trip of a hand-written control plane C (sources.ts), in-process:
 *
 *   (fill a Jinja2 template's variables, fix the listed published bugs render
 *   refuses) -> import C's package -> fill the listed placeholders -> write
 *   the inventory into a copy of C's package -> render over it unchanged
 *   (adoption: no flag day) -> hand over what the inventory now owns, as
 *   `adopt` does, and delete what differs (the README workflow) -> render ->
 *   compare the rendered control plane with C as published
 *   (test/support/storage-compare.ts) -> import the rendered package (the
 *   tool's own labels and annotations stripped) -> the same inventory.
 *
 * Every step's problems are returned as readable lines; the test decides.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments, parseDocument, type Document } from 'yaml';
import { formatText } from '../../../functions/lib/diagnostics/format.js';
import type { OwnedEntry } from '../../../functions/lib/expand/plan.js';
import { importPackage } from '../../../functions/lib/import/index.js';
import { readInputs } from '../../../functions/lib/io/package.js';
import { STRINGIFY_OPTIONS, YAML_OPTIONS } from '../../../functions/lib/io/yaml.js';
import { kindOf, nameOf, type Item } from '../../../functions/lib/io/resources.js';
import { isInventory } from '../../../functions/lib/inventory/load.js';
import { listItemPointer, MOUNT_LISTS } from '../../../functions/lib/pipeline/adopt.js';
import { handOver } from '../../../functions/lib/pipeline/hand-over.js';
import { merge } from '../../../functions/lib/pipeline/merge.js';
import { runPipeline, type RunResult } from '../../../functions/lib/pipeline/run.js';
import { compareStorage, storageSideOf } from '../../support/storage-compare.js';
import { stripToolMetadata } from '../../support/strip-tool-metadata.js';
import { JINJA, type Source } from './sources.js';

/** A value the test writes where import left a placeholder, and why. */
export interface Fill {
  field: (string | number)[];
  value: unknown;
  reason: string;
}

/**
 * A change the test makes to C's package before import, and why: a published
 * bug that makes render refuse the package (render checks all of it), fixed
 * the way validate's message says. The comparison is still with C as published.
 */
export interface SourceFix {
  /** A file of the package (sources.ts names them). */
  file: string;
  /** The document's metadata.name, when the file holds several that have the field. */
  name?: string;
  path: (string | number)[];
  /** The new value; absent (and no renameTo): the field is deleted. */
  value?: unknown;
  /** The map key at `path` is renamed, its value kept. */
  renameTo?: string;
  reason: string;
}

export interface Outcome {
  /** Errors that stopped import (formatted diagnostics). */
  importErrors: string[];
  /** Placeholders with no listed fill: `field: what`. */
  unfilled: string[];
  /** Errors of render over C's unchanged package with the inventory added (adoption: no flag day). */
  adoptionErrors: string[];
  /** Errors render gave on the imported inventory over C's package, what it owns deleted. */
  renderErrors: string[];
  /** The rendered storage against C's. */
  differences: string[];
  /** Secrets C sends to pods that never read them, no longer sent. */
  overShared: string[];
  /** Where a second import (of the rendered package) differs from the first inventory. */
  fixedPoint: string[];
  /** The imported inventory, placeholders filled (for messages). */
  inventoryText?: string;
}

const INVENTORY_FILE = 'zz-imported-inventory.yaml';

export function roundTrip(source: Source, fills: readonly Fill[], fixes: readonly SourceFix[] = [], jinja: Readonly<Record<string, string>> = {}): Outcome {
  const out: Outcome = { importErrors: [], unfilled: [], adoptionErrors: [], renderErrors: [], differences: [], overShared: [], fixedPoint: [] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-import-roundtrip-'));
  try {
    // A Jinja2 template is filled in as Ansible would, with the listed values; the result is the source.
    const unset = (source.jinja ?? []).filter((v) => !(v.replace(/[{}\s]/g, '') in jinja));
    if (unset.length) {
      out.importErrors = unset.map((v) => `the test does not fill in the Jinja2 variable ${v} (list it under jinja:)`);
      return out;
    }
    for (const [file, text] of Object.entries(source.files)) fs.writeFileSync(path.join(dir, file), text.replace(JINJA, (v) => jinja[v.replace(/[{}\s]/g, '')] ?? v));
    const original = readInputs([dir]).items;
    for (const fix of fixes) applyFix(dir, fix);
    const imported = importPackage(fixes.length ? readInputs([dir]).items : original, { sourceLabel: source.id });
    out.importErrors = imported.diagnostics.filter((d) => d.severity === 'error' && d.rule === 'import').map(formatText);
    if (out.importErrors.length) return out;

    // Fill the placeholders in the commented text, as a user would.
    const doc = parseDocument(imported.inventoryText);
    for (const p of imported.placeholders) {
      const fill = fills.find((f) => samePath(f.field, p.field));
      if (fill) doc.setIn(p.field, fill.value);
      else out.unfilled.push(`${p.field.join('.')}: ${p.what}`);
    }
    // A listed fill import no longer asks for is stale (the import got better): the list must say so.
    for (const f of fills) if (!imported.placeholders.some((p) => samePath(f.field, p.field))) out.unfilled.push(`${f.field.join('.')}: listed under fill, but import leaves no placeholder there (remove it)`);
    if (out.unfilled.length) return out;
    out.inventoryText = doc.toString();
    fs.writeFileSync(path.join(dir, INVENTORY_FILE), out.inventoryText);

    // Right after import, render over the unchanged package adopts what the inventory generates.
    const adoption = runPipeline(readInputs([dir]).items, { packageRoot: dir });
    out.adoptionErrors = adoption.diagnostics.filter((d) => d.severity === 'error').map(formatText);

    const rendered = renderTakingOver(dir, source.controlPlane.name);
    if (!rendered.ok) {
      out.renderErrors = rendered.diagnostics.filter((d) => d.severity === 'error').map(formatText);
      return out;
    }

    const name = imported.inventory.spec?.controlPlane?.name;
    const compared = compareStorage(storageSideOf(original, source.controlPlane.name), storageSideOf(rendered.items, name));
    out.differences = compared.differences;
    out.overShared = compared.overShared;

    // Fixed point: the rendered package, as if written by hand, imports to the same inventory.
    const again = importPackage(stripToolMetadata(rendered.items.filter((it) => !isInventory(it))), { sourceLabel: source.id });
    out.fixedPoint = [
      ...again.diagnostics.filter((d) => d.severity === 'error' && d.rule === 'import').map((d) => `second import: ${formatText(d)}`),
      ...again.placeholders.map((p) => `second import left a placeholder at ${p.field.join('.')}: ${p.what}`),
      ...diffValues(doc.toJS(), again.inventory),
    ];
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Renders the package in `dir` (which holds an inventory) with the inventory
 * owning outright what it generates, as the README workflow leaves it: the
 * entries render adopts are handed over as `adopt` does (pipeline/hand-over.ts),
 * and those it cannot adopt because they differ are deleted from the
 * hand-written control plane and version (the user deletes what the inventory
 * now owns), with the resources of the names it generates.
 */
export function renderTakingOver(dir: string, controlPlaneName?: string): RunResult {
  const first = runPipeline(readInputs([dir]).items, { packageRoot: dir });
  if (!first.expansion || !first.inventory) return first;
  const input = readInputs([dir]).items;
  const inventoryItem = input.find(isInventory)!;
  // What merge adopts, also when other entries conflict (the pipeline reports adoptions of a clean run only).
  const merged = merge(input.map((it) => ({ ...it, doc: it.doc.clone() as Document })), first.expansion, first.inventory, inventoryItem);
  handOver(input, merged.adopted, first.adoptedObjects ?? []);
  // The user's mounts at the paths of generated ones that do not reach the same pods (RB092): the inventory's replace them.
  for (const c of merged.conflicts.mountReachDiffers) {
    const target = input.find((it) => it.path === c.item.path && it.index === c.item.index);
    if (target) deleteListItems(target, new Set(c.userItems));
  }
  const generated = new Set(first.expansion.resources.map((r) => `${r.value.kind}/${(r.value.metadata as { name?: string } | undefined)?.name}`));
  // Objects handed over whole (a nova ConfigMap) are gone from their files, like those of generated names.
  const kept = input.filter((it) => !generated.has(`${kindOf(it)}/${nameOf(it)}`) && (!it.file || it.file.docs.some((d) => d === it.doc)));
  deleteOwned(kept, 'OpenStackControlPlane', first.expansion.controlPlane, controlPlaneName);
  deleteOwned(kept, 'OpenStackVersion', first.expansion.version, controlPlaneName);
  return runPipeline(kept, { packageRoot: dir });
}

/** Deletes the extraMounts list items named by their pointers (spec.extraMounts[name=v1], spec.glance.template.extraMounts[0]). */
function deleteListItems(item: Item, pointers: ReadonlySet<string>): void {
  for (const list of MOUNT_LISTS) {
    const node = item.doc.getIn(list) as { items?: Array<{ toJSON?: () => unknown }> } | undefined;
    const at = (node?.items ?? []).map((n, i) => (pointers.has(listItemPointer(list, n?.toJSON?.(), i)) ? i : -1)).filter((i) => i >= 0);
    for (const i of at.reverse()) item.doc.deleteIn([...list, i]);
  }
}

/** Applies a fix to the first document of its file that has the field's parent. */
function applyFix(dir: string, fix: SourceFix): void {
  const file = path.join(dir, fix.file);
  if (!fs.existsSync(file)) throw new Error(`fix: no file ${fix.file} in the package`);
  const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'), YAML_OPTIONS);
  const doc = docs.find((d) => d.hasIn(fix.path.slice(0, -1)) && (fix.name === undefined || d.getIn(['metadata', 'name']) === fix.name));
  if (!doc) throw new Error(`fix: ${fix.file} has no ${fix.path.slice(0, -1).join('.')}`);
  if (fix.renameTo !== undefined) {
    const value = doc.getIn(fix.path, true);
    if (value === undefined) throw new Error(`fix: ${fix.file} has no ${fix.path.join('.')} to rename`);
    doc.deleteIn(fix.path);
    doc.setIn([...fix.path.slice(0, -1), fix.renameTo], value);
  } else if (fix.value === undefined) {
    if (!doc.hasIn(fix.path)) throw new Error(`fix: ${fix.file} has no ${fix.path.join('.')} to delete`);
    doc.deleteIn(fix.path);
  } else doc.setIn(fix.path, fix.value);
  fs.writeFileSync(file, docs.map((d) => d.toString(STRINGIFY_OPTIONS)).join('---\n'));
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) => a.length === b.length && a.every((s, i) => String(s) === String(b[i]));

/** Removes each owned entry from the named control plane or version, where the package wrote it by hand. */
function deleteOwned(items: Item[], kind: string, entries: readonly OwnedEntry[], name: string | undefined): void {
  const target = items.find((it) => kindOf(it) === kind && (name === undefined || nameOf(it) === name));
  if (!target) return;
  for (const e of entries) {
    if (e.kind === 'item') {
      const list = target.doc.getIn(e.path);
      const items = (list as { items?: Array<{ get?: (k: string) => unknown }> } | undefined)?.items;
      const at = items?.findIndex((n) => n?.get?.('name') === e.key) ?? -1;
      if (at >= 0) target.doc.deleteIn([...e.path, at]);
    } else if (target.doc.hasIn([...e.path, e.key])) target.doc.deleteIn([...e.path, e.key]);
  }
}

/** Paths where two plain values differ, as `path: a -> b` lines. */
export function diffValues(a: unknown, b: unknown, at: string[] = []): string[] {
  const where = at.join('.') || '(root)';
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...diffValues(a[i], b[i], [...at, String(i)]));
    return out;
  }
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (isObj(a) && isObj(b)) return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().flatMap((k) => diffValues(a[k], b[k], [...at, k]));
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  return [`${where}: ${JSON.stringify(a) ?? '(none)'} -> ${JSON.stringify(b) ?? '(none)'}`];
}
