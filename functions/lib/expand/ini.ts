/** Small helpers for the INI text the services read (oslo.config syntax). */
import type { OptionValue, Options } from '../inventory/model.js';

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
