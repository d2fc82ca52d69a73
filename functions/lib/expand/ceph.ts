/**
 * Ceph clusters: one `extraVolType: Ceph` mount of the cluster's Secret per
 * cluster, propagated least-privilege to exactly the pods that use it (by
 * instance name, plus CinderBackup when the backup uses it).
 */
import type { CephCluster } from '../inventory/model.js';
import type { ExpandContext } from './context.js';
import type { Expansion } from './plan.js';

export function cephVolumeName(c: CephCluster): string {
  return c.name === 'ceph' ? 'ceph' : `ceph-${c.name}`;
}

/** Propagation values of the pods that read cluster `c`. */
export function cephConsumers(ctx: ExpandContext, c: CephCluster): string[] {
  const inv = ctx.inventory;
  const uses = (cluster: string | undefined) => (cluster ?? inv.ceph[0]?.name) === c.name;
  const out: string[] = [];
  for (const b of inv.cinder.backends) if (b.driver === 'ceph-rbd' && uses(b.cluster)) out.push(b.name);
  for (const b of inv.manila.backends) if ((b.driver === 'cephfs' || b.driver === 'cephfs-nfs') && uses(b.cluster)) out.push(b.name);
  if (inv.glance.stores.some((s) => s.type === 'rbd' && uses(s.cluster))) out.push(inv.glance.api.name);
  if (inv.cinder.backup?.driver === 'ceph' && uses(inv.cinder.backup.cluster)) out.push('CinderBackup');
  return [...new Set(out)];
}

export function expandCeph(ctx: ExpandContext, out: Expansion): void {
  for (const c of ctx.inventory.ceph) {
    const propagation = cephConsumers(ctx, c);
    if (propagation.length === 0) continue;
    const volume = cephVolumeName(c);
    out.controlPlane.push({
      kind: 'item',
      path: ['spec', 'extraMounts'],
      key: volume,
      origin: c.at,
      value: {
        name: volume,
        extraVol: [
          {
            propagation,
            extraVolType: 'Ceph',
            volumes: [{ name: volume, secret: { secretName: c.secretName } }],
            mounts: [{ name: volume, mountPath: c.mountPath, readOnly: true }],
          },
        ],
      },
    });
    out.externalSecrets.push({ name: c.secretName, origin: [...c.at, 'secretName'] });
  }
}
