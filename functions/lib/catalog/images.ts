/**
 * Partner image knowledge: the certified repositories known per driver
 * (from the driver catalog), used by the image rules and plan-update.
 */
import { getDriver, type Service } from './index.js';

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

/** Known certified repositories for a driver. */
export function knownRepositories(service: Service, driverId: string): string[] {
  return getDriver(driverId, service)?.partnerImage.repositories ?? [];
}
