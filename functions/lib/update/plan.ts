/**
 * plan-update: for a RHOSO minor update (release.version -> --to), which
 * partner image each back end needs, and what blocks the update.
 *
 * The convention (VENDORS.md notes): a partner rebuilds its image for every
 * minor release and tags it with the release (18.0.1, 18.0.2, ...), keeping
 * the old tags. So the image a release needs is `<same repository>:<release>`.
 * The operator refuses a targetVersion change that keeps the custom images
 * (RHOSO-FIELDS.md 5.3), so an image that cannot change blocks the update.
 * Pure: reads nothing, prints nothing; the command does I/O.
 */
import { getDriver, type Service } from '../catalog/index.js';
import { checkRepository, formatImage, knownRepositories, parseImage, type ImageCatalog } from '../catalog/images.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldPath } from '../diagnostics/diagnostic.js';
import { MANAGED_FIELDS_ANNOTATION } from '../expand/plan.js';
import { annotationOf, diagnosticAt, kindOf, nameOf, namespaceOf, type Item } from '../io/resources.js';
import { nodeAt, pos } from '../io/yaml.js';
import type { FieldPath, Inventory } from '../inventory/model.js';
import { compareReleases, isFloatingTag, isReleaseTag, parseRelease, releaseText, type Release } from './release.js';

export type RowStatus =
  | 'ok'
  | 'needs-new-image'
  | 'needs-new-digest'
  | 'floating-tag'
  | 'custom-tag'
  | 'unknown-repository'
  | 'missing-image'
  | 'missing-tag'
  | 'registry-error';

/** How each status reads in a table. */
export const STATUS_LABEL: Record<RowStatus, string> = {
  ok: 'ok',
  'needs-new-image': 'needs new image',
  'needs-new-digest': 'needs new digest',
  'floating-tag': 'floating tag',
  'custom-tag': 'custom tag',
  'unknown-repository': 'unknown repository',
  'missing-image': 'missing image',
  'missing-tag': 'tag not in registry',
  'registry-error': 'registry error',
};

export interface Location {
  file: string;
  line: number;
  column: number;
  field: string;
}

export interface RegistryResult {
  /** unreachable: no answer at all (DNS, connection refused, timeout): nothing is known about the tag. */
  result: 'found' | 'missing' | 'error' | 'unreachable';
  /** The registry host asked. */
  host?: string;
  digest?: string;
  detail?: string;
}

export interface PlanRow {
  service: Service;
  backend: string;
  /** Driver id; absent for a hand-written OpenStackVersion entry with no inventory back end. */
  driver?: string;
  current?: string;
  /** The reference the new release needs (a suggestion when the row blocks). */
  needed?: string;
  status: RowStatus;
  /** The update cannot go ahead until someone changes this by hand. */
  blocking: boolean;
  /** plan-update --write sets `needed` in the inventory. */
  writable: boolean;
  notes: string[];
  /** Where the image is written: the inventory, or by hand in the committed OpenStackVersion. */
  source: 'inventory' | 'openstackversion';
  location: Location;
  /** Inventory (or OpenStackVersion) path of the image value, for --write. */
  at: FieldPath;
  registry?: RegistryResult;
}

/** One scalar --write changes. */
export interface ScalarEdit {
  path: FieldPath;
  from: string;
  to: string;
}

export interface UpdatePlan {
  /** Package-relative path of the inventory. */
  inventory: string;
  from: string;
  to: string;
  targetVersion?: { from?: string; to?: string; source: 'inventory' | 'openstackversion'; note?: string; location?: Location };
  rows: PlanRow[];
  /** What --write changes in the inventory. */
  edits: ScalarEdit[];
}

export interface PlanInput {
  inventory: Inventory;
  inventoryItem: Item;
  /** Every item of the package (the committed OpenStackVersion is read from here). */
  items: readonly Item[];
  imageCatalog?: ImageCatalog;
  /** --to: `18.0.4` or the exact `18.0.4-20250110.1`. */
  to: string;
}

const IMAGE_MAPS: Record<Service, string> = { cinder: 'cinderVolumeImages', manila: 'manilaShareImages' };

export function planUpdate(input: PlanInput): { plan?: UpdatePlan; diagnostics: Diagnostic[] } {
  const { inventory, inventoryItem } = input;
  const error = (at: FieldPath, message: string, hint: string) => ({
    diagnostics: [diagnosticAt(inventoryItem, at, { severity: 'error', rule: 'plan-update', message, hint })],
  });
  const to = parseRelease(input.to)!; // the command checked the form
  if (!inventory.release) {
    return error(['spec'], 'the inventory does not say which release it is on (spec.release is not set)', 'add release: {version: "18.0.3"} with the release the cloud runs now, then plan again');
  }
  const from = parseRelease(inventory.release.version)!;
  if (from.parts[0] !== to.parts[0] || from.parts[1] !== to.parts[1]) {
    return error(
      ['spec', 'release', 'version'],
      `${to.version} is not a minor update of ${from.version}: a minor update stays within ${from.parts[0]}.${from.parts[1]}`,
      `plan a minor update, e.g. --to ${from.parts[0]}.${from.parts[1]}.${from.parts[2] + 1}; partner repositories are per major release`,
    );
  }
  if (compareReleases(to, from) < 0) {
    return error(['spec', 'release', 'version'], `${to.version} is older than the current release ${from.version}`, 'RHOSO has no minor downgrades; give a newer release with --to');
  }

  const edits: ScalarEdit[] = [];
  if (from.version !== to.version) edits.push({ path: ['spec', 'release', 'version'], from: from.version, to: to.version });

  const version = committedVersion(input);
  const target = planTargetVersion(input, to, version, edits);
  if ('diagnostics' in target) return target;

  const handWritten = version ? handWrittenRows(input, to, version) : [];
  const rows: PlanRow[] = [];
  for (const service of ['cinder', 'manila'] as const) {
    for (const b of inventory[service].backends) {
      const profile = getDriver(b.driver, service);
      if (!profile) continue; // RB001 reports it before planning
      if (!b.image && !profile.partnerImage.required) continue; // stock image: nothing to update
      if (!b.image && handWritten.some((r) => r.service === service && r.backend === b.name)) continue; // its row comes from the OpenStackVersion
      const at: FieldPath = b.image ? [...b.at, 'image'] : b.at;
      const row = b.image
        ? imageRow(input, to, service, b.name, b.driver, b.image, 'inventory', inventoryItem, at)
        : missingImageRow(input, to, service, b.name, b.driver, inventoryItem, at);
      if (row.writable && row.current !== row.needed) edits.push({ path: at, from: row.current!, to: row.needed! });
      if (version && b.image) driftNote(row, version, service, b.name);
      rows.push(row);
    }
  }
  rows.push(...handWritten);

  return {
    plan: { inventory: inventoryItem.path, from: from.version, to: to.version, targetVersion: target.targetVersion, rows, edits },
    diagnostics: [],
  };
}

/** Marks rows the registry says cannot be used: missing tags block, and --write leaves them alone. */
export function applyRegistryResults(plan: UpdatePlan, results: ReadonlyMap<string, RegistryResult>): void {
  for (const row of plan.rows) {
    if (!row.needed) continue;
    const r = results.get(row.needed);
    if (!r) continue;
    row.registry = r;
    if (r.result === 'found') {
      if (row.status === 'needs-new-digest' && r.digest) {
        const cur = parseImage(row.current!);
        const needed = parseImage(row.needed);
        row.needed = formatImage({ repository: needed.repository, tag: cur.tag ? needed.tag : undefined, digest: r.digest });
        row.notes.push(`the registry serves ${needed.tag} as ${r.digest}`);
      }
      continue;
    }
    const blockedAlready = row.blocking && row.status !== 'ok' && row.status !== 'needs-new-image';
    if (r.result === 'missing') {
      row.notes.push(`${row.needed} is not in the registry (yet): the partner may not have published the ${plan.to} image`);
      if (!blockedAlready) row.status = 'missing-tag';
    } else {
      row.notes.push(`could not check ${row.needed}: ${r.detail}`);
      if (!blockedAlready) row.status = 'registry-error';
    }
    row.blocking = true;
    if (row.writable) {
      row.writable = false;
      const i = plan.edits.findIndex((e) => fieldPath(e.path) === fieldPath(row.at));
      if (i >= 0) plan.edits.splice(i, 1);
    }
  }
}

export function blockingRows(plan: UpdatePlan): PlanRow[] {
  return plan.rows.filter((r) => r.blocking);
}

function planTargetVersion(
  input: PlanInput,
  to: Release,
  version: Item | undefined,
  edits: ScalarEdit[],
): { targetVersion?: UpdatePlan['targetVersion'] } | { diagnostics: Diagnostic[] } {
  const current = input.inventory.release!.targetVersion;
  const at: FieldPath = ['spec', 'release', 'targetVersion'];
  if (current) {
    const cur = parseRelease(current);
    let next: string;
    if (to.build) next = releaseText(to);
    else if (!cur?.build) next = to.version;
    else {
      return {
        diagnostics: [
          diagnosticAt(input.inventoryItem, at, {
            severity: 'error',
            rule: 'plan-update',
            message: `targetVersion ${current} names an exact operator build, and --to ${to.version} does not say which build of ${to.version} to target`,
            hint: `give the exact version: --to ${to.version}-<build>, as the updated openstack-operator reports it (oc get openstackversion ${input.inventory.controlPlane.name} -o jsonpath='{.status.availableVersion}')`,
          }),
        ],
      };
    }
    if (next !== current) edits.push({ path: at, from: current, to: next });
    return { targetVersion: { from: current, to: next, source: 'inventory', location: locate(input.inventoryItem, at) } };
  }
  const osvTarget = version ? version.doc.getIn(['spec', 'targetVersion']) : undefined;
  if (version && typeof osvTarget === 'string' && !ownedPointers(version).has('spec.targetVersion')) {
    return {
      targetVersion: {
        from: osvTarget,
        source: 'openstackversion',
        note: `targetVersion is hand-written in ${version.path}; change it there to start the update, after the images`,
        location: locate(version, ['spec', 'targetVersion']),
      },
    };
  }
  return {
    targetVersion: {
      source: 'inventory',
      to: to.build ? releaseText(to) : undefined,
      note: 'the inventory does not set release.targetVersion, so the update starts when targetVersion is changed in the cluster',
    },
  };
}

function imageRow(input: PlanInput, to: Release, service: Service, backend: string, driver: string | undefined, image: string, source: PlanRow['source'], item: Item, at: FieldPath): PlanRow {
  const ref = parseImage(image);
  const row: PlanRow = {
    service,
    backend,
    driver,
    current: image,
    needed: formatImage({ repository: ref.repository, tag: to.version }),
    status: 'ok',
    blocking: false,
    writable: false,
    notes: [],
    source,
    location: locate(item, at),
    at,
  };
  if (ref.digest) {
    row.status = 'needs-new-digest';
    row.notes.push(`pinned by digest: pin the digest of ${row.needed} (--check-registry looks it up); --write leaves digests alone`);
  } else if (ref.tag === to.version) {
    row.status = 'ok';
  } else if (isReleaseTag(ref.tag)) {
    row.status = 'needs-new-image';
    row.writable = source === 'inventory';
  } else if (isFloatingTag(ref.tag)) {
    row.status = 'floating-tag';
    row.notes.push(`tag ${ref.tag ?? '(none, i.e. latest)'} moves between builds: the reference stays the same across the update, so the operator refuses it; use the release tag`);
  } else {
    row.status = 'custom-tag';
    row.notes.push(`tag ${ref.tag} does not follow <repository>:<release>; --write leaves it: set the ${to.version} image by hand`);
  }

  if (driver) {
    const fit = checkRepository(service, driver, ref.repository, input.imageCatalog);
    const known = knownRepositories(service, driver, input.imageCatalog);
    if (fit.fit === 'foreign') {
      row.status = 'unknown-repository';
      row.writable = false;
      const owners = fit.owners.filter((o) => o.driver !== driver).map((o) => `${o.service}/${o.driver}`);
      row.notes.push(
        owners.length
          ? `${ref.repository} is the image of ${owners.join(', ')}, not of ${driver}`
          : `${ref.repository} is not a known repository for ${driver}${input.imageCatalog ? '' : '; if it is right (a mirror), add it to an image catalog (spec.images.catalog)'}`,
      );
      if (known.length) row.needed = formatImage({ repository: known[0], tag: to.version });
      else row.needed = undefined;
    } else if (fit.fit === 'uncertified') {
      row.notes.push(`${ref.repository} is not certified${known.length ? `; the certified image is ${known[0]}:${to.version}` : ''}`);
    } else if (fit.fit === 'unverifiable') {
      row.notes.push(`the catalog knows no image for ${driver}; the repository is not checked (add one to an image catalog to have it checked)`);
    }
  }
  if (source === 'openstackversion' && row.status !== 'ok') {
    row.writable = false;
    row.notes.push(`hand-written in ${item.path}: change it there (--write changes only the inventory)`);
  }
  row.blocking = row.status !== 'ok' && !row.writable;
  return row;
}

function missingImageRow(input: PlanInput, to: Release, service: Service, backend: string, driver: string, item: Item, at: FieldPath): PlanRow {
  const known = knownRepositories(service, driver, input.imageCatalog);
  return {
    service,
    backend,
    driver,
    needed: known.length ? formatImage({ repository: known[0], tag: to.version }) : undefined,
    status: 'missing-image',
    blocking: true,
    writable: false,
    notes: [`${driver} needs a partner image and the back end has none: add image: ${known.length ? `${known[0]}:${to.version}` : `<the partner's image for ${to.version}>`}`],
    source: 'inventory',
    location: locate(item, at),
    at,
  };
}

/** The OpenStackVersion the package holds for this control plane (our previous output, or hand-written). */
function committedVersion(input: PlanInput): Item | undefined {
  const cp = input.inventory.controlPlane;
  return input.items.find((it) => kindOf(it) === 'OpenStackVersion' && nameOf(it) === cp.name && (!namespaceOf(it) || namespaceOf(it) === cp.namespace));
}

function ownedPointers(item: Item): Set<string> {
  try {
    const v = JSON.parse(annotationOf(item, MANAGED_FIELDS_ANNOTATION) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The committed OpenStackVersion is older than the inventory: say so, since that is what the cluster runs. */
function driftNote(row: PlanRow, version: Item, service: Service, backend: string): void {
  const committed = version.doc.getIn(['spec', 'customContainerImages', IMAGE_MAPS[service], backend]);
  if (typeof committed === 'string' && committed !== row.current) {
    row.notes.push(`${version.path} still has ${committed}: the package was not rendered after the inventory changed`);
  }
}

/** Images written by hand in the committed OpenStackVersion (not generated from the inventory). */
function handWrittenRows(input: PlanInput, to: Release, version: Item): PlanRow[] {
  const owned = ownedPointers(version);
  const rows: PlanRow[] = [];
  for (const service of ['cinder', 'manila'] as const) {
    const mapPath = ['spec', 'customContainerImages', IMAGE_MAPS[service]];
    const map = version.doc.getIn(mapPath);
    if (!map || typeof map !== 'object' || !('items' in (map as object))) continue;
    for (const pair of (map as { items: Array<{ key: unknown; value: unknown }> }).items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const image = version.doc.getIn([...mapPath, key]);
      if (typeof image !== 'string' || key === 'default') continue;
      if (owned.has(fieldPath([...mapPath, key]))) continue;
      const backend = input.inventory[service].backends.find((b) => b.name === key);
      if (backend?.image) continue; // the inventory owns it (merge reports the clash)
      rows.push(imageRow(input, to, service, key, backend?.driver, image, 'openstackversion', version, [...mapPath, key]));
    }
  }
  return rows;
}

function locate(item: Item, at: FieldPath): Location {
  const p = pos(item.file, nodeAt(item.doc, at));
  return { file: item.path, line: p.line, column: p.column, field: fieldPath(at) };
}
