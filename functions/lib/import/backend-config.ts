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
import { note, optionValue, type ImportContext } from './context.js';
import type { Item } from '../io/resources.js';
import { defaultOnlyOptions } from '../catalog/default-options.js';

export interface SplitConfig {
  /** The back-end section's name. */
  section: string;
  /**
   * The source configures the back end in [DEFAULT] (the published bug
   * validate reports as RB170): its options were moved to a section named
   * after the back end; these options stay in [DEFAULT] (read only there).
   */
  movedFromDefault?: { stayed: string[] };
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
  if (section !== 'DEFAULT') return { split: { section, options, others } };
  // RB170: in [DEFAULT] the operator lists no back end, so the service starts none. The back end gets a section
  // named after it (unless the config already has one of that name); what the service reads only from
  // [DEFAULT] stays there.
  if (ini.has(b.key)) return { split: { section, options, others } };
  const service = b.field === 'manilaShares' ? 'manila' : 'cinder';
  const global = new Map([...options].filter(([k]) => isDefaultOnly(service, k)));
  const moved = new Map([...options].filter(([k]) => !global.has(k)));
  const rest = new Map(global.size > 0 ? [['DEFAULT', global] as const, ...others] : others);
  return { split: { section: b.key, options: moved, others: rest, movedFromDefault: { stayed: [...global.keys()] } } };
}

/**
 * oslo.log's options (oslo_log/_options.py), which every service registers
 * without a group: read only from [DEFAULT], like the service's own listed in
 * catalog/default-options.
 */
const OSLO_LOG_OPTION = /^(debug|verbose|log_file|log_dir|log_config_append|log_date_format|log_rotation_type|log_rotate_interval(_type)?|max_logfile_(count|size_mb)|watch_log_file|use_syslog|use_journal|use_json|use_stderr|use_eventlog|syslog_log_facility|default_log_levels|logging_\w+|instance_(uuid_)?format|publish_errors|fatal_deprecations|rate_limit_\w+)$/;

/** An option the service reads only from [DEFAULT]. */
export function isDefaultOnly(service: 'cinder' | 'manila', key: string): boolean {
  return defaultOnlyOptions(service).has(key) || OSLO_LOG_OPTION.test(key);
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

/** How import resolved a back end configured in [DEFAULT] (RB170), said once per back end. */
export function noteMovedFromDefault(ctx: ImportContext, item: Item, cfgPath: (string | number)[], service: 'cinder' | 'manila', key: string, split: SplitConfig): void {
  if (!split.movedFromDefault) return;
  const { stayed } = split.movedFromDefault;
  note(
    ctx,
    item,
    cfgPath,
    'warning',
    `${service} back end "${key}" is configured in [DEFAULT] (published bug, RB170: the service starts no back end from there): import moved its options to a section named after it, [${split.section}]${stayed.length > 0 ? `; ${stayed.join(', ')} stay${stayed.length === 1 ? 's' : ''} in [DEFAULT], the only section ${service} reads ${stayed.length === 1 ? 'it' : 'them'} from` : ''}`,
    `render writes the back end in [${split.section}]; \`rhoso-backends adopt\` hands the hand-written entry over to the inventory`,
  );
}
