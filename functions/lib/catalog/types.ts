/**
 * The catalog's types, generated at build time from catalog.schema.json (the
 * schema every catalog file is checked against), so the data and the types
 * cannot disagree. Field docs live in the schema's descriptions.
 */
export type { BackupDriverProfile, DriverProfile, GlanceStoreProfile } from '../../../build/generated/catalog-types.js';
