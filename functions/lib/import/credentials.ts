/**
 * Credentials: the Secrets a back end lists in customServiceConfigSecrets
 * become credentials.secretName; credentials written in plain text in
 * customServiceConfig are never copied: the inventory references a Secret
 * (the one already listed, or a new one to create) and a warning says which
 * keys go into it. No value is ever read into the inventory or a message.
 */
import type { Item } from '../io/resources.js';
import type { Path } from '../manifest/manifest-index.js';
import { keep, note, type ImportContext } from './context.js';

export interface CredentialSource {
  item: Item;
  path: Path;
  /** cinder-volume, manila-share, cinder-backup, glance-api */
  component: string;
  name: string;
  section: string;
  secrets: unknown;
}

export interface ImportedCredentials {
  credentials?: { secretName: string };
  /** Reports credential keys found in plain text and makes sure a Secret is referenced. */
  plaintext(keys: string[], at: Path): void;
}

export function credentialsOf(ctx: ImportContext, src: CredentialSource): ImportedCredentials {
  const listed = Array.isArray(src.secrets) ? src.secrets.filter((s): s is string => typeof s === 'string') : [];
  listed.slice(1).forEach((_, i) => keep(ctx, src.item, [...src.path, 'customServiceConfigSecrets', i + 1], `${src.component} ${src.name}: the inventory references one credentials Secret per back end`));
  if (listed.length > 1) note(ctx, src.item, [...src.path, 'customServiceConfigSecrets'], 'warning', `${src.component} "${src.name}" lists ${listed.length} Secrets in customServiceConfigSecrets: the inventory references the first (${listed[0]}); the others stay in the control plane`);
  const result: ImportedCredentials = {
    credentials: listed.length > 0 ? { secretName: listed[0] } : undefined,
    plaintext(keys, at) {
      const secretName = result.credentials?.secretName ?? `${src.component}-${src.name}-secrets`;
      const fresh = !result.credentials;
      result.credentials = { secretName };
      note(
        ctx,
        src.item,
        at,
        'warning',
        `${src.component} "${src.name}" has credentials in plain text in customServiceConfig (${keys.join(', ')}: keys the driver takes from its credentials Secret): import did not copy them; the inventory references the Secret ${secretName}${fresh ? ', which you need to create' : ''}`,
        `${fresh ? `create the Secret ${secretName} with` : `add to the Secret ${secretName}`} a key ${src.section}.conf holding "[${src.section}]" and the lines ${keys.map((k) => `${k} = ...`).join(', ')}, as a SealedSecret, SOPS file or ExternalSecret; then remove them from customServiceConfig`,
      );
    },
  };
  return result;
}
