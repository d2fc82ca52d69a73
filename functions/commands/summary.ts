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
  return out;
}
