/**
 * Which drivers an image seems to be built for. First the catalogs' repository
 * lists (catalog/images.ts); then, for images no catalog lists (development
 * builds, personal registries), the distinctive words of the driver ids
 * (`3par` in hpe-3par-fc, `pure` in pure-fc) found in the repository name.
 */
import { allDrivers, type DriverProfile } from '../../catalog/index.js';
import { checkRepository, type ImageCatalog, type RepositoryCheck } from '../../catalog/images.js';

let distinctive: Map<string, string[]> | undefined;

/** Words of a driver id that name the vendor or product, not the protocol (computed once from the catalog). */
function driverWords(): Map<string, string[]> {
  if (distinctive) return distinctive;
  const protocolWords = new Set(['custom', 'fc', 'iscsi', 'nfs', 'nvme', 'tcp', 'roce', 'rbd', 'cifs']);
  for (const d of allDrivers()) for (const w of (d.protocol ?? '').toLowerCase().split(/[^a-z0-9]+/)) if (w) protocolWords.add(w);
  distinctive = new Map(allDrivers().map((d) => [`${d.service}/${d.id}`, d.id.split('-').filter((w) => !protocolWords.has(w))]));
  return distinctive;
}

function repositoryWords(repository: string): Set<string> {
  const last = repository.slice(repository.lastIndexOf('/') + 1).toLowerCase();
  return new Set(last.split(/[^a-z0-9]+/).filter(Boolean));
}

export interface Fit {
  fit: RepositoryCheck['fit'] | 'looks-foreign';
  /** Driver ids the image belongs to, when it is someone else's. */
  owners: string[];
}

/** How well `repository` fits a back end whose driver is one of `profiles`. */
export function imageFit(service: 'cinder' | 'manila', profiles: readonly DriverProfile[], repository: string, userCatalog?: ImageCatalog): Fit {
  const checks = profiles.map((p) => checkRepository(service, p.id, repository, userCatalog));
  if (checks.some((c) => c.fit === 'known')) return { fit: 'known', owners: [] };
  if (checks.some((c) => c.fit === 'uncertified')) return { fit: 'uncertified', owners: [] };
  const owners = [...new Set(checks.flatMap((c) => c.owners.filter((o) => o.service === service).map((o) => o.driver)))].sort();
  if (owners.length > 0) return { fit: 'foreign', owners };
  const words = repositoryWords(repository);
  const own = new Set(profiles.flatMap((p) => driverWords().get(`${service}/${p.id}`) ?? []));
  if ([...own].some((w) => words.has(w))) return { fit: checks.some((c) => c.fit === 'foreign') ? 'foreign' : 'unverifiable', owners: [] };
  const lookalikes = [...driverWords()]
    .filter(([key, ws]) => key.startsWith(`${service}/`) && ws.some((w) => words.has(w) && !own.has(w)))
    .map(([key]) => key.slice(service.length + 1))
    .sort();
  if (lookalikes.length > 0) return { fit: 'looks-foreign', owners: lookalikes };
  return { fit: checks.some((c) => c.fit === 'foreign') ? 'foreign' : 'unverifiable', owners: [] };
}
