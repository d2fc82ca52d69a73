/** Small shared pieces of the manifest rules: where extraMounts are, how to name pods, presence severity. */
import type { Severity } from '../../diagnostics/diagnostic.js';
import type { IniEntry } from '../../ini/parse.js';
import type { Finding } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { asObject, type Config, type ControlPlane, type Path } from './model.js';

/** Services whose template has extraMounts (RHOSO-FIELDS.md 1.2); the top-level list is spec.extraMounts. */
export const EXTRA_MOUNT_SERVICES = ['cinder', 'manila', 'glance', 'barbican', 'heat', 'horizon', 'keystone', 'neutron'];

export interface ExtraVolRef {
  /** Path of the extraVol entry. */
  path: Path;
  vol: Record<string, any>;
  propagation: unknown[] | undefined;
  volumes: Array<Record<string, any>>;
  mounts: Array<Record<string, any>>;
}

/** Every extraVol entry of a control plane, top-level list first, then each service template's. */
export function extraVols(cp: ControlPlane): ExtraVolRef[] {
  const spec = asObject(cp.obj.spec);
  const lists: Array<{ path: Path; entries: unknown }> = [{ path: ['spec', 'extraMounts'], entries: spec.extraMounts }];
  for (const s of EXTRA_MOUNT_SERVICES) lists.push({ path: ['spec', s, 'template', 'extraMounts'], entries: asObject(asObject(spec[s]).template).extraMounts });
  const out: ExtraVolRef[] = [];
  for (const { path, entries } of lists) {
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      const extraVol = asObject(entry).extraVol;
      if (!Array.isArray(extraVol)) return;
      extraVol.forEach((v, j) => {
        const vol = asObject(v);
        out.push({
          path: [...path, i, 'extraVol', j],
          vol,
          propagation: Array.isArray(vol.propagation) ? vol.propagation : undefined,
          volumes: Array.isArray(vol.volumes) ? vol.volumes.map(asObject) : [],
          mounts: Array.isArray(vol.mounts) ? vol.mounts.map(asObject) : [],
        });
      });
    });
  }
  return out;
}

/** "cinder-volume/a, glance-api/b and 3 more" */
export function listPods(ids: readonly string[], max = 3): string {
  const sorted = [...new Set(ids)].sort();
  const shown = sorted.slice(0, max).join(', ');
  return sorted.length > max ? `${shown} and ${sorted.length - max} more` : shown;
}

/**
 * Severity for "this is not in the files given": our own render output must be
 * complete (error); hand-written files often rely on things kept elsewhere
 * (warning), unless --strict.
 */
export function presenceSeverity(ctx: ManifestRuleContext): Severity {
  return ctx.mode === 'render' || ctx.strict ? 'error' : 'warning';
}

/** A finding on one INI line of a customServiceConfig (file position of that line when it maps). */
export function atIni(config: Config, entry: Pick<IniEntry, 'line' | 'column'>, column = entry.column): Pick<Finding, 'item' | 'path' | 'within'> {
  return { item: config.item, path: config.path, within: { line: entry.line, column } };
}

export const RFC1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}
