/**
 * Partner image knowledge: the repositories known per driver, from the
 * driver catalog (partnerImage) and, when the inventory names one, the
 * user's ImageCatalog file (see image-catalog.ts). `knownRepositories` is the
 * one entry point rules and plan-update use; pass the loaded user catalog
 * (ManifestRuleContext.imageCatalog) so user entries count everywhere.
 */
import type { FieldPath } from '../inventory/model.js';
import type { Item } from '../io/resources.js';
import { allDrivers, getDriver, type Service } from './index.js';

export interface ImageRef {
  /** registry/path without tag or digest */
  repository: string;
  registry: string;
  tag?: string;
  digest?: string;
}

/** Splits `registry/path:tag@sha256:...`; the registry is the first segment when it looks like a host. */
export function parseImage(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const first = rest.split('/')[0];
  const registry = rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
  return { repository: rest, registry, tag, digest };
}

/** `repository[:tag][@digest]`. */
export function formatImage(ref: Pick<ImageRef, 'repository' | 'tag' | 'digest'>): string {
  return `${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The repository as a registry sees it: Docker Hub short names expanded, host lower-cased. */
export function normalizeRepository(repository: string): string {
  const { registry } = parseImage(repository);
  if (registry === 'docker.io' && !repository.startsWith('docker.io/')) {
    return `docker.io/${repository.includes('/') ? repository : `library/${repository}`}`;
  }
  const slash = repository.indexOf('/');
  return slash < 0 ? repository : repository.slice(0, slash).toLowerCase() + repository.slice(slash);
}

/** One driver's entry in a user ImageCatalog. */
export interface ImageCatalogEntry {
  repositories: string[];
  uncertified: string[];
  /** true: replaces the built-in lists; false: comes in front of them. */
  replace: boolean;
  /** Where the entry is, in the catalog item. */
  at: FieldPath;
}

/** A loaded, validated user ImageCatalog. */
export interface ImageCatalog {
  /** Package-relative path of the file. */
  path: string;
  item: Item;
  entries: Record<Service, Map<string, ImageCatalogEntry>>;
}

function merged(builtin: readonly string[], user: ImageCatalogEntry | undefined, pick: (e: ImageCatalogEntry) => string[]): string[] {
  if (!user) return [...builtin];
  return [...new Set(user.replace ? pick(user) : [...pick(user), ...builtin])];
}

/**
 * Repositories whose images are right for a driver (certified, or the user's
 * mirror of one), best first: the first is what plan-update suggests.
 */
export function knownRepositories(service: Service, driverId: string, userCatalog?: ImageCatalog): string[] {
  const builtin = getDriver(driverId, service)?.partnerImage.repositories ?? [];
  return merged(builtin, userCatalog?.entries[service].get(driverId), (e) => e.repositories);
}

/** Repositories seen carrying a driver's image that are not certified (development builds). */
export function uncertifiedRepositories(service: Service, driverId: string, userCatalog?: ImageCatalog): string[] {
  const builtin = getDriver(driverId, service)?.partnerImage.uncertified ?? [];
  return merged(builtin, userCatalog?.entries[service].get(driverId), (e) => e.uncertified);
}

/**
 * - `known`: in knownRepositories
 * - `uncertified`: a development build of this driver's image
 * - `foreign`: the catalog knows images for this driver and this is not one of them
 *   (`owners` lists the drivers it does belong to, e.g. a 3PAR image on a Pure back end)
 * - `unverifiable`: the catalogs know no image for this driver, so nothing can be said
 */
export type RepositoryFit = 'known' | 'uncertified' | 'foreign' | 'unverifiable';

export interface RepositoryCheck {
  fit: RepositoryFit;
  owners: Array<{ service: Service; driver: string }>;
}

export function checkRepository(service: Service, driverId: string, repository: string, userCatalog?: ImageCatalog): RepositoryCheck {
  const repo = normalizeRepository(repository);
  const has = (list: string[]) => list.some((r) => normalizeRepository(r) === repo);
  const known = knownRepositories(service, driverId, userCatalog);
  const uncertified = uncertifiedRepositories(service, driverId, userCatalog);
  if (has(known)) return { fit: 'known', owners: [{ service, driver: driverId }] };
  if (has(uncertified)) return { fit: 'uncertified', owners: [{ service, driver: driverId }] };
  const owners = repositoryOwners(repo, userCatalog);
  return { fit: known.length + uncertified.length > 0 ? 'foreign' : 'unverifiable', owners };
}

/** Every driver whose known or uncertified repositories include `repository`. */
export function repositoryOwners(repository: string, userCatalog?: ImageCatalog): Array<{ service: Service; driver: string }> {
  const repo = normalizeRepository(repository);
  const out: Array<{ service: Service; driver: string }> = [];
  const ids = new Set<string>();
  for (const d of allDrivers()) ids.add(`${d.service}/${d.id}`);
  for (const service of ['cinder', 'manila'] as const) for (const id of userCatalog?.entries[service].keys() ?? []) ids.add(`${service}/${id}`);
  for (const key of [...ids].sort()) {
    const [service, driver] = key.split('/') as [Service, string];
    const lists = [...knownRepositories(service, driver, userCatalog), ...uncertifiedRepositories(service, driver, userCatalog)];
    if (lists.some((r) => normalizeRepository(r) === repo)) out.push({ service, driver });
  }
  return out;
}
