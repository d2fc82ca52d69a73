/**
 * Generic mounts (spec.mounts): any other extraMounts entry, with explicit
 * propagation. Placement never changes reach; it only keeps the output
 * readable: an entry whose propagation values can only match pods of one
 * storage service goes to that service's template list, anything else
 * (All, several services, Heat/Neutron/... values, an instance name that
 * several services share) to the top-level spec.extraMounts, which
 * openstack-operator appends to every service's list.
 */
import type { Inventory, Mount } from '../inventory/model.js';
import { BUILTIN_VALUES } from '../propagation/simulate.js';
import type { ExpandContext } from './context.js';
import type { Expansion } from './plan.js';

export type MountTarget = 'cinder' | 'manila' | 'glance' | 'top';

/** Instance names of each storage service, as the inventory defines them. */
export function instanceNames(inv: Inventory): Record<'cinder' | 'manila' | 'glance', string[]> {
  return {
    cinder: inv.cinder.backends.map((b) => b.name),
    manila: inv.manila.backends.map((b) => b.name),
    glance: inv.glance.apis.map((a) => a.name),
  };
}

/** The services a propagation value can reach ('top' for anything outside cinder/manila/glance). */
export function servicesOf(inv: Inventory, value: string): MountTarget[] {
  for (const s of ['cinder', 'manila', 'glance'] as const) if (BUILTIN_VALUES[s].includes(value)) return [s];
  const names = instanceNames(inv);
  const byInstance = (['cinder', 'manila', 'glance'] as const).filter((s) => names[s].includes(value));
  return byInstance.length > 0 ? byInstance : ['top'];
}

export function mountTarget(inv: Inventory, m: Mount): MountTarget {
  const services = new Set(m.propagation.flatMap((v) => servicesOf(inv, v)));
  return services.size === 1 ? [...services][0] : 'top';
}

export function expandMounts(ctx: ExpandContext, out: Expansion): void {
  for (const m of ctx.inventory.mounts) {
    const target = mountTarget(ctx.inventory, m);
    const mount: Record<string, unknown> = { name: m.name, mountPath: m.mountPath, readOnly: m.readOnly };
    if (m.subPath) mount.subPath = m.subPath;
    // What a mount names explicitly is expected to exist: listed like credentials.secretName references.
    for (const name of referencedObjects(m.volume)) out.externalSecrets.push({ name, origin: [...m.at, 'volume'] });
    out.controlPlane.push({
      kind: 'item',
      path: target === 'top' ? ['spec', 'extraMounts'] : ['spec', target, 'template', 'extraMounts'],
      key: m.name,
      origin: m.at,
      fieldOrigins: [
        { path: ['extraVol', 0, 'mounts', 0, 'mountPath'], at: [...m.at, 'mountPath'] },
        { path: ['extraVol', 0, 'mounts', 0, 'name'], at: [...m.at, 'name'] },
        { path: ['extraVol', 0, 'volumes', 0, 'name'], at: [...m.at, 'name'] },
        { path: ['extraVol', 0, 'propagation'], at: [...m.at, 'propagation'] },
      ],
      value: {
        name: m.name,
        extraVol: [{ propagation: m.propagation, extraVolType: 'Undefined', volumes: [{ name: m.name, ...m.volume }], mounts: [mount] }],
      },
    });
  }
}

/** Secrets and ConfigMaps a volume source names (secret, configMap, projected sources, csi secret ref). */
export function referencedObjects(volume: Record<string, any>): string[] {
  const out: string[] = [];
  const add = (v: unknown) => typeof v === 'string' && out.push(v);
  add(volume.secret?.secretName);
  add(volume.configMap?.name);
  add(volume.csi?.nodePublishSecretRef?.name);
  for (const s of Array.isArray(volume.projected?.sources) ? volume.projected.sources : []) {
    add(s?.secret?.name);
    add(s?.configMap?.name);
  }
  return out;
}
