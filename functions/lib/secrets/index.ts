/**
 * Which Secrets the package provides, and how: a plain Secret, a SealedSecret
 * (produces a Secret of its own name and namespace), a SOPS-encrypted Secret
 * (recognised by its `sops:` metadata, never decrypted), or an ExternalSecret
 * (produces spec.target.name, default its own name). Used to tell "present in
 * the package" from "expected in the cluster" for every Secret reference.
 * Only names, namespaces and key names are read: never a value.
 */
import { kindOf, nameOf, namespaceOf, toObject, type Item } from '../io/resources.js';

export type SecretProvider = 'Secret' | 'SealedSecret' | 'SOPS' | 'ExternalSecret';

/** Sealed Secrets scopes: what the ciphertext is bound to. */
export type SealingScope = 'strict' | 'namespace-wide' | 'cluster-wide';

export interface ProvidedSecret {
  /** Name of the Secret that ends up in the cluster. */
  name: string;
  namespace?: string;
  provider: SecretProvider;
  item: Item;
  /**
   * Key names of the produced Secret, when they can be known offline (plain
   * Secret, SealedSecret encryptedData and template keys, SOPS data keys,
   * ExternalSecret template or data keys); undefined when they cannot
   * (ExternalSecret dataFrom or templateFrom).
   */
  keys?: string[];
  /** Where the key names are written in `item` (for diagnostics). */
  keysAt: (string | number)[];
  /** SealedSecret only. */
  scope?: SealingScope;
}

export const SEALED_NAMESPACE_WIDE = 'sealedsecrets.bitnami.com/namespace-wide';
export const SEALED_CLUSTER_WIDE = 'sealedsecrets.bitnami.com/cluster-wide';

/** Flux and `sops filestatus`: a top-level `sops` map with a non-empty mac and version. */
export function isSopsEncrypted(obj: Record<string, any>): boolean {
  const s = obj.sops;
  return !!s && typeof s === 'object' && !Array.isArray(s) && typeof s.mac === 'string' && s.mac !== '' && !!s.version;
}

export function sealingScope(obj: Record<string, any>): SealingScope {
  const ann = obj.metadata?.annotations ?? {};
  // Both set: cluster-wide wins (sealed-secrets' own precedence).
  if (ann[SEALED_CLUSTER_WIDE] === 'true') return 'cluster-wide';
  if (ann[SEALED_NAMESPACE_WIDE] === 'true') return 'namespace-wide';
  return 'strict';
}

const keysOf = (m: unknown): string[] => (m && typeof m === 'object' && !Array.isArray(m) ? Object.keys(m) : []);

/** The one provider `item` is, if any. */
export function providerOf(item: Item): ProvidedSecret | undefined {
  const kind = kindOf(item);
  if (kind !== 'Secret' && kind !== 'SealedSecret' && kind !== 'ExternalSecret') return undefined;
  const name = nameOf(item);
  if (!name) return undefined;
  const namespace = namespaceOf(item);
  const o = toObject(item);
  if (kind === 'Secret') {
    const keys = [...keysOf(o.data), ...keysOf(o.stringData)];
    return { name, namespace, provider: isSopsEncrypted(o) ? 'SOPS' : 'Secret', item, keys: [...new Set(keys)], keysAt: o.stringData && !o.data ? ['stringData'] : ['data'] };
  }
  if (kind === 'SealedSecret') {
    const keys = [...keysOf(o.spec?.encryptedData), ...keysOf(o.spec?.template?.data)];
    return { name, namespace, provider: 'SealedSecret', item, keys: [...new Set(keys)], keysAt: ['spec', 'encryptedData'], scope: sealingScope(o) };
  }
  const spec = o.spec ?? {};
  const target = typeof spec.target?.name === 'string' ? spec.target.name : name;
  return { name: target, namespace, provider: 'ExternalSecret', item, ...externalSecretKeys(spec) };
}

/** Keys an ExternalSecret's target Secret will hold, following ESO's template rules. */
function externalSecretKeys(spec: Record<string, any>): { keys?: string[]; keysAt: (string | number)[] } {
  const fetched = Array.isArray(spec.data) ? spec.data.map((d: { secretKey?: unknown } | null) => d?.secretKey).filter((k: unknown): k is string => typeof k === 'string') : [];
  const opaqueFetch = Array.isArray(spec.dataFrom) && spec.dataFrom.length > 0;
  const template = spec.target?.template;
  const templated = keysOf(template?.data);
  const opaqueTemplate = Array.isArray(template?.templateFrom) && template.templateFrom.length > 0;
  if (!template || (templated.length === 0 && !opaqueTemplate)) {
    // No template data: ESO falls back to the fetched keys.
    return { keys: opaqueFetch ? undefined : fetched, keysAt: ['spec', 'data'] };
  }
  if (opaqueTemplate) return { keys: undefined, keysAt: ['spec', 'target', 'template'] };
  if (template.mergePolicy === 'Merge') {
    return { keys: opaqueFetch ? undefined : [...new Set([...templated, ...fetched])], keysAt: ['spec', 'target', 'template', 'data'] };
  }
  return { keys: templated, keysAt: ['spec', 'target', 'template', 'data'] };
}

/** Every provider in the items, in input order. */
export function secretProviders(items: readonly Item[]): ProvidedSecret[] {
  const out: ProvidedSecret[] = [];
  for (const item of items) {
    const p = providerOf(item);
    if (p) out.push(p);
  }
  return out;
}

/** Providers by Secret name (the first one per name). */
export function providedSecrets(items: readonly Item[]): Map<string, ProvidedSecret> {
  const out = new Map<string, ProvidedSecret>();
  for (const p of secretProviders(items)) if (!out.has(p.name)) out.set(p.name, p);
  return out;
}

/**
 * The provider of Secret `name` in `namespace`. A provider without a
 * namespace is placed by whoever applies it (kustomize, Argo CD, Flux) and
 * counts as a match.
 */
export function findProvider(providers: readonly ProvidedSecret[], name: string, namespace: string | undefined): ProvidedSecret | undefined {
  return providersByName(providers).get(name)?.find((p) => !p.namespace || !namespace || p.namespace === namespace);
}

// Callers look up every referenced Secret in the same list: indexed by name once per list, not scanned per reference.
const byName = new WeakMap<readonly ProvidedSecret[], Map<string, ProvidedSecret[]>>();
function providersByName(providers: readonly ProvidedSecret[]): Map<string, ProvidedSecret[]> {
  let index = byName.get(providers);
  if (!index) {
    index = new Map();
    for (const p of providers) {
      const same = index.get(p.name);
      if (same) same.push(p);
      else index.set(p.name, [p]);
    }
    byName.set(providers, index);
  }
  return index;
}

/** `SealedSecret in sealed/pure.yaml` — how a Secret is provided, for the summary. */
export function describeProvider(p: ProvidedSecret): string {
  const what = p.provider === 'SOPS' ? 'SOPS-encrypted Secret' : p.provider;
  return p.item.path ? `${what} in ${p.item.path}` : what;
}

/**
 * Fills `providedBy` for each referenced Secret the package provides in the
 * control plane's namespace; the rest are expected in the cluster.
 */
/** The references with providedBy set where the package provides the Secret (new objects; the input is not changed). */
export function withProviders<T extends { name: string; providedBy?: string }>(refs: readonly T[], items: readonly Item[], namespace: string): T[] {
  const providers = secretProviders(items);
  return refs.map((ref) => {
    const p = findProvider(providers, ref.name, namespace);
    return p ? { ...ref, providedBy: describeProvider(p) } : ref;
  });
}
