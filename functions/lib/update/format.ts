/**
 * How a plan reads: a plain table (terminal), Markdown (a pull-request
 * description), or JSON (scripts). Same facts, same order, in all three.
 */
import { blockingRows, STATUS_LABEL, type PlanRow, type ScalarEdit, type UpdatePlan } from './plan.js';
import { fieldPath } from '../diagnostics/diagnostic.js';

export interface WriteOutcome {
  /** The file written, when --write changed it. */
  file?: string;
  applied: ScalarEdit[];
  problems: Array<{ edit: ScalarEdit; message: string }>;
}

function headline(plan: UpdatePlan): string {
  const tv = plan.targetVersion;
  const target = tv?.from && tv.to && tv.from !== tv.to ? ` (targetVersion ${tv.from} -> ${tv.to})` : '';
  if (plan.from === plan.to) return `RHOSO ${plan.to}: partner images (release.version is already ${plan.to})${target}`;
  return `RHOSO minor update ${plan.from} -> ${plan.to}${target}`;
}

function verdict(plan: UpdatePlan, write?: WriteOutcome): string {
  const blocking = blockingRows(plan).length;
  const pending = plan.rows.filter((r) => r.writable && r.status === 'needs-new-image').length;
  const parts: string[] = [];
  if (plan.rows.length === 0) parts.push('no back end uses a partner image');
  if (pending > 0) parts.push(write ? `${pending} image(s) set to the ${plan.to} tag` : `${pending} image(s) follow the repository:release tag convention: plan-update --write sets them`);
  parts.push(blocking === 0 ? 'nothing blocks the update' : `${blocking} back end(s) block the update until changed by hand`);
  return parts.join('; ');
}

const where = (r: PlanRow) => `${r.location.file}:${r.location.line}:${r.location.column}`;

export function formatText(plan: UpdatePlan, write?: WriteOutcome): string {
  const lines: string[] = [headline(plan), ''];
  if (plan.rows.length > 0) {
    const header = ['SERVICE', 'BACKEND', 'DRIVER', 'STATUS', 'CURRENT', 'NEEDED'];
    const table = plan.rows.map((r) => [r.service, r.backend, r.driver ?? '-', STATUS_LABEL[r.status], r.current ?? '-', r.needed ?? '-']);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
    for (const row of [header, ...table]) lines.push(row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('  '));
    lines.push('');
  }
  const noted = plan.rows.filter((r) => r.notes.length > 0 || r.registry);
  for (const r of noted) {
    lines.push(`${where(r)}: ${r.service}/${r.backend}${r.blocking ? ' (blocks the update)' : ''}`);
    if (r.registry?.result === 'found') lines.push(`  - registry: ${r.needed} exists${r.registry.digest ? ` (${r.registry.digest})` : ''}`);
    for (const n of r.notes) lines.push(`  - ${n}`);
  }
  if (plan.targetVersion?.note) lines.push(`${plan.targetVersion.location ? `${plan.targetVersion.location.file}:${plan.targetVersion.location.line}:${plan.targetVersion.location.column}: ` : ''}${plan.targetVersion.note}`);
  if (noted.length > 0 || plan.targetVersion?.note) lines.push('');
  if (write) lines.push(...writeLines(plan, write), '');
  lines.push(verdict(plan, write));
  return lines.join('\n') + '\n';
}

function writeLines(plan: UpdatePlan, write: WriteOutcome): string[] {
  const out: string[] = [];
  if (write.file) {
    out.push(`wrote ${write.file}:`);
    for (const e of write.applied) out.push(`  ${fieldPath(e.path)}: ${e.from} -> ${e.to}`);
  } else if (write.applied.length === 0 && write.problems.length === 0) {
    out.push(`${plan.inventory} is already on ${plan.to}: nothing to write`);
  }
  for (const p of write.problems) out.push(`not written: ${fieldPath(p.edit.path)}: ${p.message}`);
  return out;
}

const md = (s: string) => s.replace(/\|/g, '\\|');
const mdCode = (s: string | undefined) => (s ? `\`${s.replace(/`/g, '')}\`` : '–');

export function formatMarkdown(plan: UpdatePlan, write?: WriteOutcome): string {
  const lines: string[] = [`### ${headline(plan)}`, ''];
  if (plan.rows.length > 0) {
    lines.push('| service | back end | driver | status | current image | image for ' + plan.to + ' |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of plan.rows) {
      const status = `${r.blocking ? '**' : ''}${STATUS_LABEL[r.status]}${r.blocking ? '**' : ''}`;
      lines.push(`| ${r.service} | ${md(r.backend)} | ${md(r.driver ?? '–')} | ${status} | ${mdCode(r.current)} | ${mdCode(r.needed)} |`);
    }
    lines.push('');
  }
  const noted = plan.rows.filter((r) => r.notes.length > 0 || r.registry?.result === 'found');
  if (noted.length > 0 || plan.targetVersion?.note) {
    lines.push('Notes:', '');
    for (const r of noted) {
      const items = [...(r.registry?.result === 'found' ? [`registry: \`${r.needed}\` exists${r.registry.digest ? ` (\`${r.registry.digest}\`)` : ''}`] : []), ...r.notes];
      lines.push(`- \`${r.backend}\` (${where(r)}): ${items.map(md).join('; ')}`);
    }
    if (plan.targetVersion?.note) lines.push(`- ${md(plan.targetVersion.note)}`);
    lines.push('');
  }
  if (write) {
    for (const l of writeLines(plan, write)) lines.push(l.startsWith('  ') ? `- ${l.trim()}` : l);
    lines.push('');
  }
  lines.push(`**${verdict(plan, write)}**`);
  return lines.join('\n') + '\n';
}

export function formatJson(plan: UpdatePlan, write?: WriteOutcome): string {
  const blocking = blockingRows(plan).length;
  const out = {
    inventory: plan.inventory,
    from: plan.from,
    to: plan.to,
    targetVersion: plan.targetVersion ?? null,
    blocking,
    backends: plan.rows.map((r) => ({
      service: r.service,
      backend: r.backend,
      driver: r.driver ?? null,
      status: r.status,
      blocking: r.blocking,
      current: r.current ?? null,
      needed: r.needed ?? null,
      source: r.source,
      writable: r.writable,
      location: r.location,
      registry: r.registry ?? null,
      notes: r.notes,
    })),
    changes: plan.edits.map((e) => ({ field: fieldPath(e.path), from: e.from, to: e.to })),
    ...(write ? { written: write.file ?? null, notWritten: write.problems.map((p) => ({ field: fieldPath(p.edit.path), reason: p.message })) } : {}),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
