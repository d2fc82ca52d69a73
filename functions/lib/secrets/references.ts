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

/**
 * `plainData`: the plain data of a control plane when the caller already has
 * it (the manifest index holds it): converting a large control plane again
 * costs as much as walking it.
 */
export function secretReferences(items: readonly Item[], plainData?: (item: Item) => Record<string, any> | undefined): SecretReference[] {
  const out: SecretReference[] = [];
  for (const item of items) {
    if (kindOf(item) !== 'OpenStackControlPlane') continue;
    const namespace = namespaceOf(item);
    const path: (string | number)[] = ['spec'];
    walk((plainData?.(item) ?? toObject(item)).spec, path, false, (ref) => out.push({ ...ref, namespace, item }));
  }
  return out;
}

type Found = Omit<SecretReference, 'item' | 'namespace'>;

/** `path` is the walk's own stack (pushed and popped in place): a reference gets a copy of it. */
function walk(node: unknown, path: (string | number)[], ceph: boolean, found: (r: Found) => void): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      walk(node[i], path, ceph, found);
      path.pop();
    }
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  // An extraVol entry says once for all its volumes whether they hold Ceph files.
  const inCeph = ceph || obj.extraVolType === 'Ceph';
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (key === 'customServiceConfigSecrets' && Array.isArray(value)) {
      value.forEach((name, i) => typeof name === 'string' && found({ name, use: 'config', path: [...path, key, i] }));
    } else if (key === 'volumes' && Array.isArray(value)) {
      value.forEach((vol, i) => {
        for (const r of volumeReferences(vol)) {
          if (r.kind !== 'Secret') continue;
          // Ceph files come in a plain secret volume of a Ceph extraVol entry.
          const use = inCeph && r.path[0] === 'secret' ? 'ceph' : 'volume';
          found({ name: r.name, use, items: r.items, path: [...path, key, i, ...r.path] });
        }
      });
    } else if (value && typeof value === 'object') {
      path.push(key);
      walk(value, path, inCeph, found);
      path.pop();
    }
  }
}
