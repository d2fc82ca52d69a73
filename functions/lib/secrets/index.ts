/**
 * Which Secrets the package provides, and how: a plain Secret, a SealedSecret
 * (produces a Secret of its own name), a SOPS-encrypted Secret (recognised,
 * never decrypted), or an ExternalSecret (produces spec.target.name, default
 * its own name). Used to tell "present in the package" from "expected in the
 * cluster" for every Secret reference.
 */
import { kindOf, nameOf, namespaceOf, toObject, type Item } from '../io/resources.js';

export type SecretProvider = 'Secret' | 'SealedSecret' | 'SOPS' | 'ExternalSecret';

export interface ProvidedSecret {
  name: string;
  namespace?: string;
  provider: SecretProvider;
  item: Item;
  /** Key names, when visible (plaintext Secret keys, SealedSecret encryptedData keys, SOPS data keys). */
  keys?: string[];
}

export function providedSecrets(items: readonly Item[]): Map<string, ProvidedSecret> {
  const out = new Map<string, ProvidedSecret>();
  for (const item of items) {
    const kind = kindOf(item);
    const name = nameOf(item);
    if (!name) continue;
    if (kind === 'Secret') {
      const o = toObject(item);
      const isSops = o.sops && typeof o.sops === 'object' && o.sops.mac && o.sops.version;
      out.set(name, { name, namespace: namespaceOf(item), provider: isSops ? 'SOPS' : 'Secret', item, keys: [...Object.keys(o.data ?? {}), ...Object.keys(o.stringData ?? {})] });
    } else if (kind === 'SealedSecret') {
      const o = toObject(item);
      out.set(name, { name, namespace: namespaceOf(item), provider: 'SealedSecret', item, keys: Object.keys(o.spec?.encryptedData ?? {}) });
    } else if (kind === 'ExternalSecret') {
      const o = toObject(item);
      const target = o.spec?.target?.name ?? name;
      out.set(target, { name: target, namespace: namespaceOf(item), provider: 'ExternalSecret', item });
    }
  }
  return out;
}
