/**
 * The one translator from ajv errors to findings a person can act on: which
 * field, what is wrong, what to write instead. Used for the inventory, image
 * catalogs and the CRD subsets; each caller passes hooks for what differs
 * (values it must not echo, its own wording for patterns, errors it drops).
 * Noise is dropped here: the per-branch errors of an anyOf/oneOf, repeats.
 */
import type { ErrorObject } from 'ajv';
import { nearest } from './did-you-mean.js';

export type FieldSegments = (string | number)[];

/** An ajv error from a validator compiled with `verbose: true`. */
export type VerboseError = ErrorObject & { parentSchema?: Record<string, unknown>; data?: unknown; propertyName?: string };

export interface SchemaFinding {
  path: FieldSegments;
  message: string;
  hint?: string;
  /** Point at the key (unknown fields, bad names) rather than the value. */
  key: boolean;
  keyword: string;
  /** For `required`: the absent field (the position is its parent's). */
  missing?: string;
}

export interface SchemaErrorHooks {
  /** Errors the caller does not report (e.g. missing fields in a patch, where the base supplies them). */
  skip?(e: VerboseError): boolean;
  /** How a value is named in a message; return undefined for the default (e.g. redact values under credentials). */
  show?(value: unknown, path: FieldSegments): string | undefined;
  /** The caller's own wording for an error (a pattern it can describe, a oneOf it knows); undefined keeps the default. */
  word?(e: VerboseError, path: FieldSegments, shown: string): { message: string; hint?: string } | undefined;
  /** Hint for an unknown field that has no near match (default: the allowed fields, when there are few). */
  unknownFieldHint?(allowed: readonly string[]): string | undefined;
  /** What the schema is called in range messages ("the CRD allows at most 3"). */
  schemaName?: string;
}

/** ajv's instancePath (`/spec/cinder/backends/0`) as field path segments. */
export function pathOf(instancePath: string): FieldSegments {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
}

/** What kind of YAML value this is, for "must be a string, not a list" messages. */
export const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `a ${typeof v}`);

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

const objectKeys = (v: unknown): string[] => (v && typeof v === 'object' ? Object.keys(v) : []);

export function translateSchemaErrors(errors: readonly ErrorObject[], hooks: SchemaErrorHooks = {}): SchemaFinding[] {
  const branchesAt = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const raw of errors) {
    const e = raw as VerboseError;
    // The branches of an anyOf/oneOf explain nothing on their own; the anyOf error says it all.
    if (/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath) && [...branchesAt].some((p) => e.instancePath.startsWith(p))) continue;
    // propertyNames is reported by its nested error, which names the key.
    if (e.keyword === 'propertyNames' || hooks.skip?.(e)) continue;
    const path = pathOf(e.instancePath);
    let key = false;
    let missing: string | undefined;
    if (e.propertyName !== undefined) {
      path.push(e.propertyName);
      key = true;
    }
    const shown = hooks.show?.(e.data, path) ?? JSON.stringify(e.data);
    const own = hooks.word?.(e, path, shown);
    let message: string;
    let hint: string | undefined;
    if (own) ({ message, hint } = own);
    else {
      switch (e.keyword) {
        case 'additionalProperties': {
          const name = (e.params as { additionalProperty: string }).additionalProperty;
          const allowed = objectKeys(e.parentSchema?.properties);
          path.push(name);
          key = true;
          message = `unknown field "${name}"`;
          const guess = suggestField(name, allowed);
          hint = guess ? `did you mean "${guess}"?` : hooks.unknownFieldHint ? hooks.unknownFieldHint(allowed) : allowed.length > 0 && allowed.length <= 10 ? `allowed fields: ${allowed.join(', ')}` : undefined;
          break;
        }
        case 'required':
          missing = (e.params as { missingProperty: string }).missingProperty;
          message = `missing required field "${missing}"`;
          hint = `add ${missing}: ...`;
          break;
        case 'type': {
          const types = String((e.params as { type: string | string[] }).type).split(',');
          message = `must be ${types.map(article).join(' or ')}, not ${hooks.show?.(e.data, path) ?? describe(e.data)}`;
          break;
        }
        case 'anyOf':
        case 'oneOf': {
          const branches = (e.parentSchema?.[e.keyword] ?? []) as Array<{ type?: unknown }>;
          const types = branches.map((b) => b?.type).filter((t): t is string => typeof t === 'string');
          message = types.length === branches.length && types.length > 0 ? `must be ${types.map(article).join(' or ')}, not ${hooks.show?.(e.data, path) ?? describe(e.data)}` : 'does not match any allowed form';
          break;
        }
        case 'enum':
        case 'const': {
          const allowed = e.keyword === 'enum' ? ((e.params as { allowedValues: unknown[] }).allowedValues ?? []) : [(e.params as { allowedValue: unknown }).allowedValue];
          message = `${shown} is not an allowed value`;
          const guess = typeof e.data === 'string' ? nearest(e.data, allowed.map(String)) : undefined;
          hint = guess ? `did you mean "${guess}"?` : `write ${allowed.length === 1 ? '' : 'one of: '}${allowed.map((a) => JSON.stringify(a)).join(', ')}`;
          break;
        }
        case 'pattern':
          message = `${shown} does not match the pattern ${(e.params as { pattern: string }).pattern}`;
          break;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
          const p = e.params as { comparison: string; limit: number };
          const bound = { '<=': 'at most', '>=': 'at least', '<': 'less than', '>': 'more than' }[p.comparison] ?? p.comparison;
          message = `is ${shown}; ${hooks.schemaName ?? 'the schema'} allows ${bound} ${p.limit}`;
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
    }
    const dedupe = `${JSON.stringify(missing === undefined ? path : [...path, missing])}|${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({ path, message, hint, key, keyword: e.keyword, missing });
  }
  return out;
}
