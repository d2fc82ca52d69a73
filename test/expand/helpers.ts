/**
 * Runs the real pipeline in-process on a throw-away package: an inventory
 * (given as the spec object) plus any extra files. Fast enough for
 * table-driven tests; the CLI itself is covered by the example tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Diagnostic } from '../../functions/lib/diagnostics/diagnostic.js';
import { readInputs } from '../../functions/lib/io/package.js';
import { toObject } from '../../functions/lib/io/resources.js';
import { runPipeline } from '../../functions/lib/pipeline/run.js';

export interface Rendered {
  ok: boolean;
  diagnostics: Diagnostic[];
  docs: Array<Record<string, any>>;
}

export function inventoryText(spec: Record<string, unknown>): string {
  return stringify({ apiVersion: 'backends.rhoso.io/v1alpha1', kind: 'BackendInventory', metadata: { name: 'backends', annotations: { 'config.kubernetes.io/local-config': 'true' } }, spec }, { lineWidth: 0 });
}

export function renderPackage(files: Record<string, string>): Rendered {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-expand-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  try {
    const read = readInputs([dir]);
    const r = runPipeline(read.items, { packageRoot: read.root });
    return { ok: r.ok, diagnostics: [...read.diagnostics, ...r.diagnostics], docs: r.items.map(toObject) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function renderSpec(spec: Record<string, unknown>, extra: Record<string, string> = {}): Rendered {
  return renderPackage({ 'inventory.yaml': inventoryText(spec), ...extra });
}

function only(r: Rendered, kind: string): Record<string, any> {
  const doc = r.docs.find((d) => d.kind === kind);
  if (!doc) throw new Error(`no ${kind} in the output; diagnostics: ${JSON.stringify(r.diagnostics)}`);
  return doc;
}
export const controlPlaneOf = (r: Rendered) => only(r, 'OpenStackControlPlane');
export const versionOf = (r: Rendered) => only(r, 'OpenStackVersion');
export const errors = (r: Rendered) => r.diagnostics.filter((d) => d.severity === 'error');
export const rulesOf = (r: Rendered, severity?: Diagnostic['severity']) => r.diagnostics.filter((d) => !severity || d.severity === severity).map((d) => d.rule);

export const CEPH = { name: 'ceph', fsid: '5e6d2a36-8a1f-5d27-9f4c-2a8b6f3c1d90' };
