/** The render summary: what was generated and which Secrets must exist in the cluster. */
import type { Diagnostic } from '../lib/diagnostics/diagnostic.js';
import type { RunResult } from '../lib/pipeline/run.js';

/** Lists stay readable for large estates: the first names, then how many more. */
const MAX_LISTED = 12;
function list(names: string[]): string {
  return names.length <= MAX_LISTED ? names.join(', ') : `${names.slice(0, MAX_LISTED).join(', ')} and ${names.length - MAX_LISTED} more`;
}

export function summaryLines(result: RunResult): Diagnostic[] {
  const inv = result.inventory;
  const exp = result.expansion;
  if (!inv || !exp) return [];
  const backends = inv.cinder.backends.length + inv.manila.backends.length;
  const generated = exp.resources.map((r) => `${r.value.kind}/${(r.value.metadata as { name?: string } | undefined)?.name}`);
  const external = [...new Set(exp.externalSecrets.filter((s) => !s.providedBy).map((s) => s.name))].sort();
  const out: Diagnostic[] = [
    {
      severity: 'info',
      rule: 'summary',
      message: `${backends} back end(s) rendered for ${inv.controlPlane.namespace}/${inv.controlPlane.name}; generated: ${generated.length ? list(generated) : 'no Secrets'}`,
      file: inv.path || undefined,
    },
  ];
  const provided = [...new Set(exp.externalSecrets.filter((s) => s.providedBy).map((s) => `${s.name} (${s.providedBy})`))].sort();
  if (provided.length) {
    out.push({ severity: 'info', rule: 'summary', message: `Secrets provided in the package: ${list(provided)}`, file: inv.path || undefined });
  }
  if (external.length) {
    out.push({ severity: 'info', rule: 'summary', message: `Secrets expected in the cluster (not in the package): ${list(external)}`, file: inv.path || undefined });
  }
  out.push(...machineConfigLines(result));
  return out;
}

/** Applying MachineConfigs reboots every node of their pool (DATAPLANE.md §4.2): say so before anyone applies them. */
function machineConfigLines(result: RunResult): Diagnostic[] {
  const hosts = result.inventory?.hosts;
  const names = (result.expansion?.resources ?? []).filter((r) => r.value.kind === 'MachineConfig').map((r) => (r.value.metadata as any)?.name as string);
  if (!hosts || names.length === 0) return [];
  return [
    {
      severity: 'warning',
      rule: 'summary',
      message: `applying MachineConfigs ${list(names)} reboots every node of the ${hosts.role} MachineConfigPool (a rolling reboot, the first time each is applied); apply them before the control plane or in a maintenance window`,
      file: result.inventory!.path || undefined,
    },
  ];
}
