/**
 * Generator mode: when the package has no control plane (or version), the
 * tool creates a minimal, schema-valid one to hold the storage sections.
 * After that first render it is treated like any other control plane: only
 * the owned fields are updated, so edits to the rest survive.
 * cinderBackup is not part of the skeleton: expand/backup.ts owns it.
 */
import type { Inventory } from '../inventory/model.js';
import { hasCinder } from './backup.js';
import { keystoneEndpoint } from './glance.js';
import { generatedMetadata } from './plan.js';

export function controlPlaneSkeleton(inv: Inventory): Record<string, unknown> {
  const cp = inv.controlPlane;
  const spec: Record<string, unknown> = { secret: cp.secret, storageClass: cp.storageClass };
  // Only an inventory with cinder back ends or backups gets a cinder section (glance/manila-only ones do not).
  if (hasCinder(inv)) {
    spec.cinder = {
      enabled: true,
      template: {
        databaseInstance: cp.databaseInstance,
        memcachedInstance: 'memcached',
        secret: cp.secret,
        cinderAPI: {},
        cinderScheduler: {},
        cinderVolumes: {},
      },
    };
  }
  return {
    apiVersion: 'core.openstack.org/v1beta1',
    kind: 'OpenStackControlPlane',
    metadata: generatedMetadata(cp.name, cp.namespace, inv.name),
    spec,
  };
}

/** Service sections a generated control plane gets on first use (manila, glance). */
export function serviceSkeleton(inv: Inventory, service: 'manila' | 'glance'): Record<string, unknown> {
  const cp = inv.controlPlane;
  if (service === 'manila') {
    // replicas keep manilaAPI/manilaScheduler non-empty, so pruning owned fields never removes these required keys.
    return { enabled: true, template: { databaseInstance: cp.databaseInstance, memcachedInstance: 'memcached', secret: cp.secret, manilaAPI: { replicas: 1 }, manilaScheduler: { replicas: 1 }, manilaShares: {} } };
  }
  return {
    template: {
      databaseInstance: cp.databaseInstance,
      memcachedInstance: 'memcached',
      secret: cp.secret,
      keystoneEndpoint: keystoneEndpoint(inv) ?? inv.glance.apis[0]?.name ?? 'default',
      imageCache: { size: '' },
      glanceAPIs: {},
    },
  };
}

export function versionSkeleton(inv: Inventory): Record<string, unknown> {
  const cp = inv.controlPlane;
  return {
    apiVersion: 'core.openstack.org/v1beta1',
    kind: 'OpenStackVersion',
    metadata: generatedMetadata(cp.name, cp.namespace, inv.name),
    spec: { customContainerImages: {} },
  };
}
