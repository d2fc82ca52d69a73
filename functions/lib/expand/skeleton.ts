/**
 * Generator mode: when the package has no control plane (or version), the
 * tool creates a minimal, schema-valid one to hold the storage sections.
 * After that first render it is treated like any other control plane: only
 * the owned fields are updated, so edits to the rest survive.
 */
import type { Inventory } from '../inventory/model.js';
import { generatedMetadata } from './plan.js';

export function controlPlaneSkeleton(inv: Inventory): Record<string, unknown> {
  const cp = inv.controlPlane;
  return {
    apiVersion: 'core.openstack.org/v1beta1',
    kind: 'OpenStackControlPlane',
    metadata: generatedMetadata(cp.name, cp.namespace, inv.name),
    spec: {
      secret: cp.secret,
      storageClass: cp.storageClass,
      cinder: {
        enabled: true,
        template: {
          databaseInstance: cp.databaseInstance,
          memcachedInstance: 'memcached',
          secret: cp.secret,
          cinderAPI: {},
          cinderScheduler: {},
          cinderBackup: { replicas: 0 },
          cinderVolumes: {},
        },
      },
    },
  };
}

/** Service sections a generated control plane gets on first use (manila, glance). */
export function serviceSkeleton(inv: Inventory, service: 'manila' | 'glance'): Record<string, unknown> {
  const cp = inv.controlPlane;
  if (service === 'manila') {
    return { template: { databaseInstance: cp.databaseInstance, memcachedInstance: 'memcached', secret: cp.secret, manilaAPI: {}, manilaScheduler: {}, manilaShares: {} } };
  }
  return {
    template: {
      databaseInstance: cp.databaseInstance,
      memcachedInstance: 'memcached',
      secret: cp.secret,
      keystoneEndpoint: inv.glance.api.name,
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
