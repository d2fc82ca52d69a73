/**
 * ajv errors of the generated CRD validators -> findings, through the shared
 * translator (diagnostics/schema-errors.ts) with the CRD's own hooks.
 */
import type { ErrorObject } from 'ajv';
import { translateSchemaErrors, type SchemaFinding } from '../diagnostics/schema-errors.js';

export { suggestField, type SchemaFinding } from '../diagnostics/schema-errors.js';
export type FieldPath = (string | number)[];

/** Converts ajv errors; `skipRequired` drops missing-field errors (patches, where the base supplies them). */
export function schemaFindings(errors: readonly ErrorObject[], options: { skipRequired?: boolean } = {}): SchemaFinding[] {
  return translateSchemaErrors(errors, {
    schemaName: 'the CRD',
    skip: (e) =>
      (options.skipRequired === true && e.keyword === 'required') ||
      // The API server prunes null values of non-nullable fields before validating
      // (`customServiceConfig:` with nothing after it): accepted, and means "unset".
      ((e.keyword === 'type' || e.keyword === 'anyOf' || e.keyword === 'oneOf') && e.data === null),
    unknownFieldHint: (allowed) =>
      allowed.length === 0 ? 'this object takes no fields' : allowed.length <= 10 ? `allowed fields: ${allowed.join(', ')}` : 'the API server rejects (or silently drops) fields the CRD does not define',
  });
}
