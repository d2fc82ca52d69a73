/**
 * Service-wide options: spec.<service>.template.customServiceConfig (which
 * the operator adds to every pod of the service) -> spec.<service>.sections.
 * A template config that configures a back end, repeats a key, or holds a
 * credential in plain text has no inventory field: it is kept.
 */
import { iniOptions } from '../ini/compare.js';
import { parseIni } from '../ini/parse.js';
import type { Path } from '../manifest/manifest-index.js';
import { WRITTEN_BY_TOOL } from '../rules/inventory/sections.js';
import { isPlaintextCredential, sectionsRepresentable } from './backend-config.js';
import { keep, note, optionValue, type ImportContext } from './context.js';

type Sections = Record<string, Record<string, string | number | boolean>>;

/** Drops the keys the tool writes itself (enabled_backends, ...) from parsed sections; returns what was dropped. */
export function dropWrittenByTool(service: 'cinder' | 'manila' | 'glance', sections: Map<string, Map<string, string[]>>): string[] {
  const dropped: string[] = [];
  for (const [name, opts] of sections) {
    for (const key of [...opts.keys()]) {
      if (WRITTEN_BY_TOOL[service].includes(`${name}.${key}`) || WRITTEN_BY_TOOL[service].includes(`*.${key}`)) {
        opts.delete(key);
        dropped.push(`[${name}] ${key}`);
      }
    }
    if (opts.size === 0) sections.delete(name);
  }
  return dropped;
}

export function importServiceSections(ctx: ImportContext, service: 'cinder' | 'manila'): Sections | undefined {
  const cp = ctx.controlPlane;
  const template = cp?.components.find((c) => c.service === service && c.field === 'template');
  if (!cp || !template?.config) return undefined;
  const path: Path = [...template.path, 'customServiceConfig'];
  const text = template.config.text;
  const why = unmappableSections(service, text);
  if (why) {
    keep(ctx, cp.item, path, `${service} template customServiceConfig: ${why}`);
    note(ctx, cp.item, path, 'info', `spec.${service}.template.customServiceConfig stays in the control plane: ${why}`);
    return undefined;
  }
  const sections = iniOptions(text);
  const dropped = dropWrittenByTool(service, sections);
  if (dropped.length > 0) note(ctx, cp.item, path, 'info', `${dropped.join(', ')} in spec.${service}.template.customServiceConfig not imported: rhoso-backends writes it from the back ends`);
  const out: Sections = {};
  for (const [name, opts] of sections) out[name] = Object.fromEntries([...opts].map(([k, v]) => [k, optionValue(v[0])]));
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Why an INI text cannot be a `sections` field (undefined when it can). */
export function unmappableSections(service: 'cinder' | 'manila', text: string): string | undefined {
  const doc = parseIni(text);
  if (doc.problems.length > 0) return `line ${doc.problems[0].line + 1} is not a key = value line in a section`;
  const sections = iniOptions(text);
  const driverKey = service === 'cinder' ? 'volume_driver' : 'share_driver';
  const backend = [...sections].find(([, opts]) => opts.has(driverKey));
  if (backend) return `it configures a back end ([${backend[0]}] sets ${driverKey}); the inventory writes back ends per pod`;
  if (!sectionsRepresentable(sections)) return 'a key is repeated or spans several lines';
  for (const [name, opts] of sections) for (const [k, v] of opts) if (v.some((x) => isPlaintextCredential(k, x))) return `[${name}] ${k} is a credential in plain text`;
  return undefined;
}
