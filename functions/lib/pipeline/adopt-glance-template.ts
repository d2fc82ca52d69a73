/**
 * Adoption of glance.template.customServiceConfig's store configuration
 * (enabled_backends, [glance_store], the sections enabled_backends names),
 * as the upstream glance samples and the architecture repository write it.
 *
 * Once the inventory describes those stores, every glance API it generates
 * carries them in its own customServiceConfig (expand/glance.ts), which
 * replaces the template's (glance-operator glance_controller.go), so the
 * template's copy configures nothing any more. When it reads the same as
 * what every generated API holds (oslo.config's reading, ini/compare.ts) and
 * no hand-written API still inherits it, those parts are adopted
 * (adopt-template-config.ts records them; `adopt` deletes them from the
 * template, leaving the user's other options). A real difference stays
 * RB145's, which names it.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, type Document } from 'yaml';
import { isStoreConfig } from '../expand/glance.js';
import type { OwnedEntry } from '../expand/plan.js';
import { iniOptions, iniSection, sameIniSection, type IniOptions } from '../ini/compare.js';
import { parseIni } from '../ini/parse.js';
import type { IniPart } from './adopt-template-config.js';

const TEMPLATE = ['spec', 'glance', 'template'];
const GLANCE_APIS = [...TEMPLATE, 'glanceAPIs'];
export const GLANCE_TEMPLATE_CONFIG = [...TEMPLATE, 'customServiceConfig'];

const isDefault = (section: string) => sameIniSection(section, 'DEFAULT');
const valuesAt = (options: IniOptions, section: string, key: string) => iniSection(options, section)?.[1].get(key);

/**
 * The template's store configuration, if every generated glance API holds it
 * the same and no hand-written API inherits it; `undefined` otherwise.
 */
export function adoptableGlanceParts(doc: Document, wanted: readonly OwnedEntry[]): IniPart[] | undefined {
  const text = doc.getIn(GLANCE_TEMPLATE_CONFIG);
  if (typeof text !== 'string') return undefined;
  const ini = parseIni(text);
  const store = ini.entries.filter((e) => e.section !== '' && isStoreConfig(ini.entries, e));
  if (store.length === 0) return undefined;
  const apis = wanted.filter((e) => e.kind === 'key' && e.path.join('.') === GLANCE_APIS.join('.'));
  if (apis.length === 0) return undefined;
  // A hand-written API without a config of its own still reads the template's stores.
  const written = doc.getIn(GLANCE_APIS);
  if (isMap(written)) {
    for (const pair of written.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (apis.some((a) => a.key === key)) continue;
      const own = isMap(pair.value) ? pair.value.get('customServiceConfig') : undefined;
      if (typeof own !== 'string' || own.trim() === '') return undefined;
    }
  }
  const template = iniOptions(text);
  for (const api of apis) {
    const config = (api.value as { customServiceConfig?: unknown }).customServiceConfig;
    if (typeof config !== 'string') return undefined;
    const generated = iniOptions(config);
    for (const e of store) if (!isDeepStrictEqual(valuesAt(template, e.section, e.key), valuesAt(generated, e.section, e.key))) return undefined;
  }
  const parts: IniPart[] = [];
  for (const e of store) {
    const part = isDefault(e.section) ? { section: e.section, key: e.key } : { section: e.section };
    if (!parts.some((p) => isDeepStrictEqual(p, part))) parts.push(part);
  }
  return parts;
}
