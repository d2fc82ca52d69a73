/**
 * The one answer to "which Secrets and ConfigMaps does this volume read":
 * a secret or configMap volume, each source of a projected volume, and a CSI
 * volume's nodePublishSecretRef. Rules (RB106, RB108), the provided-Secret
 * checks and `explain` all ask here.
 */
import type { V1Volume } from '@kubernetes/client-node';

export interface VolumeReference {
  kind: 'Secret' | 'ConfigMap';
  name: string;
  /** The volume says the object may be absent (`optional: true`). */
  optional: boolean;
  /** Keys the volume selects with `items` (the pod fails to start when one is missing). */
  items?: string[];
  /** Path of the name inside the volume, e.g. ['projected', 'sources', 0, 'secret', 'name']. */
  path: (string | number)[];
}

const keysOf = (items: Array<{ key?: string }> | undefined): string[] | undefined =>
  Array.isArray(items) ? items.map((x) => x?.key).filter((k): k is string => typeof k === 'string') : undefined;

/** Accepts any value (manifests are not checked yet when rules run): what is not a reference is skipped. */
export function volumeReferences(value: unknown): VolumeReference[] {
  if (!value || typeof value !== 'object') return [];
  const vol = value as V1Volume;
  const out: VolumeReference[] = [];
  if (typeof vol.secret?.secretName === 'string') out.push({ kind: 'Secret', name: vol.secret.secretName, optional: vol.secret.optional === true, items: keysOf(vol.secret.items), path: ['secret', 'secretName'] });
  if (typeof vol.configMap?.name === 'string') out.push({ kind: 'ConfigMap', name: vol.configMap.name, optional: vol.configMap.optional === true, items: keysOf(vol.configMap.items), path: ['configMap', 'name'] });
  if (typeof vol.csi?.nodePublishSecretRef?.name === 'string') out.push({ kind: 'Secret', name: vol.csi.nodePublishSecretRef.name, optional: false, path: ['csi', 'nodePublishSecretRef', 'name'] });
  const sources = vol.projected?.sources;
  if (Array.isArray(sources)) {
    sources.forEach((s, j) => {
      if (typeof s?.secret?.name === 'string') out.push({ kind: 'Secret', name: s.secret.name, optional: s.secret.optional === true, items: keysOf(s.secret.items), path: ['projected', 'sources', j, 'secret', 'name'] });
      if (typeof s?.configMap?.name === 'string') out.push({ kind: 'ConfigMap', name: s.configMap.name, optional: s.configMap.optional === true, items: keysOf(s.configMap.items), path: ['projected', 'sources', j, 'configMap', 'name'] });
    });
  }
  return out;
}

/** The Secret names a volume reads (optional ones included: they reach the pod when present). */
export function secretsOfVolume(value: unknown): string[] {
  return volumeReferences(value)
    .filter((r) => r.kind === 'Secret')
    .map((r) => r.name);
}
