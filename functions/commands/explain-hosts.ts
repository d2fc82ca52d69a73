/**
 * The host side for `explain`: which Ceph files and nova config each NodeSet's
 * computes get, and which MachineConfigs the OpenShift nodes get, per protocol.
 * Read from the items (rendered or hand-written), like the control-plane tables.
 */
import { hostCatalog } from '../../build/generated/host-catalog.mjs';
import { apiVersionOf, kindOf, labelOf, nameOf, toObject, type Item } from '../lib/io/resources.js';
import { DATAPLANE_API_VERSION, isPatch, NODESET_KIND } from '../lib/dataplane/locate.js';
import { valuesOf } from '../lib/ini/parse.js';
import { ROLE_LABEL } from '../lib/hosts/prerequisites.js';
import { volumeSource } from '../lib/propagation/simulate.js';
import { dataPlaneIndex, novaConfigs, serviceType, servicesOf } from '../lib/rules/manifest/dataplane.js';
import { machineConfigs, provides } from '../lib/rules/manifest/machine-configs.js';

export interface ComputeReport {
  nodeSet: string;
  file: string;
  cephFiles: Array<{ source: string; mountPath: string }>;
  /** The storage services in run order (ceph-client, libvirt, the nova-type service). */
  services: string[];
  nova?: { service: string; configs: Array<{ configMap: string; key: string; cephConf?: string; pool?: string; glanceStore?: string; secretUuid?: string; user?: string }> };
}

export interface MachineConfigReport {
  name: string;
  file: string;
  role: string;
  provides: string[];
  protocols: string[];
}

export function explainComputes(items: Item[]): ComputeReport[] {
  const idx = dataPlaneIndex(items);
  // The tool's own patches (case c) too: they say what the NodeSet gets.
  const nodeSets = items.filter((it) => kindOf(it) === NODESET_KIND && apiVersionOf(it) === DATAPLANE_API_VERSION).map((item) => ({ item, obj: toObject(item) }));
  return nodeSets.map((ns) => {
    const mounts = Array.isArray(ns.obj.spec?.nodeTemplate?.extraMounts) ? ns.obj.spec.nodeTemplate.extraMounts : [];
    const cephFiles: ComputeReport['cephFiles'] = [];
    for (const m of mounts) {
      for (const mount of Array.isArray(m?.mounts) ? m.mounts : []) {
        const vol = (Array.isArray(m?.volumes) ? m.volumes : []).find((v: any) => v?.name === mount?.name);
        cephFiles.push({ source: volumeSource(vol), mountPath: String(mount?.mountPath) });
      }
    }
    const services = servicesOf(ns);
    const storage = services.filter((s) => ['ceph-client', 'libvirt', 'nova'].includes(serviceType(idx, s)));
    const novaName = services.find((s) => serviceType(idx, s) === 'nova');
    const novaService = novaName ? idx.services.get(novaName) : undefined;
    const first = (ini: Parameters<typeof valuesOf>[0], key: string) => valuesOf(ini, key, 'libvirt')[0]?.value;
    return {
      nodeSet: `${nameOf(ns.item)}${isPatch(ns.item) ? ' (patch)' : ''}`,
      file: ns.item.path,
      cephFiles,
      services: storage,
      nova: novaName
        ? {
            service: novaName,
            configs: novaService
              ? novaConfigs(idx, novaService).map(({ configMap, key, ini }) => ({
                  configMap: nameOf(configMap.item)!,
                  key,
                  cephConf: first(ini, 'images_rbd_ceph_conf'),
                  pool: first(ini, 'images_rbd_pool'),
                  glanceStore: first(ini, 'images_rbd_glance_store_name'),
                  secretUuid: first(ini, 'rbd_secret_uuid'),
                  user: first(ini, 'rbd_user'),
                }))
              : [],
          }
        : undefined,
    };
  });
}

export function explainMachineConfigs(items: Item[]): MachineConfigReport[] {
  return machineConfigs(items).map((mc) => {
    const defs = hostCatalog.machineConfigs.filter((d) => provides(mc.config, d.detect));
    const protocols = Object.entries(hostCatalog.protocols)
      .filter(([, need]) => defs.some((d) => need.machineConfigs.includes(d.id)))
      .map(([p]) => p);
    return { name: nameOf(mc.item) ?? '(unnamed)', file: mc.item.path, role: labelOf(mc.item, ROLE_LABEL) ?? '(no role label)', provides: defs.map((d) => d.purpose), protocols };
  });
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function hostsMarkdown(computes: ComputeReport[], mcs: MachineConfigReport[]): string {
  const out: string[] = [];
  if (computes.length) {
    out.push('### Computes (OpenStackDataPlaneNodeSet)', '', '| NodeSet | files in the ansible jobs | storage services | nova config |', '| --- | --- | --- | --- |');
    for (const c of computes) {
      const files = c.cephFiles.length ? c.cephFiles.map((f) => `${f.source} → ${f.mountPath}`).join('<br>') : '–';
      const nova = c.nova
        ? `${c.nova.service}${c.nova.configs.map((n) => `<br>${n.configMap}/${n.key}: ${[n.pool && `pool ${n.pool}`, n.cephConf, n.glanceStore && `glance store ${n.glanceStore}`, n.user && `user ${n.user}`, n.secretUuid && `secret ${n.secretUuid}`].filter(Boolean).join(', ')}`).join('')}`
        : '– (no nova service)';
      out.push(`| ${cell(`${c.nodeSet} (${c.file})`)} | ${cell(files)} | ${cell(c.services.join(' → ') || '–')} | ${cell(nova)} |`);
    }
    out.push('');
  }
  if (mcs.length) {
    out.push('### MachineConfigs (OpenShift nodes)', '', '| MachineConfig | role | provides | for protocols |', '| --- | --- | --- | --- |');
    for (const m of mcs) out.push(`| ${cell(`${m.name} (${m.file})`)} | ${m.role} | ${cell(m.provides.join('<br>') || '–')} | ${m.protocols.join(', ') || '–'} |`);
    out.push('');
  }
  return out.join('\n');
}
