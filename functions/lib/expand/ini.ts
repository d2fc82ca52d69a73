/** Small helpers for the INI text the services read (oslo.config syntax). */
import type { OptionValue, Options, Sections } from '../inventory/model.js';

export function iniValue(v: OptionValue): string {
  return typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
}

/**
 * An option value for customServiceConfig: a value oslo.config would read
 * differently when written bare (outer whitespace, outer quotes) is wrapped
 * in double quotes, which oslo.config removes again, so the service reads
 * exactly the inventory's value. (Credentials Secrets keep iniValue: the
 * ExternalSecret template must write what the plaintext mode writes.)
 */
export function optionText(v: OptionValue): string {
  const text = iniValue(v);
  return typeof v === 'string' && osloValue(text) !== text ? `"${text}"` : text;
}

/** Characters Python's str.strip() removes (oslo.config strips values with it). */
const PY_SPACE = '\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000';
const PY_TRIM = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

export const pyStrip = (s: string): string => s.replace(PY_TRIM, '');

/** What oslo.config makes of the text after `=`: stripped, then one pair of matching outer quotes removed. */
export function osloValue(raw: string): string {
  const v = pyStrip(raw);
  return v && v[0] === v[v.length - 1] && (v[0] === '"' || v[0] === "'") ? v.slice(1, -1) : v;
}


/** Options as ordered `{key, value}` pairs for templates. */
export function optionPairs(options: Options): Array<{ key: string; value: string }> {
  return Object.entries(options).map(([key, value]) => ({ key, value: optionText(value) }));
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
    .map(([name, options]) => `[${name}]\n` + Object.entries(options).map(([k, v]) => `${k} = ${optionText(v)}\n`).join(''))
    .join('');
}

/** Service-wide sections overlaid with per-pod ones: a key set in both takes the pod's value. */
export function overlaySections(service: Sections, pod: Sections): Sections {
  const out: Sections = {};
  for (const [name, options] of Object.entries(service)) out[name] = { ...options };
  for (const [name, options] of Object.entries(pod)) out[name] = { ...(out[name] ?? {}), ...options };
  return out;
}
