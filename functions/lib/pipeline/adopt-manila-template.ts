/**
 * Adoption of a share back end configured in manila.template.customServiceConfig
 * ([DEFAULT] enabled_share_backends, enabled_share_protocols and the section
 * it names), as the architecture repository's uni04delta writes it.
 *
 * manila-operator adds the template's config to every manila pod, before the
 * pod's own, so a share pod without a back end of its own serves the
 * template's (import reads it that way, import/manila.ts). Once the inventory
 * describes that back end, the share it generates carries it in its own
 * customServiceConfig (expand/manila.ts), and the manila-api's generated
 * config carries the protocols. Two adoptions follow:
 *
 * - the hand-written share entry reads as its template back end plus its own
 *   config (entryDifferences, adopt.ts), so an entry without a config of its
 *   own is adopted when that reads the same as the generated one;
 * - the template's back-end lines are adopted (the ADOPTED_CONFIG_ANNOTATION
 *   record, adopt-template-config.ts) when every share that reads them is
 *   generated with the same values and the generated manila-api enables the
 *   same protocols: nothing else needs them (the scheduler ignores them), so
 *   `adopt` deletes them, leaving the template's other options.
 *
 * A difference keeps them hand-written, and the generated share's own lines
 * (read after the template's) win.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, type Document } from 'yaml';
import type { OwnedEntry } from '../expand/plan.js';
import { iniOptions, iniSection, sameIniSection, upperCaseList, type IniOptions } from '../ini/compare.js';
import { parseIni } from '../ini/parse.js';
import type { IniPart } from './adopt-template-config.js';

export const MANILA_TEMPLATE_CONFIG = ['spec', 'manila', 'template', 'customServiceConfig'];
const MANILA_SHARES = ['spec', 'manila', 'template', 'manilaShares'];
const MANILA_API = ['spec', 'manila', 'template', 'manilaAPI'];
const DEFAULT_KEYS = ['enabled_share_backends', 'enabled_share_protocols'];

const isDefault = (section: string) => sameIniSection(section, 'DEFAULT');
const sectionOf = (ini: IniOptions, name: string) => iniSection(ini, name)?.[1];
const last = (values: string[] | undefined) => (values && values.length > 0 ? values[values.length - 1] : undefined);
/** manila reads enabled_share_protocols as a list compared in upper case (manila/share/api.py). */
const protocolList = (value: string | undefined) => (value === undefined ? undefined : upperCaseList(value));

export interface TemplateBackend {
  /** The template's lines of that back end: its [DEFAULT] keys and its section. */
  parts: IniPart[];
  /** Those lines as an INI text (protocols as manila reads them). */
  text: string;
}

/**
 * The back end a share pod whose own config is `ownText` reads from the
 * template's `templateText`: none when the pod configures one itself, or when
 * the enabled_share_backends it reads names a section the template does not
 * configure.
 */
export function manilaTemplateBackend(templateText: string, ownText: string): TemplateBackend | undefined {
  if (parseIni(templateText).problems.length > 0 || parseIni(ownText).problems.length > 0) return undefined;
  const own = iniOptions(ownText);
  if ([...own.values()].some((opts) => opts.has('share_driver'))) return undefined;
  const template = iniOptions(templateText);
  const templateDefault = sectionOf(template, 'DEFAULT');
  const named = last(sectionOf(own, 'DEFAULT')?.get('enabled_share_backends')) ?? last(templateDefault?.get('enabled_share_backends'));
  const sections = (named ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (sections.length === 0 || !sections.every((s) => !isDefault(s) && template.get(s)?.has('share_driver'))) return undefined;
  const parts: IniPart[] = [];
  const lines: string[] = [];
  const defaults = DEFAULT_KEYS.filter((k) => templateDefault?.has(k));
  if (defaults.length > 0) {
    const name = [...template.keys()].find(isDefault)!;
    lines.push(`[${name}]`);
    for (const k of defaults) {
      parts.push({ section: name, key: k });
      for (const v of templateDefault!.get(k)!) lines.push(`${k} = ${k === 'enabled_share_protocols' ? protocolList(v) : v.replace(/\n/g, '\n  ')}`);
    }
  }
  for (const s of sections) {
    parts.push({ section: s });
    lines.push(`[${s}]`);
    for (const [k, values] of template.get(s)!) for (const v of values) lines.push(`${k} = ${v.replace(/\n/g, '\n  ')}`);
  }
  return { parts, text: `${lines.join('\n')}\n` };
}

const keyOf = (pairKey: unknown) => (isScalar(pairKey) ? String(pairKey.value) : String(pairKey));

/**
 * The template's back-end lines, if every share pod reading them is generated
 * with the same values and the generated manila-api enables the same
 * protocols; `undefined` otherwise.
 */
export function adoptableManilaParts(doc: Document, wanted: readonly OwnedEntry[]): IniPart[] | undefined {
  const text = doc.getIn(MANILA_TEMPLATE_CONFIG);
  if (typeof text !== 'string') return undefined;
  const shares = doc.getIn(MANILA_SHARES);
  if (!isMap(shares)) return undefined;
  const generated = (key: string) => wanted.find((e) => e.kind === 'key' && e.key === key && isDeepStrictEqual(e.path, MANILA_SHARES));
  const template = iniOptions(text);
  let found: TemplateBackend | undefined;
  for (const pair of shares.items) {
    const key = keyOf(pair.key);
    const own = isMap(pair.value) ? pair.value.get('customServiceConfig') : undefined;
    const ownText = typeof own === 'string' ? own : '';
    const backend = manilaTemplateBackend(text, ownText);
    if (!backend) {
      // A hand-written share with its own back end still reads the template's enabled_share_backends unless it sets its own.
      const ownDefault = sectionOf(iniOptions(ownText), 'DEFAULT');
      if (sectionOf(template, 'DEFAULT')?.has('enabled_share_backends') && !ownDefault?.has('enabled_share_backends')) return undefined;
      continue;
    }
    const entry = generated(key);
    const config = (entry?.value as { customServiceConfig?: unknown } | undefined)?.customServiceConfig;
    if (typeof config !== 'string') return undefined;
    const mine = iniOptions(config);
    const theirs = iniOptions(backend.text);
    for (const [section, opts] of theirs) {
      for (const [k, values] of opts) {
        if (k === 'enabled_share_protocols') continue; // the manila-api's, below
        if (!isDeepStrictEqual(values, sectionOf(mine, section)?.get(k))) return undefined;
      }
    }
    if (found && !isDeepStrictEqual(found.parts, backend.parts)) return undefined;
    found = backend;
  }
  if (!found) return undefined;
  const protocols = last(sectionOf(template, 'DEFAULT')?.get('enabled_share_protocols'));
  if (protocols !== undefined) {
    const api = wanted.find((e) => e.kind === 'key' && e.key === 'customServiceConfig' && isDeepStrictEqual(e.path, MANILA_API));
    const generatedApi = typeof api?.value === 'string' ? last(sectionOf(iniOptions(api.value), 'DEFAULT')?.get('enabled_share_protocols')) : undefined;
    if (protocolList(generatedApi) !== protocolList(protocols)) return undefined;
  }
  return found.parts;
}
