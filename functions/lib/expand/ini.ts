/** Small helpers for the INI text the services read (oslo.config syntax). */
import type { OptionValue, Options, Sections } from '../inventory/model.js';

export function iniValue(v: OptionValue): string {
  return typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
}

/** Options as ordered `{key, value}` pairs for templates. */
export function optionPairs(options: Options): Array<{ key: string; value: string }> {
  return Object.entries(options).map(([key, value]) => ({ key, value: iniValue(value) }));
}

/** `[section]` followed by `key = value` lines. */
export function iniSection(section: string, options: Options): string {
  return `[${section}]\n` + Object.entries(options).map(([k, v]) => `${k} = ${iniValue(v)}\n`).join('');
}

/** Joins a rendered template's lines, removing blank lines a template may leave. */
export function tidyIni(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .join('\n')
    .concat('\n');
}

/** `sections` fields as INI text, in the order written ('' when there are none). */
export function sectionsIni(sections: Sections): string {
  return Object.entries(sections)
    .map(([name, options]) => iniSection(name, options))
    .join('');
}

/** Service-wide sections overlaid with per-pod ones: a key set in both takes the pod's value. */
export function overlaySections(service: Sections, pod: Sections): Sections {
  const out: Sections = {};
  for (const [name, options] of Object.entries(service)) out[name] = { ...options };
  for (const [name, options] of Object.entries(pod)) out[name] = { ...(out[name] ?? {}), ...options };
  return out;
}
