/**
 * What each pod receives, as comparable lines, from the production simulator
 * (functions/lib/propagation/simulate.ts). Test-only: the reproduction and
 * storage-service tests compare renders with it.
 */
import { simulate, volumeSource } from '../../functions/lib/propagation/simulate.js';

type Obj = Record<string, any>;

/**
 * The sources a volume carries, one per Secret/ConfigMap: a projected volume
 * of N sources gives N entries, so `secret: {secretName: x}` and
 * `projected: {sources: [{secret: {name: x}}]}` describe the same files.
 */
export function volumeSources(vol: Obj | undefined): string[] {
  if (vol?.projected) {
    return (vol.projected.sources ?? []).map((s: Obj) => (s.secret ? `secret:${s.secret.name}` : s.configMap ? `configMap:${s.configMap.name}` : (Object.keys(s)[0] ?? 'unknown')));
  }
  return [volumeSource(vol)];
}

/**
 * pod id -> sorted "source -> mountPath" lines, projected volumes flattened
 * into their sources (repeats kept: a volume taken twice still shows twice).
 * Compares renders that pack the same Secrets into volumes differently.
 */
export function sourceReachByPod(oscp: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { pod, takes } of simulate(oscp)) {
    const lines: string[] = [];
    for (const t of takes) {
      for (let n = 0; n < t.times; n++) {
        for (const m of t.mounts) {
          const vol = t.volumes.find((v) => v.name === m.name);
          lines.push(...volumeSources(vol).map((src) => `${src} -> ${String(m.mountPath).replace(/\/+$/, '')}${m.subPath ? ` (${m.subPath})` : ''}`));
        }
      }
    }
    out[pod.id] = lines.sort();
  }
  return out;
}
