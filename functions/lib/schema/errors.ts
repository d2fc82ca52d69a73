/**
 * ajv errors (from the generated CRD validators) -> one finding each, in the
 * words a person fixing the YAML needs: which field, what is wrong, what to
 * write instead. Noise is dropped: the per-branch errors of an int-or-string
 * `anyOf`, repeated messages for the same field.
 */
import { pathOf } from '../diagnostics/schema-errors.js';
import type { ErrorObject } from 'ajv';
import { nearest } from '../diagnostics/did-you-mean.js';

export type FieldPath = (string | number)[];

export interface SchemaFinding {
  path: FieldPath;
  message: string;
  hint?: string;
  /** Point at the key (unknown fields) rather than the value. */
  key: boolean;
  keyword: string;
  /** For a missing required field: its name (the finding's path is its parent). */
  missing?: string;
}

type VerboseError = ErrorObject & { parentSchema?: Record<string, any>; data?: unknown };


const describe = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : typeof v === 'string' ? `the string ${JSON.stringify(v)}` : `${typeof v} ${JSON.stringify(v)}`;

const article = (t: string) => ({ object: 'a mapping', array: 'a list', integer: 'an integer', number: 'a number', string: 'a string', boolean: 'a boolean (true or false)', null: 'null' })[t] ?? t;

/**
 * The field the user most likely meant. Besides near-misses (`cinderApiImage`
 * -> `cinderAPIImage`), a name that is the tail of exactly one allowed field
 * is a common slip in Kubernetes volume sources (`secret: {name: x}` ->
 * `secretName`, `persistentVolumeClaim: {name: x}` -> `claimName`).
 */
export function suggestField(name: string, allowed: readonly string[]): string | undefined {
  const near = nearest(name, allowed);
  if (near) return near;
  const lower = name.toLowerCase();
  const tails = allowed.filter((a) => a.length > name.length && a.toLowerCase().endsWith(lower));
  return tails.length === 1 ? tails[0] : undefined;
}

/** Converts ajv errors; `skipRequired` drops missing-field errors (patches, where the base supplies them). */
export function schemaFindings(errors: readonly ErrorObject[], options: { skipRequired?: boolean } = {}): SchemaFinding[] {
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const raw of errors) {
    const e = raw as VerboseError;
    // The branches of an anyOf/oneOf explain nothing on their own; the anyOf error says it all.
    if (/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath) && anyOfAt.has(e.instancePath)) continue;
    // The API server prunes null values of non-nullable fields before validating
    // (`customServiceConfig:` with nothing after it): accepted, and means "unset".
    if ((e.keyword === 'type' || e.keyword === 'anyOf' || e.keyword === 'oneOf') && e.data === null) continue;
    const path = pathOf(e.instancePath);
    let message: string;
    let hint: string | undefined;
    let key = false;
    switch (e.keyword) {
      case 'additionalProperties': {
        const name = (e.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys(e.parentSchema?.properties ?? {});
        path.push(name);
        key = true;
        message = `unknown field "${name}"`;
        const guess = suggestField(name, allowed);
        hint = guess
          ? `did you mean "${guess}"?`
          : allowed.length === 0
            ? 'this object takes no fields'
            : allowed.length <= 10
              ? `allowed fields: ${allowed.join(', ')}`
              : 'the API server rejects (or silently drops) fields the CRD does not define';
        break;
      }
      case 'required': {
        if (options.skipRequired) continue;
        const name = (e.params as { missingProperty: string }).missingProperty;
        message = `missing required field "${name}"`;
        hint = `add ${name}: ...`;
        break;
      }
      case 'type': {
        const types = String((e.params as { type: string }).type).split(',');
        message = `must be ${types.map(article).join(' or ')}, not ${describe(e.data)}`;
        break;
      }
      case 'anyOf':
      case 'oneOf': {
        const branches: any[] = e.parentSchema?.[e.keyword] ?? [];
        const types = branches.map((b) => b?.type).filter((t): t is string => typeof t === 'string');
        message = types.length === branches.length && types.length > 0 ? `must be ${types.map(article).join(' or ')}, not ${describe(e.data)}` : 'does not match any allowed form';
        break;
      }
      case 'enum': {
        const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        message = `${JSON.stringify(e.data)} is not an allowed value`;
        const guess = typeof e.data === 'string' ? nearest(e.data, allowed) : undefined;
        hint = guess ? `did you mean "${guess}"?` : `write one of: ${allowed.map((a) => JSON.stringify(a)).join(', ')}`;
        break;
      }
      case 'pattern':
        message = `${JSON.stringify(e.data)} does not match the pattern ${(e.params as { pattern: string }).pattern}`;
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const p = e.params as { comparison: string; limit: number };
        const bound = { '<=': 'at most', '>=': 'at least', '<': 'less than', '>': 'more than' }[p.comparison] ?? p.comparison;
        message = `is ${JSON.stringify(e.data)}; the CRD allows ${bound} ${p.limit}`;
        break;
      }
      case 'minLength':
      case 'maxLength':
        message = `must be ${e.keyword === 'minLength' ? 'at least' : 'at most'} ${(e.params as { limit: number }).limit} characters long`;
        break;
      case 'minItems':
      case 'maxItems':
        message = `must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${(e.params as { limit: number }).limit} item(s)`;
        break;
      case 'minProperties':
      case 'maxProperties':
        message = `must have ${e.keyword === 'minProperties' ? 'at least' : 'at most'} ${(e.params as { limit: number }).limit} field(s)`;
        break;
      case 'uniqueItems':
        message = 'lists the same item twice';
        hint = 'remove the duplicate';
        break;
      default:
        message = e.message ?? `fails ${e.keyword}`;
    }
    const dedupe = `${JSON.stringify(path)}|${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({ path, message, hint, key, keyword: e.keyword, missing: e.keyword === 'required' ? (e.params as { missingProperty: string }).missingProperty : undefined });
  }
  return out;
}
