/**
 * Credentials reach a service only through customServiceConfigSecrets: a
 * Secret holding an INI fragment for the back end's section. This module
 * turns `credentials` into the name of that Secret, generating it (plaintext
 * opt-in) or an ExternalSecret that builds it, or referencing an existing one.
 * The tool never sees a value in the ExternalSecret mode: the INI fragment is
 * an ESO template and the values go from the store straight into the Secret.
 */
import type { Credentials, FieldPath, Options, RemoteRef, SecretStoreRef } from '../inventory/model.js';
import { canonicalGoDuration } from '../secrets/duration.js';
import { generatedMetadata, type Expansion } from './plan.js';
import { iniSection } from './ini.js';
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

/** Secret name for a generated credentials Secret (and its ExternalSecret). */
export function credentialSecretName(t: CredentialTarget): string {
  return `${t.component}-${t.name}-secrets`;
}

/** Key of the INI fragment in the credentials Secret; the operator mounts it into the service's conf.d. */
export function credentialSecretKey(section: string): string {
  return `${section}.conf`;
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
    // Only with spec.secrets.allowPlaintext; RB005 reports otherwise and output is withheld.
    if (!ctx.inventory.secrets.allowPlaintext) return name;
    out.resources.push({
      origin: at,
      value: {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: generatedMetadata(name, namespace, ctx.inventory.name, labels),
        type: 'Opaque',
        stringData: { [credentialSecretKey(t.section)]: iniSection(t.section, c.values as Options) },
      },
    });
    return name;
  }
  const data = Object.entries(c.externalSecret.data);
  out.resources.push({
    origin: at,
    value: externalSecret(ctx, name, labels, c.externalSecret.store ?? ctx.inventory.secrets.store, {
      [credentialSecretKey(t.section)]: iniTemplate(t.section, data.map(([key]) => key)),
    }, data),
  });
  return name;
}

/**
 * An external-secrets.io/v1 ExternalSecret producing Secret `name`. With
 * `templateData` the Secret holds exactly those rendered keys; without, it
 * holds the fetched keys as they are (ESO's fallback when a template has no data).
 *
 * Every field the API server would default is written out (refreshInterval in
 * canonical form, target policies, template engine and merge policy, the
 * remoteRef strategies): the live object then equals the Git manifest on every
 * ESO release, including those before v2.9.0 that defaulted the strategies,
 * so Argo CD does not show it OutOfSync (Argo CD #13004). nullBytePolicy is
 * left out: older CRDs do not have it and would prune it, which is a diff too.
 */
export function externalSecret(
  ctx: ExpandContext,
  name: string,
  labels: Record<string, string>,
  store: SecretStoreRef | undefined,
  templateData: Record<string, string>,
  data: Array<[string, RemoteRef]>,
): Record<string, unknown> {
  const { namespace } = ctx.inventory.controlPlane;
  const { refreshInterval } = ctx.inventory.secrets;
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: generatedMetadata(name, namespace, ctx.inventory.name, labels),
    spec: {
      // RB043 rejects an interval Go cannot parse before expansion runs.
      refreshInterval: canonicalGoDuration(refreshInterval) ?? refreshInterval,
      // RB040 rejects a missing store before expansion runs.
      // kind written even when it is ESO's default, so the manifest says which store it means.
      ...(store ? { secretStoreRef: { name: store.name, kind: store.kind } } : {}),
      target: {
        name,
        creationPolicy: 'Owner',
        deletionPolicy: 'Retain',
        template: {
          engineVersion: 'v2',
          mergePolicy: 'Replace',
          type: 'Opaque',
          metadata: { labels },
          ...(Object.keys(templateData).length > 0 ? { data: templateData } : {}),
        },
      },
      data: data.map(([secretKey, ref]) => ({
        secretKey,
        remoteRef: {
          key: ref.key,
          ...(ref.property ? { property: ref.property } : {}),
          ...(ref.version ? { version: ref.version } : {}),
          conversionStrategy: 'Default',
          decodingStrategy: ref.decodingStrategy,
          metadataPolicy: 'None',
        },
      })),
    },
  };
}

/**
 * The ESO template of an INI fragment: `[section]` and one `key = {{ ref }}`
 * line per key. Literal text is escaped, so the template renders exactly the
 * fragment the plaintext mode writes for the same values.
 */
export function iniTemplate(section: string, keys: readonly string[]): string {
  return `[${escapeGoTemplate(section)}]\n` + keys.map((k) => `${escapeGoTemplate(k)} = ${templateRef(k)}\n`).join('');
}

/**
 * A reference to fetched value `key` in a Go template. `{{ .key }}` reads best
 * and is what ESO's docs use, but only parses for identifier keys; `-` or `.`
 * in a key needs `index` ("bad character U+002D" otherwise). secretKey names
 * (`^[-._a-zA-Z0-9]+$`) never hold `"` or `\`, so the quoted form is exact.
 */
export function templateRef(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `{{ .${key} }}` : `{{ index . ${JSON.stringify(key)} }}`;
}

/**
 * Literal text inside an ESO (Go text/template) template. Only the opening
 * delimiter needs escaping: `{{ "{{" }}` renders `{{`, and a bare `}}` is
 * plain text. A `{` right before `{{` stays literal too (`{{{` would not parse).
 */
export function escapeGoTemplate(text: string): string {
  return text.replace(/\{\{/g, '{{ "{{" }}');
}

