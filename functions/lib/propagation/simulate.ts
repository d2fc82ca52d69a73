/**
 * The operators' extraMounts matching algorithm (lib-common
 * modules/storage, RHOSO-FIELDS.md 1.3-1.4), applied to an
 * OpenStackControlPlane: which pods exist, and which volumes and mounts each
 * one receives. Shared by the rules (duplicates, typos, reach) and `explain`.
 */
import type { V1VolumeProjection } from '@kubernetes/client-node';

export type StorageService = 'cinder' | 'manila' | 'glance';

export interface Pod {
  /** Human id, e.g. cinder-volume/pure-iscsi, glance-api/default. */
  id: string;
  service: StorageService;
  component: string;
  /** Map key for per-instance pods (cinderVolumes, cinderBackups, manilaShares, glanceAPIs). */
  instance?: string;
  /** The service list this pod passes to Propagate(). */
  svc: string[];
  replicas?: number;
  /** Path of the pod's definition in the control plane. */
  path: (string | number)[];
}

export interface Take {
  /** Path of the extraVol entry in the control plane. */
  path: (string | number)[];
  list: 'template' | 'top';
  /** How many times the entry was taken (>1 duplicates every volume in it). */
  times: number;
  /** The propagation values that matched ([] when the list was empty: taken once by every pod). */
  matchedBy: string[];
  volumes: Array<Record<string, any>>;
  mounts: Array<Record<string, any>>;
}

export interface PodMounts {
  pod: Pod;
  takes: Take[];
}

/** Built-in propagation values per service (instance names come from the map keys). */
export const BUILTIN_VALUES: Record<string, string[]> = {
  common: ['All', 'DBSync', 'Compute'],
  cinder: ['Cinder', 'CinderAPI', 'CinderScheduler', 'CinderBackup', 'CinderVolume'],
  manila: ['Manila', 'ManilaAPI', 'ManilaScheduler', 'ManilaShare'],
  glance: ['Glance', 'GlanceAPI'],
  heat: ['Heat', 'HeatAPI', 'HeatEngine'],
  horizon: ['Horizon'],
  keystone: ['Keystone', 'KeystoneCron', 'KeystoneBootstrap'],
  neutron: ['Neutron', 'NeutronAPI'],
  barbican: ['Barbican', 'BarbicanAPI', 'BarbicanWorker', 'BarbicanKeystoneListener'],
};

export const ALL_BUILTIN_VALUES: string[] = Object.values(BUILTIN_VALUES).flat();

const obj = (v: unknown): Record<string, any> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {});
const keys = (v: unknown) => Object.keys(obj(v));

/** Pods of the storage services the control plane defines (disabled services have none). */
export function podsOf(oscp: unknown): Pod[] {
  const spec = obj(obj(oscp).spec);
  const pods: Pod[] = [];
  const cinder = obj(spec.cinder);
  if (spec.cinder !== undefined && cinder.enabled !== false) {
    const t = obj(cinder.template);
    const base = ['spec', 'cinder', 'template'];
    pods.push({ id: 'cinder-api', service: 'cinder', component: 'cinder-api', svc: ['Cinder', 'CinderAPI'], path: [...base, 'cinderAPI'], replicas: obj(t.cinderAPI).replicas });
    pods.push({ id: 'cinder-scheduler', service: 'cinder', component: 'cinder-scheduler', svc: ['Cinder', 'CinderScheduler'], path: [...base, 'cinderScheduler'], replicas: obj(t.cinderScheduler).replicas });
    if (t.cinderBackup !== undefined && (obj(t.cinderBackup).replicas ?? 1) > 0) {
      pods.push({ id: 'cinder-backup', service: 'cinder', component: 'cinder-backup', svc: ['Cinder', 'CinderBackup'], path: [...base, 'cinderBackup'], replicas: obj(t.cinderBackup).replicas ?? 1 });
    }
    for (const k of keys(t.cinderBackups)) {
      pods.push({ id: `cinder-backup/${k}`, service: 'cinder', component: 'cinder-backup', instance: k, svc: ['Cinder', 'CinderBackup'], path: [...base, 'cinderBackups', k], replicas: obj(t.cinderBackups[k]).replicas ?? 1 });
    }
    for (const k of keys(t.cinderVolumes)) {
      pods.push({ id: `cinder-volume/${k}`, service: 'cinder', component: 'cinder-volume', instance: k, svc: ['Cinder', 'CinderVolume', k], path: [...base, 'cinderVolumes', k], replicas: obj(t.cinderVolumes[k]).replicas ?? 1 });
    }
  }
  const manila = obj(spec.manila);
  if (manila.enabled === true) {
    const t = obj(manila.template);
    const base = ['spec', 'manila', 'template'];
    pods.push({ id: 'manila-api', service: 'manila', component: 'manila-api', svc: ['Manila', 'ManilaAPI'], path: [...base, 'manilaAPI'], replicas: obj(t.manilaAPI).replicas });
    pods.push({ id: 'manila-scheduler', service: 'manila', component: 'manila-scheduler', svc: ['Manila', 'ManilaScheduler'], path: [...base, 'manilaScheduler'], replicas: obj(t.manilaScheduler).replicas });
    for (const k of keys(t.manilaShares)) {
      pods.push({ id: `manila-share/${k}`, service: 'manila', component: 'manila-share', instance: k, svc: ['Manila', 'ManilaShare', k], path: [...base, 'manilaShares', k], replicas: obj(t.manilaShares[k]).replicas ?? 1 });
    }
  }
  const glance = obj(spec.glance);
  if (spec.glance !== undefined && glance.enabled !== false) {
    const t = obj(glance.template);
    for (const k of keys(t.glanceAPIs)) {
      pods.push({ id: `glance-api/${k}`, service: 'glance', component: 'glance-api', instance: k, svc: ['Glance', 'GlanceAPI', k], path: ['spec', 'glance', 'template', 'glanceAPIs', k], replicas: obj(t.glanceAPIs[k]).replicas ?? 1 });
    }
  }
  return pods;
}

/** Every propagation value that matches at least one pod in this control plane, plus all built-ins (`pods`: its podsOf, when the caller has them). */
export function validPropagationValues(oscp: unknown, pods: readonly Pod[] = podsOf(oscp)): Set<string> {
  const out = new Set(ALL_BUILTIN_VALUES);
  for (const p of pods) if (p.instance && p.component !== 'cinder-backup') out.add(p.instance);
  return out;
}

/** The extraMounts lists a pod of `service` evaluates: its template's list, then the top-level list. */
export function listsFor(oscp: unknown, service: StorageService): Array<{ list: 'template' | 'top'; path: (string | number)[]; entries: unknown[] }> {
  const spec = obj(obj(oscp).spec);
  const tpl = obj(obj(spec[service]).template).extraMounts;
  return [
    { list: 'template', path: ['spec', service, 'template', 'extraMounts'], entries: Array.isArray(tpl) ? tpl : [] },
    { list: 'top', path: ['spec', 'extraMounts'], entries: Array.isArray(spec.extraMounts) ? spec.extraMounts : [] },
  ];
}

/** How many times `propagation` takes an entry for a pod with service list `svc` (lib-common Propagate). */
export function timesTaken(propagation: unknown, svc: readonly string[]): { times: number; matchedBy: string[] } {
  if (!Array.isArray(propagation) || propagation.length === 0) return { times: 1, matchedBy: [] };
  const matchedBy = propagation.filter((p) => p === 'All' || svc.includes(p as string)) as string[];
  return { times: matchedBy.length, matchedBy };
}

/** `pods`: podsOf(oscp), when the caller has them (the manifest index: a 1,000-back-end control plane has as many pods). */
export function simulate(oscp: unknown, pods: readonly Pod[] = podsOf(oscp)): PodMounts[] {
  const result: PodMounts[] = [];
  // Each list indexed once: a pod only looks at the extraVol entries that name one of its
  // service values, 'All', or nothing (taken by every pod), so per-back-end entries cost
  // O(entries) in all instead of O(pods × entries).
  const indexes = new Map<StorageService, ListIndex[]>();
  for (const pod of pods) {
    let lists = indexes.get(pod.service);
    if (!lists) {
      lists = listsFor(oscp, pod.service).map(indexList);
      indexes.set(pod.service, lists);
    }
    const takes: Take[] = [];
    for (const { list, path, extraVols, everyPod, byValue } of lists) {
      const candidates = new Set<number>(everyPod);
      for (const value of pod.svc) for (const n of byValue.get(value) ?? []) candidates.add(n);
      for (const n of [...candidates].sort((a, b) => a - b)) {
        const { i, j, v } = extraVols[n]!;
        const { times, matchedBy } = timesTaken(obj(v).propagation, pod.svc);
        if (times === 0) continue;
        takes.push({
          path: [...path, i, 'extraVol', j],
          list,
          times,
          matchedBy,
          volumes: Array.isArray(obj(v).volumes) ? obj(v).volumes : [],
          mounts: Array.isArray(obj(v).mounts) ? obj(v).mounts : [],
        });
      }
    }
    result.push({ pod, takes });
  }
  return result;
}

interface ListIndex {
  list: 'template' | 'top';
  path: (string | number)[];
  /** Every extraVol of the list in document order, numbered by position here. */
  extraVols: Array<{ i: number; j: number; v: unknown }>;
  /** Positions taken by every pod: no propagation list, an empty one, or one with 'All'. */
  everyPod: number[];
  /** Positions by the propagation values they list. */
  byValue: Map<unknown, number[]>;
}

function indexList({ list, path, entries }: ReturnType<typeof listsFor>[number]): ListIndex {
  const index: ListIndex = { list, path, extraVols: [], everyPod: [], byValue: new Map() };
  entries.forEach((entry, i) => {
    const extraVol = obj(entry).extraVol;
    if (!Array.isArray(extraVol)) return;
    extraVol.forEach((v, j) => {
      const n = index.extraVols.push({ i, j, v }) - 1;
      const propagation = obj(v).propagation;
      if (!Array.isArray(propagation) || propagation.length === 0 || propagation.includes('All')) {
        index.everyPod.push(n);
        return;
      }
      for (const value of new Set(propagation)) {
        const at = index.byValue.get(value);
        if (at) at.push(n);
        else index.byValue.set(value, [n]);
      }
    });
  });
  return index;
}

/** A short description of a volume's source, e.g. secret:ceph-conf-files, nfs:host:/export. */
export function volumeSource(vol: Record<string, any> | undefined): string {
  if (!vol) return 'missing-volume';
  if (vol.secret) return `secret:${vol.secret.secretName}`;
  if (vol.configMap) return `configMap:${vol.configMap.name}`;
  if (vol.nfs) return `nfs:${vol.nfs.server}:${vol.nfs.path}`;
  if (vol.persistentVolumeClaim) return `pvc:${vol.persistentVolumeClaim.claimName}`;
  if (vol.projected) return `projected:${(vol.projected.sources ?? []).map((s: V1VolumeProjection) => s.secret?.name ?? s.configMap?.name ?? Object.keys(s)[0]).join('+')}`;
  const kind = Object.keys(vol).find((k) => k !== 'name');
  return kind ?? 'unknown';
}
