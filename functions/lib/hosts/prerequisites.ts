/**
 * Which OpenShift node prerequisites (MachineConfigs) the inventory's cinder
 * back ends need: the protocols in use, looked up in the host catalog
 * (catalog/host-prerequisites.yaml). Shared by expand (generate), the
 * check-mode rule (RB212) and explain, so the three never disagree.
 */
import { hostCatalog } from '../../../build/generated/host-catalog.mjs';
import type { HostMachineConfig } from '../catalog/host-types.js';
import { getDriver } from '../catalog/index.js';
import type { CinderBackend, FieldPath, Hosts, Inventory } from '../inventory/model.js';

export const ROLE_LABEL = 'machineconfiguration.openshift.io/role';
export const MACHINE_CONFIG_API_VERSION = 'machineconfiguration.openshift.io/v1';
/** Upstream storage MachineConfigs all declare this Ignition version (DATAPLANE.md §4.1). */
export const IGNITION_VERSION = '3.2.0';

export interface NeededMachineConfig {
  def: HostMachineConfig;
  /** metadata.name: 99-<role>-<catalog name>. */
  name: string;
  /** The protocols that need it, in inventory order. */
  protocols: string[];
  /** The back ends that need it (their inventory paths), for diagnostics and explain. */
  backends: Array<{ name: string; at: FieldPath }>;
  /** For contentsFrom: kernelModules: the modules of the protocols in use, deduplicated. */
  kernelModules: string[];
}

export function protocolOf(b: CinderBackend): string | undefined {
  return getDriver(b.driver, 'cinder')?.protocol;
}

/** The protocol of a cinder back end when it needs something on the OpenShift nodes. */
export function hostProtocolOf(b: CinderBackend): string | undefined {
  const protocol = protocolOf(b);
  return protocol && hostCatalog.protocols[protocol] ? protocol : undefined;
}

/** The cinder back ends whose protocol needs something on the OpenShift nodes. */
export function hostBackends(inv: Inventory): Array<{ backend: CinderBackend; protocol: string }> {
  const out: Array<{ backend: CinderBackend; protocol: string }> = [];
  for (const b of inv.cinder.backends) {
    const protocol = hostProtocolOf(b);
    if (protocol) out.push({ backend: b, protocol });
  }
  return out;
}

/** The MachineConfigs the inventory needs, in catalog order; none for protocols not in use. */
export function neededMachineConfigs(inv: Inventory, hosts: Hosts): NeededMachineConfig[] {
  const used = hostBackends(inv);
  const out: NeededMachineConfig[] = [];
  for (const def of hostCatalog.machineConfigs) {
    const users = used.filter((u) => hostCatalog.protocols[u.protocol].machineConfigs.includes(def.id));
    if (users.length === 0) continue;
    const protocols = [...new Set(users.map((u) => u.protocol))];
    const kernelModules = [...new Set(protocols.flatMap((p) => hostCatalog.protocols[p].kernelModules ?? []))];
    out.push({
      def,
      name: `99-${hosts.role}-${def.name}`,
      protocols,
      backends: users.map((u) => ({ name: u.backend.name, at: u.backend.at })),
      kernelModules,
    });
  }
  return out;
}

/** RFC 2397 data URL of plain text, percent-encoded as the upstream MachineConfigs write it. */
export function dataUrl(text: string): string {
  return `data:,${encodeURIComponent(text)}`;
}

/** The MachineConfig object for one needed prerequisite. Ignition keys are the spec's lower-case ones. */
export function machineConfigObject(hosts: Hosts, need: NeededMachineConfig): Record<string, unknown> {
  const { def } = need;
  const config: Record<string, unknown> = { ignition: { version: IGNITION_VERSION } };
  if (def.files?.length) {
    config.storage = {
      files: def.files.map((f) => ({
        path: f.path,
        overwrite: f.overwrite,
        mode: f.mode,
        user: { name: 'root' },
        group: { name: 'root' },
        contents: { source: dataUrl(f.contentsFrom === 'kernelModules' ? need.kernelModules.join('\n') + '\n' : f.contents!) },
      })),
    };
  }
  if (def.units?.length) {
    config.systemd = { units: def.units.map((u) => ({ name: u.name, enabled: u.enabled, ...(u.contents !== undefined ? { contents: u.contents } : {}) })) };
  }
  return {
    apiVersion: MACHINE_CONFIG_API_VERSION,
    kind: 'MachineConfig',
    metadata: {
      name: need.name,
      labels: { ...(def.labels ?? {}), [ROLE_LABEL]: hosts.role, service: 'cinder' },
    },
    spec: { config },
  };
}
