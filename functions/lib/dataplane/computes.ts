/**
 * The storage side of the EDPM computes (DATAPLANE.md §1-3), as a plan per
 * inventory node set: which Ceph files its ansible jobs mount, the nova
 * ConfigMap and custom nova service, and where they go in spec.services.
 * Pure: the inventory in, data out. expand/dataplane.ts turns the plans into
 * generated resources, dataplane/apply.ts into NodeSet edits.
 *
 * Naming: one Ceph cluster among the node sets gives the upstream names
 * (nova-custom-ceph, ceph-nova; architecture va/hci); several (DCN) give one
 * service and ConfigMap per site, suffixed with the cluster name
 * (nova-custom-ceph-az1, ceph-nova-az1; ci-framework ci_dcn_site). Node sets
 * of one cluster share them (RB033 checks they agree).
 */
import type { CephCluster, Inventory, NodeSet } from '../inventory/model.js';
import { confKey, keyringKey, resolveCluster } from '../expand/ceph.js';
import { defaultStoreOf, keystoneEndpoint } from '../expand/glance.js';

export const CEPH_CLIENT_SERVICE = 'ceph-client';
export const LIBVIRT_SERVICE = 'libvirt';
export const NOVA_SERVICE = 'nova';
export const NOVA_CONFIG_KEY = '03-ceph-nova.conf';
/** Where edpm_ceph_client_files reads the files in the ansible pod (edpm_ceph_client_files_source). */
export const DATAPLANE_CEPH_DIR = '/etc/ceph';
export const CEPH_VOLUME = 'ceph';

/** The bundled default of spec.services (OpenStackDataPlaneNodeSet CRD). */
export const DEFAULT_SERVICES = [
  'redhat', 'download-cache', 'bootstrap', 'configure-network', 'validate-network', 'install-os', 'configure-os', 'ssh-known-hosts',
  'run-os', 'reboot-os', 'install-certs', 'ovn', 'neutron-metadata', 'libvirt', 'nova', 'telemetry',
];

export interface ComputePlan {
  nodeSet: NodeSet;
  cluster: CephCluster;
  /** The clusters whose files the node set gets (inventory order): all for the central site's, else its own and the central one. */
  clusters: CephCluster[];
  serviceName: string;
  configMapName: string;
  /** The nodeTemplate.extraMounts item (data-plane shape: no extraVol wrapper, no propagation). */
  extraMount: Record<string, unknown>;
  novaConfig: string;
  /** The glance store images_rbd_glance_store_name names (undefined: none in the cluster; RB034). */
  glanceStore?: string;
}

/** The central cluster: the one of the default store of the keystone glance API (rbd), if any. */
export function centralCluster(inv: Inventory): CephCluster | undefined {
  const apiName = keystoneEndpoint(inv);
  const api = inv.glance.apis.find((a) => a.name === apiName);
  const storeName = api ? defaultStoreOf(inv, api) : undefined;
  const store = inv.glance.stores.find((s) => s.name === storeName && s.type === 'rbd');
  return store ? resolveCluster(inv, store.cluster) : undefined;
}

/** The glance store a node set's images_rbd_glance_store_name names: the given one, else the cluster's rbd store. */
export function glanceStoreFor(inv: Inventory, n: NodeSet, cluster: CephCluster): string | undefined {
  if (n.ephemeral.glanceStore) return n.ephemeral.glanceStore;
  return inv.glance.stores.find((s) => s.type === 'rbd' && resolveCluster(inv, s.cluster)?.name === cluster.name)?.name;
}

export function computePlans(inv: Inventory): ComputePlan[] {
  const resolved = inv.dataPlane.nodeSets
    .map((n) => ({ n, cluster: resolveCluster(inv, n.cluster) }))
    .filter((x): x is { n: NodeSet; cluster: CephCluster } => x.cluster !== undefined); // RB033 reports the others
  const perSite = new Set(resolved.map((x) => x.cluster.name)).size > 1;
  const central = centralCluster(inv);
  return resolved.map(({ n, cluster }) => {
    // DATAPLANE.md §3: the central site's computes get every cluster's files, an edge site's its own and the central one's.
    const clusters = central?.name === cluster.name ? inv.ceph : inv.ceph.filter((c) => c.name === cluster.name || c.name === central?.name);
    const suffix = perSite ? `-${cluster.name}` : '';
    const glanceStore = glanceStoreFor(inv, n, cluster);
    return {
      nodeSet: n,
      cluster,
      clusters,
      serviceName: `nova-custom-ceph${suffix}`,
      configMapName: `ceph-nova${suffix}`,
      extraMount: extraMount(inv, clusters),
      novaConfig: novaConfig(inv, n, cluster, glanceStore, perSite),
      glanceStore,
    };
  });
}

/**
 * The Ceph files at /etc/ceph in the ansible pods: the cluster Secret as is
 * when it holds exactly these clusters (the upstream shape), else a projected
 * volume of the Secrets, keeping only these clusters' keys from a shared one.
 */
function extraMount(inv: Inventory, clusters: CephCluster[]): Record<string, unknown> {
  const secrets = [...new Set(clusters.map((c) => c.secretName))];
  const exact = (s: string) => inv.ceph.filter((c) => c.secretName === s).every((c) => clusters.includes(c));
  const mounts = [{ name: CEPH_VOLUME, mountPath: DATAPLANE_CEPH_DIR, readOnly: true }];
  if (secrets.length === 1 && exact(secrets[0])) {
    return { extraVolType: 'Ceph', volumes: [{ name: CEPH_VOLUME, secret: { secretName: secrets[0] } }], mounts };
  }
  const sources = secrets.map((s) => {
    if (exact(s)) return { secret: { name: s } };
    const keys = clusters.filter((c) => c.secretName === s).flatMap((c) => [confKey(c), keyringKey(c)]);
    return { secret: { name: s, items: keys.map((k) => ({ key: k, path: k })) } };
  });
  return { extraVolType: 'Ceph', volumes: [{ name: CEPH_VOLUME, projected: { sources } }], mounts };
}

function novaConfig(inv: Inventory, n: NodeSet, cluster: CephCluster, glanceStore: string | undefined, perSite: boolean): string {
  const libvirt: Array<[string, string | number | boolean]> = [];
  if (n.ephemeral.type === 'rbd') {
    libvirt.push(['images_type', 'rbd'], ['images_rbd_pool', n.ephemeral.pool], ['images_rbd_ceph_conf', `${DATAPLANE_CEPH_DIR}/${confKey(cluster)}`]);
    if (glanceStore) libvirt.push(['images_rbd_glance_store_name', glanceStore]);
    libvirt.push(['images_rbd_glance_copy_poll_interval', 15], ['images_rbd_glance_copy_timeout', 600]);
  }
  // RB080 refuses a node set's cluster without fsid (expand/ceph.ts fsidReaders): never write an empty libvirt secret UUID.
  if (cluster.fsid === undefined) throw new Error(`internal: Ceph cluster ${cluster.name} of node set ${n.name} has no fsid (RB080 should have refused the inventory)`);
  libvirt.push(['rbd_user', cluster.user], ['rbd_secret_uuid', cluster.fsid]);
  if (!n.multipath) libvirt.push(['volume_use_multipath', false]);
  const sections: string[] = [section('libvirt', libvirt)];
  if (perSite) {
    // DCN (DATAPLANE.md §3): each site's computes read images from their own glance API, never attach across sites.
    const api = inv.glance.apis.find((a) => defaultStoreOf(inv, a) === glanceStore);
    if (api) sections.push(section('glance', [['endpoint_override', `https://glance-${api.name}-internal.${inv.controlPlane.namespace}.svc:9292`], ['valid_interfaces', 'internal']]));
    sections.push(section('cinder', [['cross_az_attach', 'False'], ['catalog_info', 'volumev3:cinderv3:internalURL']]));
  }
  return sections.join('\n');
}

function section(name: string, options: Array<[string, string | number | boolean]>): string {
  return `[${name}]\n${options.map(([k, v]) => `${k} = ${v}`).join('\n')}\n`;
}

/** The nova service object (OpenStackDataPlaneService), as architecture's nova-custom-ceph, without its unknown `label`. */
export function novaService(plan: ComputePlan): Record<string, unknown> {
  return {
    caCerts: 'combined-ca-bundle',
    dataSources: [
      { configMapRef: { name: plan.configMapName } },
      { secretRef: { name: `nova-cell${plan.nodeSet.cell}-compute-config` } },
      { secretRef: { name: 'nova-migration-ssh-key' } },
    ],
    edpmServiceType: NOVA_SERVICE,
    playbook: 'osp.edpm.nova',
    tlsCerts: {
      default: { contents: ['dnsnames', 'ips'], edpmRoleServiceName: NOVA_SERVICE, issuer: 'osp-rootca-issuer-internal', networks: ['ctlplane'] },
    },
  };
}
