/**
 * The user's ImageCatalog file (spec.images.catalog): partner image
 * repositories per driver that add to, or replace, the built-in catalog
 * (a mirror in a disconnected registry, a partner image the catalog does not
 * know yet). Read once per run, safely (package-relative, no symlinks out),
 * schema-checked with positions; the result is passed to knownRepositories.
 */
import { translateSchemaErrors } from '../diagnostics/schema-errors.js';
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import validateSchema from '../../../build/generated/image-catalog-validator.mjs';
import { fieldPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { resolveInside } from '../io/package-path.js';
import { diagnosticAt, toObject, type Item } from '../io/resources.js';
import { parseYamlFile } from '../io/yaml.js';
import type { FieldPath, Inventory } from '../inventory/model.js';
import { driverIds, type Service } from './index.js';
import { parseImage, type ImageCatalog, type ImageCatalogEntry } from './images.js';

const CATALOG_FIELD: FieldPath = ['spec', 'images', 'catalog'];
const SERVICES: Service[] = ['cinder', 'manila'];

export interface LoadedImageCatalog {
  catalog?: ImageCatalog;
  diagnostics: Diagnostic[];
}

/** Loads the catalog the inventory names (nothing when it names none). */
export function loadImageCatalog(inventory: Inventory, inventoryItem: Item, packageRoot: string): LoadedImageCatalog {
  const rel = inventory.images.catalog;
  if (!rel) return { diagnostics: [] };
  const inventoryDir = path.posix.dirname(inventoryItem.path || '.');
  const resolved = resolveInside(packageRoot, path.resolve(packageRoot, inventoryDir), rel);
  if (!resolved.abs) {
    return {
      diagnostics: [
        diagnosticAt(inventoryItem, CATALOG_FIELD, {
          severity: 'error',
          rule: 'RB006',
          message: `image catalog "${rel}" ${resolved.problem}`,
          hint: 'give the ImageCatalog file inside the package, relative to the inventory file, e.g. images.yaml',
        }),
      ],
    };
  }
  const display = path.posix.normalize(path.posix.join(inventoryDir, rel.split(path.sep).join('/')));
  return parseImageCatalog(display, fs.readFileSync(resolved.abs, 'utf8'));
}

/** Parses and checks ImageCatalog text; `file` is the package-relative path used in diagnostics. */
export function parseImageCatalog(file: string, text: string): LoadedImageCatalog {
  const parsed = parseYamlFile(file, text);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: parsed.diagnostics };
  const docs = parsed.file.docs;
  if (docs.length !== 1) {
    return {
      diagnostics: [
        {
          severity: 'error',
          rule: 'image-catalog',
          message: `an image catalog file holds exactly one ImageCatalog document, found ${docs.length}`,
          hint: 'put all drivers in one ImageCatalog (spec.cinder.<driver>, spec.manila.<driver>)',
          file,
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const item: Item = { doc: docs[0], path: file, index: 0, file: parsed.file };
  const raw = toObject(item);
  // Schema errors and unknown driver ids are reported together, so one run shows every mistake.
  const diagnostics = validateSchema(raw) ? [] : schemaDiagnostics(item, validateSchema.errors ?? []);
  const entries = { cinder: new Map<string, ImageCatalogEntry>(), manila: new Map<string, ImageCatalogEntry>() };
  for (const service of SERVICES) {
    const drivers = raw.spec?.[service];
    if (!isPlainObject(drivers)) continue;
    const known = driverIds(service);
    for (const [driver, e] of Object.entries<any>(drivers)) {
      const at: FieldPath = ['spec', service, driver];
      if (!known.includes(driver)) {
        const hint = didYouMean(driver, known) || `the ${service} drivers are listed in docs/drivers.md`;
        diagnostics.push(diagnosticAt(item, at, { severity: 'error', rule: 'image-catalog', message: `unknown ${service} driver "${driver}"`, hint }, true));
        continue;
      }
      if (!isPlainObject(e)) continue; // the schema reported it
      const entry: ImageCatalogEntry = { repositories: listOf(e.repositories), uncertified: listOf(e.uncertified), replace: e.replace === true, at };
      entry.uncertified.forEach((r, i) => {
        if (!entry.repositories.includes(r)) return;
        diagnostics.push(
          diagnosticAt(item, [...at, 'uncertified', i], {
            severity: 'error',
            rule: 'image-catalog',
            message: `${r} is listed as both a known and an uncertified repository of ${driver}`,
            hint: 'keep it in one of the two lists',
          }),
        );
      });
      entries[service].set(driver, entry);
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  return { catalog: { path: file, item, entries }, diagnostics: [] };
}

const isPlainObject = (v: unknown): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v);
const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);



/** ajv errors -> one diagnostic each, through the shared translator with the image catalog's wording. */
function schemaDiagnostics(item: Item, errors: ErrorObject[]): Diagnostic[] {
  const findings = translateSchemaErrors(errors, {
    word: (e, _path, shown) => {
      if (e.propertyName !== undefined) return { message: `"${e.propertyName}" is not a driver id`, hint: 'driver ids are lower-case letters, digits and "-", e.g. pure-iscsi' };
      switch (e.keyword) {
        case 'required':
          return (e.params as { missingProperty: string }).missingProperty === 'spec' ? { message: 'missing required field "spec"', hint: 'add spec: {cinder: {<driver>: {repositories: [...]}}}' } : undefined;
        case 'pattern': {
          const ref = typeof e.data === 'string' ? parseImage(e.data) : undefined;
          const hint =
            ref && (ref.tag || ref.digest)
              ? `write the repository without tag or digest: ${ref.repository}`
              : 'write registry/path, e.g. registry.connect.redhat.com/purestorage/openstack-cinder-volume-pure-18-0';
          return { message: `${shown} is not an image repository`, hint };
        }
        case 'uniqueItems':
          return { message: 'lists the same repository twice', hint: 'remove the duplicate' };
        case 'minProperties':
          return { message: 'is empty', hint: 'give repositories: [...] (and optionally uncertified: [...], replace: true)' };
        default:
          return undefined;
      }
    },
  });
  return findings.map((f) => {
    const d = diagnosticAt(item, f.path, { severity: 'error', rule: 'image-catalog', message: f.message, hint: f.hint }, f.key);
    if (f.missing !== undefined) d.field = fieldPath([...f.path, f.missing]);
    return d;
  });
}
