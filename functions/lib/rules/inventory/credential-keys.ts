import type { Credentials } from '../../inventory/model.js';

/** Credential keys the tool can see (plaintext values, externalSecret data); undefined for an opaque Secret. */
export function visibleCredentialKeys(c: Credentials | undefined): string[] | undefined {
  if (!c) return [];
  if ('values' in c) return Object.keys(c.values);
  if ('externalSecret' in c) return Object.keys(c.externalSecret.data);
  return undefined;
}
