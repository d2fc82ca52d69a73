/**
 * `import`: the reverse compiler. Reads a hand-written package (control
 * plane, OpenStackVersion, Secrets) and returns the BackendInventory that
 * renders its storage sections, as a straight line of stages, one module per
 * mapping. What it cannot map stays in the user's control plane (listed in
 * `kept`); what the source lacks becomes a placeholder render refuses
 * (RB058); credentials are never copied. The source's own findings are
 * validate's (checkManifests), followed by import's notes (rule `import`).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldPath, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Item } from '../io/resources.js';
import { isInventory } from '../inventory/load.js';
import { buildManifestIndex } from '../manifest/manifest-index.js';
import { checkManifests } from '../rules/manifest/check.js';
import { LOCAL_CONFIG_ANNOTATION } from '../io/kpt-annotations.js';
import { parseYamlFile } from '../io/yaml.js';
import { loadStage } from '../pipeline/load.js';
import { importBackups } from './backups.js';
import { finishCeph, settleFsids } from './ceph.js';
import { importCinderBackends } from './cinder.js';
import { importDataPlane, trialModel } from './data-plane.js';
import { findPlaceholderValues, PLACEHOLDER_PREFIX, placeholderText, SOURCE_PLACEHOLDER } from '../inventory/placeholders.js';
import type { ImportContext, Kept, Placeholder } from './context.js';
import { importGlance } from './glance.js';
import { importRelease, keepVersionRest } from './images.js';
import { importManila } from './manila.js';
import { importMounts } from './mounts.js';
import { CEPH_VOLUME } from '../expand/ceph.js';
import { filesVolumeName } from '../expand/files.js';
import { nfsMountName } from '../expand/glance.js';
import { importServiceSections } from './sections.js';
import { inSchemaOrder, writeInventory, type FieldComment } from './writer.js';

export interface ImportResult {
  /** The commented YAML (with the $schema line). */
  inventoryText: string;
  /** The same as plain data. */
  inventory: Record<string, any>;
  /** validate's findings on the source + import's own notes. */
  diagnostics: Diagnostic[];
  /** What stays in the hand-written control plane. */
  kept: Kept[];
  placeholders: Placeholder[];
}

export interface ImportOptions {
  /** Where the source came from, for the header comment (a path, or a sample's name). */
  sourceLabel?: string;
  /** The `$schema` reference of the editor line (default: the path in this repository's layout). */
  schemaRef?: string;
  /** Where the inventory will be written, for the positions of what render will refuse (default inventory.yaml). */
  inventoryPath?: string;
}

export const DEFAULT_SCHEMA_REF = '../../schemas/backend-inventory.schema.json';

export function importPackage(items: Item[], opts: ImportOptions = {}): ImportResult {
  const source = items.filter((it) => !isInventory(it));
  const diagnostics = checkManifests(source, {});
  const index = buildManifestIndex(source);
  const ctx: ImportContext = { items: source, index, controlPlane: index.controlPlanes[0], ceph: [], kept: [], placeholders: [], notes: [], sourceFindings: diagnostics, coveredMounts: new Set(), misspeltSecretNames: new Set() };
  ctx.version = index.versions.find((v) => ctx.controlPlane && v.controlPlanes.includes(ctx.controlPlane)) ?? (index.versions.length === 1 ? index.versions[0] : undefined);
  if (!ctx.controlPlane) {
    diagnostics.push({ severity: 'error', rule: 'import', message: 'no OpenStackControlPlane in the input: nothing to import', file: items[0]?.path, hint: 'name the folder or files that hold the control plane (and its OpenStackVersion and Secrets)' });
  }
  for (const cp of index.controlPlanes.slice(1)) {
    ctx.notes.push({ severity: 'warning', rule: 'import', message: `a second OpenStackControlPlane (${cp.name ?? 'unnamed'}) is not imported: import reads one control plane per package`, file: cp.item.path, line: 1, column: 1, hint: 'import each package on its own' });
  }

  const cinderBackends = importCinderBackends(ctx);
  const backups = importBackups(ctx);
  const cinderSections = importServiceSections(ctx, 'cinder');
  const manila = importManila(ctx);
  const glance = importGlance(ctx);
  const ceph = finishCeph(ctx);
  const reserved = generatedNames(ceph.clusters, [...cinderBackends, ...manila.backends], (glance.glance?.stores as Record<string, unknown>[] | undefined) ?? []);
  const mounts = importMounts(ctx, new Set([...ctx.coveredMounts, ...ceph.mountsCovered, ...glance.mountsCovered]), reserved, ceph.otherPods);
  keepVersionRest(ctx, { cinder: cinderBackends.map((b) => b.name as string), manila: manila.backends.map((b) => b.name as string) });

  // In the order of docs/inventory.md.
  const cp = ctx.controlPlane;
  const spec: Record<string, unknown> = {};
  const controlPlane: Record<string, unknown> = { name: cp?.name ?? 'openstack' };
  // Only what differs from the inventory's default (openstack), like every other field import writes.
  if (cp?.namespace && cp.namespace !== 'openstack') controlPlane.namespace = cp.namespace;
  spec.controlPlane = controlPlane;
  const release = importRelease(ctx);
  if (release) spec.release = release;
  if (ceph.clusters.length > 0) spec.ceph = ceph.clusters;
  const cinder: Record<string, unknown> = {};
  if (cinderBackends.length > 0) cinder.backends = cinderBackends;
  if (backups.backup) cinder.backup = backups.backup;
  if (backups.backups.length > 0) cinder.backups = backups.backups;
  if (cinderSections) cinder.sections = cinderSections;
  if (Object.keys(cinder).length > 0) spec.cinder = cinder;
  const manilaOut: Record<string, unknown> = {};
  if (manila.backends.length > 0) manilaOut.backends = manila.backends;
  if (manila.sections) manilaOut.sections = manila.sections;
  if (manila.apiSections) manilaOut.api = { sections: manila.apiSections };
  if (Object.keys(manilaOut).length > 0) spec.manila = manilaOut;
  if (glance.glance) spec.glance = glance.glance;
  if (mounts.length > 0) spec.mounts = mounts;
  // The host side last: it checks its mapping against what the inventory so far generates.
  const hostSide = importDataPlane(ctx, spec, standIn);
  if (hostSide.hosts) spec.hosts = hostSide.hosts;
  if (hostSide.nodeSets.length > 0) spec.dataPlane = { nodeSets: hostSide.nodeSets };
  // Only now is every reader known: a cluster only glance, manila or backups read gets no fsid.
  if (ceph.clusters.length > 0) settleFsids(ctx, ceph.clusters, trialModel(spec, standIn));
  const inventory = inSchemaOrder({
    apiVersion: 'backends.rhoso.io/v1alpha1',
    kind: 'BackendInventory',
    metadata: { name: 'backends', annotations: { [LOCAL_CONFIG_ANNOTATION]: 'true' } },
    spec,
  });

  markSourcePlaceholders(ctx, inventory.spec);
  const placeholders: Placeholder[] = findPlaceholderValues(inventory).map((p) => ({ field: p.path, what: p.what }));
  const header = headerLines(opts.sourceLabel, ctx, placeholders);
  const comments: FieldComment[] = placeholders.map((p) => ({ path: p.field, text: 'placeholder: render fails until you fill it in' }));
  const inventoryText = writeInventory(inventory, header, comments, opts.schemaRef ?? DEFAULT_SCHEMA_REF);
  const refusals = whatRenderRefuses(inventoryText, placeholders, opts.inventoryPath ?? 'inventory.yaml');
  return { inventoryText, inventory, diagnostics: sortDiagnostics([...diagnostics, ...ctx.notes, ...refusals]), kept: ctx.kept, placeholders };
}

/** The names of the extraMounts entries render generates for these clusters, back ends and stores (as RB045 lists them). */
function generatedNames(clusters: readonly Record<string, unknown>[], backends: readonly Record<string, unknown>[], stores: readonly Record<string, unknown>[]): Set<string> {
  const names = new Set<string>();
  if (clusters.length > 0) for (const n of [CEPH_VOLUME, ...clusters.map((c) => `${CEPH_VOLUME}-${String(c.name)}`)]) names.add(n);
  for (const b of backends) if (Array.isArray(b.files)) b.files.forEach((_, i) => names.add(filesVolumeName(String(b.name), i)));
  for (const st of stores) if (st.nfs) names.add(nfsMountName(String(st.name)));
  return names;
}

/**
 * The load stage (schema and inventory rules) on the imported inventory:
 * what render will refuse besides the placeholders (a required option the
 * source never set, ...), reported as warnings at the inventory's lines, so
 * the user learns it from import rather than from the first render. The
 * placeholders are stood in for by values of the right form for this check
 * only, and findings about those fields are left out.
 */
function whatRenderRefuses(text: string, placeholders: readonly Placeholder[], inventoryPath: string): Diagnostic[] {
  const parsed = parseYamlFile(inventoryPath, text);
  const doc = parsed.file.docs[0];
  if (!doc) return [];
  const checked = doc.clone();
  for (const p of placeholders) checked.setIn(p.field, standIn(p.field));
  const skip = placeholders.map((p) => fieldPath(p.field));
  const loaded = loadStage({ doc: checked, path: inventoryPath, index: 0, file: parsed.file }, '.');
  return loaded.diagnostics
    .filter((d) => d.severity === 'error' && !skip.some((f) => d.field === f || d.field?.startsWith(`${f}.`) || d.field?.startsWith(`${f}[`)))
    .map((d) => ({ ...d, severity: 'warning' as const, message: `render will refuse the imported inventory: ${d.message}` }));
}

/** A value of the form a placeholder's field needs (for whatRenderRefuses only; never written). */
function standIn(field: readonly (string | number)[]): string {
  const key = String(field[field.length - 1]);
  if (key === 'fsid') return '00000000-0000-0000-0000-000000000000';
  if (key === 'image') return 'registry.invalid/placeholder:0';
  return /path|dir/i.test(key) ? '/placeholder' : 'placeholder';
}

/**
 * Values the source itself marks as not filled in (CHANGEME, _FSID_,
 * _replaced_) become import's placeholders, so render names them instead of
 * deploying them. Credentials never get here (they are not copied).
 */
function markSourcePlaceholders(ctx: ImportContext, spec: Record<string, unknown>): void {
  const walk = (node: any, path: (string | number)[]) => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      const at = [...path, Array.isArray(node) ? Number(k) : k];
      if (typeof v === 'string' && SOURCE_PLACEHOLDER.test(v) && !v.startsWith(PLACEHOLDER_PREFIX)) {
        node[k] = placeholderText(`${fieldPath(at)} (the source has "${v}")`);
        ctx.notes.push({ severity: 'warning', rule: 'import', message: `the source has the placeholder "${v}" where the inventory needs ${fieldPath(at)}: the inventory has a placeholder that render refuses until it is filled in`, ...sourcePosition(ctx, v), hint: `write the real value at ${fieldPath(at)}` });
      } else walk(v, at);
    }
  };
  walk(spec, ['spec']);
}

/** Where a value first appears in the control plane's file (values import copied are there verbatim). */
function sourcePosition(ctx: ImportContext, value: string): { file?: string; line?: number; column?: number } {
  const item = ctx.controlPlane?.item;
  const text = item?.file?.text;
  if (!item || text === undefined) return { file: item?.path };
  const at = text.indexOf(value);
  if (at < 0) return { file: item.path, line: 1, column: 1 };
  const before = text.slice(0, at).split('\n');
  return { file: item.path, line: before.length, column: before[before.length - 1].length + 1 };
}

function headerLines(sourceLabel: string | undefined, ctx: ImportContext, placeholders: Placeholder[]): string[] {
  const lines = [`Imported by \`rhoso-backends import\`${sourceLabel ? ` from ${sourceLabel}` : ''}.`];
  lines.push('The hand-written control plane stays in the package as the transformer base: render adopts');
  lines.push('the entries this inventory generates; `rhoso-backends adopt` removes them from it.');
  if (placeholders.length > 0) {
    lines.push('', `To do before render: fill in ${placeholders.length} placeholder(s) (CHANGEME):`);
    for (const p of placeholders) lines.push(`- ${p.what}`);
  }
  if (ctx.kept.length > 0) {
    lines.push('', `Kept in the hand-written control plane (${ctx.kept.length}; no inventory field says them):`);
    for (const k of ctx.kept) lines.push(`- ${k.path}#${k.pointer}: ${k.why}`);
  }
  return lines;
}
