/** MachineConfigs among the items, as plain data, for the host rules (RB210-RB212). */
import { apiVersionOf, kindOf, toObject, type Item } from '../../io/resources.js';
import type { HostDetect } from '../../catalog/host-types.js';
import { MACHINE_CONFIG_API_VERSION } from '../../hosts/prerequisites.js';

export interface MachineConfigItem {
  item: Item;
  obj: Record<string, any>;
  /** spec.config, when it is a mapping. */
  config?: Record<string, any>;
}

export function machineConfigs(items: readonly Item[]): MachineConfigItem[] {
  const out: MachineConfigItem[] = [];
  for (const item of items) {
    if (kindOf(item) !== 'MachineConfig' || apiVersionOf(item) !== MACHINE_CONFIG_API_VERSION) continue;
    const obj = toObject(item);
    const config = obj.spec?.config;
    out.push({ item, obj, config: config && typeof config === 'object' && !Array.isArray(config) ? config : undefined });
  }
  return out;
}

/** Ignition storage.files[] with their index, tolerating any shape. */
export function ignitionFiles(config: Record<string, any> | undefined): Array<{ file: Record<string, any>; index: number }> {
  const files = config?.storage?.files;
  if (!Array.isArray(files)) return [];
  return files.map((file, index) => ({ file, index })).filter((f) => f.file && typeof f.file === 'object');
}

/** Ignition systemd.units[]. */
export function ignitionUnits(config: Record<string, any> | undefined): Array<Record<string, any>> {
  const units = config?.systemd?.units;
  return Array.isArray(units) ? units.filter((u) => u && typeof u === 'object') : [];
}

/** The text of a `data:` URL (contents.source), or undefined for other URLs or a malformed one. */
export function dataUrlText(source: unknown): string | undefined {
  if (typeof source !== 'string' || !source.startsWith('data:')) return undefined;
  const comma = source.indexOf(',');
  if (comma < 0) return undefined;
  const meta = source.slice(5, comma);
  const body = source.slice(comma + 1);
  try {
    return meta.endsWith(';base64') ? Buffer.from(decodeURIComponent(body), 'base64').toString('utf8') : decodeURIComponent(body);
  } catch {
    return undefined;
  }
}

/** Whether a MachineConfig's Ignition config provides what a host-catalog entry detects. */
export function provides(config: Record<string, any> | undefined, detect: HostDetect): boolean {
  const units = ignitionUnits(config);
  if (detect.unit && units.some((u) => u.name === detect.unit && u.enabled !== false)) return true;
  if (detect.unitContains && units.some((u) => typeof u.contents === 'string' && u.contents.includes(detect.unitContains!))) return true;
  if (detect.fileUnder) {
    for (const { file } of ignitionFiles(config)) {
      if (typeof file.path !== 'string' || !file.path.startsWith(detect.fileUnder)) continue;
      const text = dataUrlText(file.contents?.source);
      if (!detect.contains || (text !== undefined && text.split(/\s+/).includes(detect.contains))) return true;
    }
  }
  return false;
}
