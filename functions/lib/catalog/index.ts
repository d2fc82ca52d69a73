/**
 * The driver catalog, built from drivers/*.yaml and templates/*.hbs at build
 * time (scripts/build.mjs) so nothing is parsed or compiled at start-up.
 */
import { backupDrivers, drivers, glanceStores, templates } from '../../../build/generated/catalog.mjs';
import type { BackupDriverProfile, DriverProfile, GlanceStoreProfile } from './types.js';

export type { BackupDriverProfile, DriverProfile, GlanceStoreProfile } from './types.js';
export type { BackupContext, CephTemplateContext, CinderBackendContext, GlanceApiContext, GlanceStoreContext, ManilaApiContext, ManilaShareContext } from '../../../build/generated/template-contexts.js';

export type Service = 'cinder' | 'manila';

const byKey = new Map<string, DriverProfile>(drivers.map((d) => [`${d.service}/${d.id}`, d]));

export function driverIds(service?: Service): string[] {
  return drivers.filter((d) => !service || d.service === service).map((d) => d.id);
}

/** The profile of driver `id`; without `service`, the first service that has it (cinder first). */
export function getDriver(id: string, service?: Service): DriverProfile | undefined {
  if (service) return byKey.get(`${service}/${id}`);
  return byKey.get(`cinder/${id}`) ?? byKey.get(`manila/${id}`);
}

export function allDrivers(): readonly DriverProfile[] {
  return drivers;
}

const classesByService = new Map<Service, readonly string[]>();

/** Every driver class the catalog knows for a service (for the unknown-class rule, which asks per back end: made once). */
export function knownClasses(service: 'cinder' | 'manila'): readonly string[] {
  let classes = classesByService.get(service);
  if (!classes) {
    classes = Object.freeze([...new Set(drivers.filter((d) => d.service === service && d.class).map((d) => d.class!))].sort());
    classesByService.set(service, classes);
  }
  return classes;
}

export function renderTemplate(name: string, context: unknown): string {
  const t = templates[name];
  if (!t) throw new Error(`catalog template ${name} is missing`);
  return t(context);
}

/** Glance store types by type name (catalog/glance-stores). */
export const glanceStoreTypes: Readonly<Record<GlanceStoreProfile['type'], GlanceStoreProfile>> = Object.fromEntries(glanceStores.map((s) => [s.type, s])) as Record<GlanceStoreProfile['type'], GlanceStoreProfile>;

/** cinder-backup drivers by id (catalog/backup-drivers). */
export const backupDriverProfiles: Readonly<Record<BackupDriverProfile['id'], BackupDriverProfile>> = Object.fromEntries(backupDrivers.map((d) => [d.id, d])) as Record<BackupDriverProfile['id'], BackupDriverProfile>;
