/**
 * Where the pods that need host prerequisites run (DATAPLANE.md §4.2, §5):
 * - a custom MachineConfig role (not worker/master): its pool's node
 *   selector (hosts.poolNodeSelector) goes on every pod that uses the
 *   MachineConfigs (iSCSI/FC/NVMe cinder-volume; cinder-backup and glance APIs
 *   with a cinder store when such a back end exists), so they only land on
 *   nodes that have them;
 * - hosts.fcNodeSelector (the nodes with FC HBAs) goes on the FC back ends'
 *   cinder-volume and, when any back end is FC, on cinder-backup and on the
 *   glance APIs that serve a cinder store (both attach cinder volumes).
 * An entry's own nodeSelector adds to these; a contradiction is RB030's,
 * never silently resolved here.
 */
import type { CinderBackend, CinderBackup, GlanceApi, Inventory } from '../inventory/model.js';
import { hostProtocolOf, protocolOf } from './prerequisites.js';

export const BUILTIN_ROLES = ['worker', 'master'];

export const isFc = (b: CinderBackend) => protocolOf(b) === 'fc';

export function fcInUse(inv: Inventory): boolean {
  return inv.cinder.backends.some(isFc);
}

/** The custom pool's selector, when the role is a custom pool (RB031 requires it then). */
export function poolSelector(inv: Inventory): Record<string, string> | undefined {
  if (!inv.hosts) return undefined;
  return BUILTIN_ROLES.includes(inv.hosts.role) ? undefined : inv.hosts.poolNodeSelector;
}

/** The selectors that apply, in order of precedence (later ones add to earlier ones). */
export interface SelectorSource {
  what: string;
  at: (string | number)[];
  labels: Record<string, string>;
}

function sources(inv: Inventory, usesHostPrerequisites: boolean, usesFc: boolean, own: SelectorSource | undefined): SelectorSource[] {
  const out: SelectorSource[] = [];
  const pool = poolSelector(inv);
  if (pool && usesHostPrerequisites) out.push({ what: `the ${inv.hosts!.role} pool`, at: ['spec', 'hosts', 'poolNodeSelector'], labels: pool });
  if (inv.hosts?.fcNodeSelector && usesFc) out.push({ what: 'the FC nodes', at: ['spec', 'hosts', 'fcNodeSelector'], labels: inv.hosts.fcNodeSelector });
  if (own) out.push(own);
  return out;
}

const combine = (list: SelectorSource[]) => (list.length ? Object.assign({}, ...list.map((s) => s.labels)) as Record<string, string> : undefined);

/** Whether any cinder back end needs host prerequisites (a scan that stops at the first). */
const anyHostBackend = (inv: Inventory) => inv.cinder.backends.some((b) => hostProtocolOf(b) !== undefined);

export function volumeSelectorSources(inv: Inventory, b: CinderBackend): SelectorSource[] {
  // The back end's own protocol decides (was a scan of every back end per back end: quadratic).
  const usesHost = hostProtocolOf(b) !== undefined;
  return sources(inv, usesHost, isFc(b), b.nodeSelector ? { what: `back end ${b.name}`, at: [...b.at, 'nodeSelector'], labels: b.nodeSelector } : undefined);
}

export function backupSelectorSources(inv: Inventory, b: CinderBackup): SelectorSource[] {
  return sources(inv, anyHostBackend(inv), fcInUse(inv), b.nodeSelector ? { what: `backup ${b.name}`, at: [...b.at, 'nodeSelector'], labels: b.nodeSelector } : undefined);
}

/** Glance APIs with a cinder store attach volumes of any back end. */
export function servesCinderStore(inv: Inventory, api: GlanceApi): boolean {
  return inv.glance.stores.some((s) => s.type === 'cinder' && api.stores.includes(s.name));
}

export function glanceApiSelectorSources(inv: Inventory, api: GlanceApi): SelectorSource[] {
  const own = api.nodeSelector ? { what: `glance API ${api.name}`, at: [...api.at, 'nodeSelector'], labels: api.nodeSelector } : undefined;
  if (!servesCinderStore(inv, api)) return own ? [own] : [];
  return sources(inv, anyHostBackend(inv), fcInUse(inv), own);
}

export const volumeNodeSelector = (inv: Inventory, b: CinderBackend) => combine(volumeSelectorSources(inv, b));
export const backupNodeSelector = (inv: Inventory, b: CinderBackup) => combine(backupSelectorSources(inv, b));
export const glanceApiNodeSelector = (inv: Inventory, api: GlanceApi) => combine(glanceApiSelectorSources(inv, api));
