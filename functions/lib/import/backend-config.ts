/**
 * The part cinder and manila back ends share: a per-instance
 * customServiceConfig split into the back-end section (the one naming the
 * driver), the options the catalog template writes itself, the options the
 * inventory carries, credentials written in plain text (moved out, never
 * copied), and the pod's other sections.
 */
import { iniOptions } from '../ini/compare.js';
import { parseIni } from '../ini/parse.js';
import type { Backend } from '../manifest/manifest-index.js';
import { SECRET_OPTION } from '../rules/inventory/credential-keys.js';
import { isTemplated } from '../ini/parse.js';
import { optionValue } from './context.js';

export interface SplitConfig {
  /** The back-end section's name. */
  section: string;
  /** Its options in source order: key -> every value (oslo reads a repeated key as a list). */
  options: Map<string, string[]>;
  /** The other sections of the pod's config, in order. */
  others: Map<string, Map<string, string[]>>;
}

/** Why a config cannot be split (undefined when it can). */
export function splitConfig(b: Backend, driverKey: string): { split?: SplitConfig; why?: string } {
  const text = b.config?.text;
  if (text === undefined) return { why: 'it has no customServiceConfig (the back end is configured elsewhere)' };
  const doc = parseIni(text);
  const problem = doc.problems[0];
  if (problem) return { why: `its customServiceConfig has a line oslo.config cannot place (line ${problem.line + 1}: ${problem.kind})` };
  const ini = iniOptions(text);
  const withDriver = [...ini.entries()].filter(([, opts]) => opts.has(driverKey));
  if (withDriver.length !== 1) return { why: withDriver.length === 0 ? `no section sets ${driverKey}` : `several sections set ${driverKey} (${withDriver.map(([s]) => `[${s}]`).join(', ')})` };
  const [section, options] = withDriver[0];
  const others = new Map([...ini.entries()].filter(([s]) => s !== section));
  return { split: { section, options, others } };
}

/** The last value of a key (what oslo.config reads for a single-valued option). */
export const lastValue = (values: string[] | undefined): string | undefined => (values && values.length > 0 ? values[values.length - 1] : undefined);

export const isPlaintextCredential = (key: string, value: string): boolean => SECRET_OPTION.test(key) && value !== '' && !isTemplated(value);

export interface OptionSplit {
  options: Record<string, string | number | boolean>;
  /** Repeated keys, written back as raw lines. */
  extraConfig: string[];
  /** Credential keys found in plain text (values never kept). */
  plaintext: string[];
}

/** Options the inventory carries: everything not in `written`, credentials left out. */
export function remainingOptions(options: Map<string, string[]>, written: ReadonlySet<string>, secretKeys: ReadonlySet<string>): OptionSplit {
  const out: OptionSplit = { options: {}, extraConfig: [], plaintext: [] };
  for (const [key, values] of options) {
    if (written.has(key)) continue;
    if (values.some((v) => isPlaintextCredential(key, v) || (secretKeys.has(key) && v !== '' && !isTemplated(v)))) {
      out.plaintext.push(key);
      continue;
    }
    if (values.length > 1 || values[0].includes('\n')) out.extraConfig.push(...values.map((v) => `${key} = ${v.replace(/\n/g, '\n  ')}`));
    else out.options[key] = optionValue(values[0]);
  }
  return out;
}

/** Sections as the inventory's `sections` field; credentials in plain text are left out and named in `plaintext`. */
export function sectionsField(sections: Map<string, Map<string, string[]>>, plaintext: string[] = []): Record<string, Record<string, string | number | boolean>> {
  const out: Record<string, Record<string, string | number | boolean>> = {};
  for (const [name, opts] of sections) {
    out[name] = {};
    for (const [k, v] of opts) {
      if (v.some((x) => isPlaintextCredential(k, x))) plaintext.push(`[${name}] ${k}`);
      else out[name][k] = optionValue(lastValue(v)!);
    }
  }
  return out;
}

/** Sections with a repeated key or a multi-line value: `sections` cannot say them. */
export function sectionsRepresentable(sections: Map<string, Map<string, string[]>>): boolean {
  for (const opts of sections.values()) for (const v of opts.values()) if (v.length !== 1 || v[0].includes('\n')) return false;
  return true;
}
