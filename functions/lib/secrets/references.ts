/**
 * The Secrets an OpenStackControlPlane reads: every customServiceConfigSecrets
 * entry (INI fragments for a service or back end) and every `secret` volume
 * of an extraMounts entry (files, Ceph config and keyrings). Read from the
 * manifest itself, so it works for rendered and for hand-written control planes.
 */
import { kindOf, namespaceOf, toObject, type Item } from '../io/resources.js';
import { volumeReferences } from '../manifest/volume-references.js';

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
        for (const r of volumeReferences(vol)) {
          if (r.kind !== 'Secret') continue;
          // Ceph files come in a plain secret volume of a Ceph extraVol entry.
          const use = inCeph && r.path[0] === 'secret' ? 'ceph' : 'volume';
          found({ name: r.name, use, items: r.items, path: [...at, i, ...r.path] });
        }
      });
    } else walk(value, at, inCeph, found);
  }
}
