/**
 * Every `sections` field of the inventory (service-wide and per pod), with
 * where it is and what it may not name: the rules that check `options`
 * (credentials, line breaks) check these too, and RB056 keeps them off what
 * the tool writes itself.
 */
import type { FieldPath, Inventory, Sections } from '../../inventory/model.js';

/** Keys the tool (or the operator) writes itself, by service: `section.key`, or `*.key` in any section. */
export const WRITTEN_BY_TOOL: Record<'cinder' | 'manila' | 'glance', string[]> = {
  // The operator fills enabled_backends and counts volume_driver lines to pick LVM mode (RHOSO-FIELDS.md 2.2).
  cinder: ['DEFAULT.enabled_backends', '*.volume_backend_name', '*.volume_driver'],
  manila: ['DEFAULT.enabled_share_backends', 'DEFAULT.enabled_share_protocols', '*.share_backend_name', '*.share_driver', '*.driver_handles_share_servers'],
  glance: ['DEFAULT.enabled_backends', 'glance_store.default_backend'],
};

export interface SectionsField {
  service: 'cinder' | 'manila' | 'glance';
  /** Path of the `sections` field. */
  at: FieldPath;
  sections: Sections;
  /** Service-wide (spec.<service>.sections) or one pod's. */
  scope: 'service' | 'pod';
}

export function sectionsFields(inv: Inventory): SectionsField[] {
  const out: SectionsField[] = [];
  const add = (service: SectionsField['service'], at: FieldPath, sections: Sections, scope: SectionsField['scope']) => {
    if (Object.keys(sections).length > 0) out.push({ service, at, sections, scope });
  };
  add('cinder', ['spec', 'cinder', 'sections'], inv.cinder.sections, 'service');
  for (const b of inv.cinder.backends) add('cinder', [...b.at, 'sections'], b.sections, 'pod');
  add('manila', ['spec', 'manila', 'sections'], inv.manila.sections, 'service');
  // The manila-api's config is written only with back ends, like the service-wide one.
  add('manila', ['spec', 'manila', 'api', 'sections'], inv.manila.api.sections, 'service');
  for (const b of inv.manila.backends) add('manila', [...b.at, 'sections'], b.sections, 'pod');
  add('glance', ['spec', 'glance', 'sections'], inv.glance.sections, 'service');
  for (const a of inv.glance.apis) add('glance', [...a.at, 'sections'], a.sections, 'pod');
  return out;
}

/** Every option of every `sections` field: where it is, its section and value. */
export function sectionOptions(inv: Inventory): Array<{ field: SectionsField; section: string; key: string; value: unknown; at: FieldPath }> {
  return sectionsFields(inv).flatMap((field) =>
    Object.entries(field.sections).flatMap(([section, options]) =>
      Object.entries(options).map(([key, value]) => ({ field, section, key, value, at: [...field.at, section, key] })),
    ),
  );
}
