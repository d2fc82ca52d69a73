/**
 * The Secrets an OpenStackControlPlane reads: every customServiceConfigSecrets
 * entry (INI fragments for a service or back end) and every `secret` volume
 * of an extraMounts entry (files, Ceph config and keyrings). Read from the
 * manifest itself, so it works for rendered and for hand-written control planes.
 */
import { kindOf, namespaceOf, toObject, type Item } from '../io/resources.js';

export interface SecretReference {
  name: string;
  /** Namespace of the control plane that reads it. */
  namespace?: string;
  /** config: customServiceConfigSecrets; volume: an extraMounts secret volume; ceph: the same with extraVolType Ceph. */
  use: 'config' | 'volume' | 'ceph';
  /** Keys a volume selects with `items` (the pod fails to start when one is missing). */
  items?: string[];
  item: Item;
  /** Path of the reference inside `item`. */
  path: (string | number)[];
}

export function secretReferences(items: readonly Item[]): SecretReference[] {
  const out: SecretReference[] = [];
  for (const item of items) {
    if (kindOf(item) !== 'OpenStackControlPlane') continue;
    const namespace = namespaceOf(item);
    walk(toObject(item).spec, ['spec'], false, (ref) => out.push({ ...ref, namespace, item }));
  }
  return out;
}

type Found = Omit<SecretReference, 'item' | 'namespace'>;

function walk(node: unknown, path: (string | number)[], ceph: boolean, found: (r: Found) => void): void {
  if (Array.isArray(node)) {
    node.forEach((v, i) => walk(v, [...path, i], ceph, found));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  // An extraVol entry says once for all its volumes whether they hold Ceph files.
  const inCeph = ceph || obj.extraVolType === 'Ceph';
  for (const [key, value] of Object.entries(obj)) {
    const at = [...path, key];
    if (key === 'customServiceConfigSecrets' && Array.isArray(value)) {
      value.forEach((name, i) => typeof name === 'string' && found({ name, use: 'config', path: [...at, i] }));
    } else if (key === 'volumes' && Array.isArray(value)) {
      value.forEach((vol, i) => {
        const secret = (vol as any)?.secret;
        if (secret && typeof secret.secretName === 'string') {
          found({ name: secret.secretName, use: inCeph ? 'ceph' : 'volume', items: itemKeys(secret.items), path: [...at, i, 'secret', 'secretName'] });
        }
        const sources = (vol as any)?.projected?.sources;
        if (!Array.isArray(sources)) return;
        sources.forEach((src: any, j) => {
          if (src?.secret && typeof src.secret.name === 'string') {
            found({ name: src.secret.name, use: 'volume', items: itemKeys(src.secret.items), path: [...at, i, 'projected', 'sources', j, 'secret', 'name'] });
          }
        });
      });
    } else walk(value, at, inCeph, found);
  }
}

function itemKeys(items: unknown): string[] | undefined {
  return Array.isArray(items) ? items.map((x: any) => x?.key).filter((k: unknown): k is string => typeof k === 'string') : undefined;
}
