/** Glance store helpers shared by the glance rules (RHOSO-FIELDS.md 4). */
import { listValue, valuesOf, type IniEntry } from '../../ini/parse.js';
import type { Component, ControlPlane } from './model.js';

export const GLANCE_STORE_TYPES = ['file', 'http', 'rbd', 'swift', 'cinder', 's3', 'vmware'];

export interface StoreEntry {
  id: string;
  type?: string;
  entry: IniEntry;
}

/** The enabled_backends entries of one config, `id:type` split. */
export function enabledStores(c: Component): StoreEntry[] | undefined {
  if (!c.config) return undefined;
  const entries = valuesOf(c.config.ini, 'enabled_backends');
  if (entries.length === 0) return undefined;
  const last = entries[entries.length - 1];
  return listValue(last.value.replace(/\s[#;].*$/, '')).map((raw) => {
    const i = raw.indexOf(':');
    return i < 0 ? { id: raw, entry: last } : { id: raw.slice(0, i).trim(), type: raw.slice(i + 1).trim(), entry: last };
  });
}

export function glanceTemplate(cp: ControlPlane): Component | undefined {
  return cp.components.find((c) => c.service === 'glance' && c.field === 'template');
}

/**
 * The webhook's "file backend" test for one API: its own enabled_backends is
 * exactly one file store, or it has none and the template has none or exactly
 * one file store. undefined when it cannot be told (a patch without configs).
 */
export function usesFileStore(cp: ControlPlane, api: Component): boolean | undefined {
  const own = enabledStores(api);
  if (own) return own.length === 1 && own[0].type === 'file';
  const template = glanceTemplate(cp);
  const shared = template ? enabledStores(template) : undefined;
  if (shared) return shared.length === 1 && shared[0].type === 'file';
  if (cp.partial) return undefined;
  return true;
}
