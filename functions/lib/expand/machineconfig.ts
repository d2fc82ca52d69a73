/**
 * MachineConfigs for the OpenShift nodes of the storage pods (hosts.machineConfigs: generate):
 * one per prerequisite the protocols in use need (hosts/prerequisites.ts), cluster-scoped,
 * labelled with the pool's role. Nothing for check / external: the package or the platform
 * provides them (RB212 checks the package).
 */
import { machineConfigObject, neededMachineConfigs } from '../hosts/prerequisites.js';
import type { ExpandContext } from './context.js';
import { generatedMetadata, type Expansion } from './plan.js';

export function expandMachineConfigs(ctx: ExpandContext, out: Expansion): void {
  const inv = ctx.inventory;
  const hosts = inv.hosts;
  if (hosts?.machineConfigs !== 'generate') return;
  for (const need of neededMachineConfigs(inv, hosts)) {
    const value = machineConfigObject(hosts, need) as { metadata: { name: string; labels: Record<string, string> } };
    // Cluster-scoped: the standard generated metadata without a namespace.
    const { namespace: _namespace, ...metadata } = generatedMetadata(need.name, '', inv.name, value.metadata.labels);
    out.resources.push({ origin: need.backends[0].at, value: { ...value, metadata } });
  }
}
