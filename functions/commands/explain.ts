/**
 * `explain PATH...`: per control plane, a table of what each storage pod
 * mounts and which Secrets reach it (through extraMounts volumes and
 * customServiceConfigSecrets), computed with the operators' propagation
 * algorithm. Markdown by default, for pull-request review; `--format json`.
 * Markdown also shows the host side (explain-hosts.ts): per NodeSet the Ceph
 * files and nova config its computes get, and the MachineConfigs per protocol.
 */
import { hasErrors } from '../lib/diagnostics/diagnostic.js';
import { fieldPath } from '../lib/diagnostics/diagnostic.js';
import type { Item } from '../lib/io/resources.js';
import { readInputs } from '../lib/io/package.js';
import { findInventory } from '../lib/inventory/load.js';
import type { OperatorLine } from '../lib/inventory/model.js';
import { volumeSource } from '../lib/propagation/simulate.js';
import { secretsOfVolume } from '../lib/manifest/volume-references.js';
import { asObject, buildManifestIndex, type ControlPlane } from '../lib/manifest/manifest-index.js';
import { COMMANDS } from './options.js';
import { parseArgs, UsageError } from './args.js';
import { explainComputes, explainMachineConfigs, hostsMarkdown } from './explain-hosts.js';
import { displayPaths, EXIT_ERRORS, EXIT_OK, printDiagnostics, processIO, type CommandIO } from './output.js';

export const explainFlags = COMMANDS['explain'].options;

export interface PodReport {
  pod: string;
  replicas: number | null;
  mounts: Array<{ volume: string; source: string; mountPath: string; subPath?: string; readOnly: boolean; times: number; from: string }>;
  secrets: Array<{ name: string; via: string }>;
}

export interface ControlPlaneReport {
  controlPlane: string;
  file: string;
  pods: PodReport[];
}

export async function explainCommand(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const args = parseArgs(argv, explainFlags);
  if (args.positional.length === 0) throw new UsageError('explain needs a PATH (a kpt package, a folder of YAML, or files)');
  const format = (args.flags.format as 'markdown' | 'json' | undefined) ?? 'markdown';
  const read = readInputs(args.positional);
  if (hasErrors(read.diagnostics)) {
    printDiagnostics(displayPaths(read.diagnostics, read.root, args.positional), 'text', io.stderr);
    return EXIT_ERRORS;
  }
  let items: Item[] = read.items;
  if (findInventory(items).item) {
    // With an inventory, explain what render would produce.
    const { runPipeline } = await import('../lib/pipeline/run.js');
    const result = runPipeline(items, { packageRoot: read.root, operatorLine: args.flags['operator-line'] as OperatorLine | undefined });
    if (!result.ok) {
      printDiagnostics(displayPaths(result.diagnostics, read.root, args.positional), 'text', io.stderr);
      return EXIT_ERRORS;
    }
    items = result.items;
  }
  const reports = explain(items);
  // The host side (computes, MachineConfigs): markdown only; the JSON shape stays the control-plane list.
  const hosts = format === 'markdown' ? hostsMarkdown(explainComputes(items), explainMachineConfigs(items)) : '';
  if (reports.length === 0 && !hosts) {
    printDiagnostics([{ severity: 'error', rule: 'explain', message: 'no OpenStackControlPlane in the input', hint: 'point explain at the package or the control-plane file' }], 'text', io.stderr);
    return EXIT_ERRORS;
  }
  io.stdout.write(format === 'json' ? JSON.stringify(reports, null, 2) + '\n' : [...reports.map(markdown), ...(hosts ? [hosts] : [])].join('\n'));
  return EXIT_OK;
}

export function explain(items: Item[]): ControlPlaneReport[] {
  const index = buildManifestIndex(items);
  return index.controlPlanes.map((cp) => ({
    controlPlane: `${cp.namespace ? `${cp.namespace}/` : ''}${cp.name ?? '(unnamed)'}`,
    file: cp.item.path,
    pods: cp.mounts.map(({ pod, takes }) => {
      const mounts: PodReport['mounts'] = [];
      const secrets = new Map<string, Set<string>>();
      const addSecret = (name: string, via: string) => secrets.set(name, (secrets.get(name) ?? new Set()).add(via));
      for (const t of takes) {
        const from = fieldPath(t.path);
        for (const m of t.mounts) {
          const vol = t.volumes.find((v) => v?.name === m?.name);
          mounts.push({ volume: String(m?.name), source: volumeSource(vol), mountPath: String(m?.mountPath), subPath: m?.subPath, readOnly: m?.readOnly === true, times: t.times, from });
        }
        for (const v of t.volumes) for (const s of secretsOfVolume(asObject(v))) addSecret(s, 'volume');
      }
      for (const s of configSecrets(cp, pod.path)) addSecret(s, 'customServiceConfigSecrets');
      return {
        pod: pod.id,
        replicas: typeof pod.replicas === 'number' ? pod.replicas : null,
        mounts,
        secrets: [...secrets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, via]) => ({ name, via: [...via].sort().join(', ') })),
      };
    }),
  }));
}

/** customServiceConfigSecrets of the pod's component; a glance API without its own list uses the template's. */
function configSecrets(cp: ControlPlane, podPath: (string | number)[]): string[] {
  const key = fieldPath(podPath);
  const component = cp.components.find((c) => fieldPath(c.path) === key);
  const own = component?.value.customServiceConfigSecrets;
  if (Array.isArray(own) && own.length > 0) return own.filter((s): s is string => typeof s === 'string');
  if (component?.service === 'glance') {
    const shared = cp.components.find((c) => c.service === 'glance' && c.field === 'template')?.value.customServiceConfigSecrets;
    if (Array.isArray(shared)) return shared.filter((s): s is string => typeof s === 'string');
  }
  return [];
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function markdown(r: ControlPlaneReport): string {
  const lines = [`### OpenStackControlPlane ${r.controlPlane} (${r.file})`, '', '| pod | replicas | mounts | Secrets |', '| --- | --- | --- | --- |'];
  for (const p of r.pods) {
    const mounts = p.mounts.length
      ? p.mounts
          .map((m) => `${m.times > 1 ? `**${m.times}x** ` : ''}${m.source} → ${m.mountPath}${m.subPath ? ` (subPath ${m.subPath})` : ''}${m.readOnly ? ' ro' : ''}`)
          .join('<br>')
      : '–';
    const secrets = p.secrets.length ? p.secrets.map((s) => `${s.name} (${s.via})`).join('<br>') : '–';
    lines.push(`| ${cell(p.pod)} | ${p.replicas ?? 'default'} | ${cell(mounts)} | ${cell(secrets)} |`);
  }
  return lines.join('\n') + '\n';
}
