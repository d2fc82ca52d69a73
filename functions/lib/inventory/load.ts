/**
 * Finds the BackendInventory among the inputs, checks it against the JSON
 * schema (all errors at once, with positions and did-you-mean), and turns it
 * into the typed, defaulted model. Semantic checks live in inventory/rules.
 */
import { translateSchemaErrors, type FieldSegments } from '../diagnostics/schema-errors.js';
import type { ErrorObject } from 'ajv';
import validateSchema from '../../../build/generated/inventory-validator.mjs';
import { fieldPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { apiVersionOf, diagnosticAt, kindOf, toObject, type Item } from '../io/resources.js';
import {
  INVENTORY_API_VERSION,
  INVENTORY_KIND,
  type CephCluster,
  type CinderBackend,
  type CinderBackup,
  type GlanceApi,
  type GlanceStore,
  type FieldPath,
  type Inventory,
  type ManilaBackend,
  type NodeSet,
  type Mount,
  type OperatorLine,
  type Sections,
} from './model.js';

/** Kinds of the backends.rhoso.io group: the inventory and the image catalog it may reference. */
const OUR_KINDS = [INVENTORY_KIND, 'ImageCatalog'];

export function isInventory(item: Item): boolean {
  return kindOf(item) === INVENTORY_KIND;
}

/** The inventory is the functionConfig when that is one, else the one inventory item in the package. */
export function findInventory(items: readonly Item[], functionConfig?: Item): { item?: Item; diagnostics: Diagnostic[] } {
  if (functionConfig && isInventory(functionConfig)) return { item: functionConfig, diagnostics: [] };
  // Our API group has two kinds; anything else in it is a typo that would otherwise be applied to the cluster.
  // (A kind that is a list or a mapping is not a resource at all; render reports that.)
  const strays = items.filter((it) => {
    if (!(apiVersionOf(it) ?? '').startsWith('backends.rhoso.io/')) return false;
    const kind = it.doc.get('kind');
    return (kind === null || typeof kind !== 'object') && !OUR_KINDS.includes(kind as string);
  });
  if (strays.length > 0) {
    return {
      diagnostics: strays.map((it) => {
        const kind = it.doc.get('kind');
        return diagnosticAt(it, ['kind'], {
          severity: 'error',
          rule: 'inventory',
          message: `apiVersion ${apiVersionOf(it)} has no kind ${JSON.stringify(kind ?? null)}`,
          hint: (typeof kind === 'string' && didYouMean(kind, OUR_KINDS)) || `write kind: ${INVENTORY_KIND} (or ImageCatalog for an image catalog file)`,
        });
      }),
    };
  }
  const found = items.filter(isInventory);
  if (found.length > 1) {
    return {
      item: undefined,
      diagnostics: found.slice(1).map((it) =>
        diagnosticAt(it, ['kind'], {
          severity: 'error',
          rule: 'inventory',
          message: `more than one BackendInventory in the input (the first is ${found[0].path})`,
          hint: 'keep one inventory per package, or render each package on its own',
        }),
      ),
    };
  }
  return { item: found[0], diagnostics: [] };
}

/** Inputs that take precedence over what the inventory says (an Argo CD parameter, --operator-line). */
export interface InventoryOverrides {
  operatorLine?: OperatorLine;
}

export function loadInventory(item: Item, overrides: InventoryOverrides = {}): { inventory?: Inventory; diagnostics: Diagnostic[] } {
  const raw = toObject(item);
  if (apiVersionOf(item) !== INVENTORY_API_VERSION && typeof raw.apiVersion === 'string' && raw.apiVersion.startsWith('backends.rhoso.io/')) {
    return {
      diagnostics: [
        diagnosticAt(item, ['apiVersion'], {
          severity: 'error',
          rule: 'schema',
          message: `unsupported apiVersion "${raw.apiVersion}"`,
          hint: `write apiVersion: ${INVENTORY_API_VERSION}`,
        }),
      ],
    };
  }
  // The validator also fills the schema's defaults in; raw is this call's own copy of the document.
  if (!validateSchema(raw)) {
    return { diagnostics: schemaDiagnostics(item, everySchemaError(item)) };
  }
  const inventory = toModel(raw as unknown as InventoryDocument, item.path);
  return { inventory: overrides.operatorLine ? { ...inventory, operatorLine: overrides.operatorLine } : inventory, diagnostics: [] };
}



type ErrorsValidator = typeof import('../../../build/generated/inventory-errors-validator.mjs');
let errorsValidator: ErrorsValidator['default'] | undefined;

/**
 * Every schema error of an inventory the fast validator refused, with the schema and data the
 * messages use. The validator that finds them is four times the size of the fast one, so it is
 * loaded only here (synchronously: loading is synchronous; the bundler makes it a chunk).
 */
function everySchemaError(item: Item): ErrorObject[] {
  errorsValidator ??= (require('../../../build/generated/inventory-errors-validator.mjs') as ErrorsValidator).default;
  // A fresh copy: the fast validator filled some defaults into its own before it stopped.
  if (errorsValidator(toObject(item))) throw new Error('the two inventory validators disagree: the fast one refused a document the full one accepts');
  return errorsValidator.errors ?? [];
}

/** ajv errors -> one diagnostic each, through the shared translator with the inventory's wording. */
function schemaDiagnostics(item: Item, errors: ErrorObject[]): Diagnostic[] {
  const findings = translateSchemaErrors(errors, {
    // Never echo a value under credentials (a token that fails a pattern is still a token); key names are fine.
    show: (value, path) => (path.includes('credentials') && typeof value !== 'object' && !isKeyPath(path, value) ? 'the value (not shown: it is under credentials)' : undefined),
    word: (e, path, shown) => {
      if (e.keyword === 'pattern') return { message: `${shown} does not have the expected form (${describePattern(e.schemaPath, (e.params as { pattern: string }).pattern)})` };
      if (e.keyword === 'oneOf') return { message: 'a file needs exactly one source', hint: 'give one of secretName (with optional key), path, or externalSecret' };
      // An INI option holds one line of text: a YAML list or map has no single spelling there.
      if (e.keyword === 'type' && path[path.length - 2] === 'options' && e.data !== null && typeof e.data === 'object') {
        const option = String(path[path.length - 1]);
        return {
          message: `must be a string, a number or a boolean, not ${Array.isArray(e.data) ? 'a list' : 'a mapping'}`,
          hint: `write the INI value as one quoted string, e.g. ${option}: "${Array.isArray(e.data) ? `[${e.data.map(String).join(', ')}]` : 'key1:value1,key2:value2'}"`,
        };
      }
      if ((e.keyword === 'minProperties' || e.keyword === 'maxProperties') && path[path.length - 1] === 'credentials') {
        return { message: 'credentials need exactly one of secretName, values, externalSecret', hint: 'prefer secretName or externalSecret; values needs spec.secrets.allowPlaintext: true' };
      }
      return undefined;
    },
    unknownFieldHint: (allowed) => (allowed.length <= 8 ? `allowed fields: ${allowed.join(', ')}` : undefined),
  });
  return findings.map((f) => {
    const d = diagnosticAt(item, f.path, { severity: 'error', rule: 'schema', message: f.message, hint: f.hint }, f.key);
    if (f.missing !== undefined) d.field = fieldPath([...f.path, f.missing]);
    return d;
  });
}

/** A map key that failed propertyNames: the key is the value here, and key names are never secret. */
const isKeyPath = (path: FieldSegments, value: unknown) => path[path.length - 1] === value;

function describePattern(schemaPath: string, pattern: string): string {
  if (schemaPath.includes('dnsLabel')) return 'an RFC 1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit';
  if (schemaPath.includes('dnsSubdomain')) return 'a DNS subdomain: lower-case letters, digits, "-" and "."';
  if (pattern === '^/') return 'an absolute path starting with "/"';
  if (pattern.startsWith('^[0-9a-fA-F]{8}-')) return 'a UUID such as 4b5c8c0a-ff60-454b-a1b4-9747aa737d19';
  if (pattern.startsWith('^[0-9]+\\.[0-9]+')) return 'a release such as 18.0.3';
  if (pattern.includes('(ns|us|')) return 'a Go duration such as 1h, 30m or 1h30m';
  if (pattern === '^[A-Za-z_][A-Za-z0-9_.-]*$') return 'an option name: a letter or "_", then letters, digits, "_", "." or "-"';
  return `pattern ${pattern}`;
}

/** An inventory entry as written, after the schema filled its defaults: no `at`, and the `Derived` fields (defaults computed from other fields) optional. */
type Written<T, Derived extends keyof T = never> = Omit<T, 'at' | Derived> & Partial<Pick<T, Derived>>;

/** The inventory document after schema validation and defaulting: what the schema guarantees. */
interface InventoryDocument {
  metadata: { name: string };
  spec: {
    controlPlane: Inventory['controlPlane'];
    operatorLine: OperatorLine;
    release?: Inventory['release'];
    images: Inventory['images'];
    secrets: Inventory['secrets'];
    ceph: Written<CephCluster, 'secretName'>[];
    cinder: { backends: Written<CinderBackend, 'section' | 'volumeBackendName'>[]; backup?: Written<CinderBackup>; backups: Written<CinderBackup>[]; sections: Sections };
    manila: { backends: Written<ManilaBackend, 'section' | 'shareBackendName'>[]; sections: Sections; api?: { sections?: Sections } };
    glance: { stores: Written<GlanceStore>[]; api?: Written<GlanceApi, 'stores'>; apis: Written<GlanceApi, 'stores'>[]; sections: Sections };
    mounts: Written<Mount>[];
    hosts?: Inventory['hosts'];
    dataPlane: { nodeSets: Written<NodeSet>[] };
  };
}

/**
 * The typed model of a validated, defaulted document. Defaults come from the
 * schema (the validator filled them in); only the defaults computed from other
 * fields, which a schema cannot state, are applied here.
 */
function toModel(doc: InventoryDocument, path: string): Inventory {
  const { spec } = doc;
  const at = (...p: FieldPath): { at: FieldPath } => ({ at: ['spec', ...p] });
  const ceph: CephCluster[] = spec.ceph.map((c, i) => ({ ...at('ceph', i), ...c, secretName: c.secretName ?? (i === 0 ? 'ceph-conf-files' : `ceph-conf-${c.name}`) }));
  // `at` written out, not spread from at(): one object less per back end.
  const cinderBackends: CinderBackend[] = spec.cinder.backends.map((b, i) => {
    const section = b.section ?? b.name;
    return { at: ['spec', 'cinder', 'backends', i], ...b, section, volumeBackendName: b.volumeBackendName ?? section };
  });
  const manilaBackends: ManilaBackend[] = spec.manila.backends.map((b, i) => {
    const section = b.section ?? b.name;
    return { at: ['spec', 'manila', 'backends', i], ...b, section, shareBackendName: b.shareBackendName ?? section };
  });
  const backup: CinderBackup | undefined = spec.cinder.backup && { ...at('cinder', 'backup'), ...spec.cinder.backup };
  const backups = [...(backup ? [backup] : []), ...spec.cinder.backups.map((b, i): CinderBackup => ({ ...at('cinder', 'backups', i), ...b }))];
  const storeNames = spec.glance.stores.map((s) => s.name);
  const toApi = (a: Written<GlanceApi, 'stores'>, where: FieldPath): GlanceApi => ({ at: where, ...a, stores: a.stores ?? storeNames });
  // No api and no apis: one API with the schema's defaults (the validator only fills a written api).
  const apis: GlanceApi[] = spec.glance.apis.length
    ? spec.glance.apis.map((a, i) => toApi(a, ['spec', 'glance', 'apis', i]))
    : [toApi(spec.glance.api ?? DEFAULT_GLANCE_API, spec.glance.api ? ['spec', 'glance', 'api'] : ['spec', 'glance'])];
  return {
    name: doc.metadata.name,
    path,
    controlPlane: spec.controlPlane,
    operatorLine: spec.operatorLine,
    release: spec.release,
    images: spec.images,
    secrets: spec.secrets,
    ceph,
    cinder: { backends: cinderBackends, backup, backups, sections: spec.cinder.sections },
    manila: { backends: manilaBackends, sections: spec.manila.sections, api: { sections: spec.manila.api?.sections ?? {} } },
    glance: { stores: spec.glance.stores.map((s, i) => ({ ...at('glance', 'stores', i), ...s })), apis, sections: spec.glance.sections },
    mounts: spec.mounts.map((m, i) => ({ ...at('mounts', i), ...m })),
    hosts: spec.hosts,
    dataPlane: { nodeSets: spec.dataPlane.nodeSets.map((n, i) => ({ ...at('dataPlane', 'nodeSets', i), ...n })) },
  };
}

/** The API an inventory without glance.api / glance.apis gets: the schema's defaults for one. */
const DEFAULT_GLANCE_API: Written<GlanceApi, 'stores'> = defaultsOf({});

function defaultsOf<T>(api: object): T {
  const doc = { apiVersion: INVENTORY_API_VERSION, kind: INVENTORY_KIND, spec: { glance: { api } } };
  // The fast validator stops at the first error, before it has filled every default in.
  if (!validateSchema(doc)) throw new Error('the defaults document of a glance API does not validate');
  return doc.spec.glance.api as T;
}
