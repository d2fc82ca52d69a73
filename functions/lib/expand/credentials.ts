/**
 * Credentials reach a service only through customServiceConfigSecrets: a
 * Secret holding an INI fragment for the back end's section. This module
 * turns `credentials` into the name of that Secret, generating it (plaintext
 * opt-in) or an ExternalSecret that builds it, or referencing an existing one.
 */
import type { Credentials, FieldPath, Options, RemoteRef, SecretStoreRef } from '../inventory/model.js';
import { generatedMetadata, type Expansion } from './plan.js';
import { iniSection, iniValue } from './ini.js';
import type { ExpandContext } from './context.js';

export interface CredentialTarget {
  /** e.g. cinder-volume, manila-share, glance, cinder-backup */
  component: string;
  /** back-end name */
  name: string;
  section: string;
  credentials?: Credentials;
  at: FieldPath;
}

/** Secret name for a generated credentials Secret. */
export function credentialSecretName(t: CredentialTarget): string {
  return `${t.component}-${t.name}-secrets`;
}

const serviceOf = (component: string) => component.split('-')[0];

/** Returns the Secret name to list in customServiceConfigSecrets, or undefined without credentials. */
export function expandCredentials(ctx: ExpandContext, t: CredentialTarget, out: Expansion): string | undefined {
  const c = t.credentials;
  if (!c) return undefined;
  const at: FieldPath = [...t.at, 'credentials'];
  const { namespace } = ctx.inventory.controlPlane;
  const labels = { service: serviceOf(t.component), component: t.component };
  if ('secretName' in c) {
    out.externalSecrets.push({ name: c.secretName, origin: [...at, 'secretName'] });
    return c.secretName;
  }
  const name = credentialSecretName(t);
  if ('values' in c) {
    // Only with spec.secrets.allowPlaintext; the inventory rule reports otherwise and output is withheld.
    if (!ctx.inventory.secrets.allowPlaintext) return name;
    out.resources.push({
      origin: at,
      value: {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: generatedMetadata(name, namespace, ctx.inventory.name, labels),
        type: 'Opaque',
        stringData: { [`${t.section}.conf`]: iniSection(t.section, c.values as Options) },
      },
    });
    return name;
  }
  const store = c.externalSecret.store ?? ctx.inventory.secrets.store;
  out.resources.push({
    origin: at,
    value: externalSecret(ctx, name, labels, store, {
      [`${t.section}.conf`]: `[${escapeGoTemplate(t.section)}]\n` + Object.keys(c.externalSecret.data).map((k) => `${escapeGoTemplate(k)} = {{ index . ${JSON.stringify(k)} }}\n`).join(''),
    }, Object.entries(c.externalSecret.data)),
  });
  return name;
}

/** An external-secrets.io/v1 ExternalSecret whose template renders `templateData` from `data`. */
export function externalSecret(
  ctx: ExpandContext,
  name: string,
  labels: Record<string, string>,
  store: SecretStoreRef | undefined,
  templateData: Record<string, string>,
  data: Array<[string, RemoteRef]>,
): Record<string, unknown> {
  const { namespace } = ctx.inventory.controlPlane;
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: generatedMetadata(name, namespace, ctx.inventory.name, labels),
    spec: {
      refreshInterval: ctx.inventory.secrets.refreshInterval,
      ...(store ? { secretStoreRef: { name: store.name, kind: store.kind } } : {}),
      target: {
        name,
        creationPolicy: 'Owner',
        template: { engineVersion: 'v2', type: 'Opaque', metadata: { labels }, data: templateData },
      },
      data: data.map(([secretKey, ref]) => ({ secretKey, remoteRef: { key: ref.key, ...(ref.property ? { property: ref.property } : {}), ...(ref.version ? { version: ref.version } : {}) } })),
    },
  };
}

/** Literal text inside an ESO (Go text/template) template: only `{{` needs escaping. */
export function escapeGoTemplate(text: string): string {
  return text.replace(/\{\{/g, '{{ "{{" }}');
}

export { iniValue };
