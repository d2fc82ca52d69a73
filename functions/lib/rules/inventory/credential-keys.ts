import type { CinderBackend, Credentials, FieldPath, Inventory, ManilaBackend, Options } from '../../inventory/model.js';
import type { DriverProfile } from '../../catalog/types.js';

/** Option names that hold secrets whatever the driver (so custom drivers, glance stores and backups are covered too). */
export const SECRET_OPTION = /(^|_)(password|passwd|token|secret|secret_key|access_key|private_key|api_key|login|store_key)$/;

/** Credential keys the tool can see (plaintext values, externalSecret data); undefined for an opaque Secret. */
export function visibleCredentialKeys(c: Credentials | undefined): string[] | undefined {
  if (!c) return [];
  if ('values' in c) return Object.keys(c.values);
  if ('externalSecret' in c) return Object.keys(c.externalSecret.data);
  return undefined;
}

/** Everything in the inventory that can carry credentials and options: back ends, glance stores, the backup. */
export interface CredentialOwner {
  at: FieldPath;
  options: Options;
  credentials?: Credentials;
}

export function credentialOwners(inv: Inventory): CredentialOwner[] {
  return [
    ...inv.cinder.backends,
    ...inv.manila.backends,
    ...inv.glance.stores,
    ...(inv.cinder.backup ? [inv.cinder.backup] : []),
  ];
}

/** The credential keys a driver needs for this back end (DHSS-dependent keys included) and all it knows. */
export function driverCredentialKeys(profile: DriverProfile, backend: CinderBackend | ManilaBackend): { required: string[]; secret: string[]; alsoInOptions: string[] } {
  const chosen = 'driverHandlesShareServers' in backend ? backend.driverHandlesShareServers : undefined;
  const dhss = profile.manila ? (chosen ?? profile.manila.driverHandlesShareServers.default) : undefined;
  const byMode = profile.manila?.secretKeysWhenDhss;
  const required = [...(profile.secretKeys.required ?? []), ...(dhss === undefined ? [] : (byMode?.[dhss ? 'true' : 'false'] ?? []))];
  const secret = [...new Set([...(profile.secretKeys.required ?? []), ...(profile.secretKeys.optional ?? []), ...(byMode?.true ?? []), ...(byMode?.false ?? [])])];
  return { required, secret, alsoInOptions: profile.secretKeys.alsoInOptions ?? [] };
}
