// Build: generate precompiled artefacts, then bundle the CLI (a launcher and its program file).
//
//   build/generated/inventory-validator.mjs  ajv standalone validator for the inventory schema (first error only)
//   build/generated/inventory-errors-validator.mjs  the same with every error, for messages (a chunk)
//   build/generated/catalog.mjs              driver catalog (YAML -> data) + precompiled handlebars templates
//   dist/rhoso-backends.cjs                  the CLI's launcher (the bin), no runtime dependencies
//   dist/rhoso-backends.program              the program it runs, read from beside the launcher (ship both)
//
// Nothing here runs at tool start-up: schemas and templates are compiled once, here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import Handlebars from 'handlebars';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const gen = path.join(root, 'build', 'generated');
fs.mkdirSync(gen, { recursive: true });

function writeIfChanged(file, content) {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) return;
  fs.writeFileSync(file, content);
}

// 1. ajv standalone validators (schemas compiled at build time, not at start-up).
function standalone(schema, name, options = {}) {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, code: { source: true, esm: true, lines: false }, ...options });
  const validate = ajv.compile(schema);
  const code = standaloneCode.default ? standaloneCode.default(ajv, validate) : standaloneCode(ajv, validate);
  writeIfChanged(path.join(gen, `${name}.mjs`), code);
  writeIfChanged(
    path.join(gen, `${name}.d.mts`),
    `import type { ErrorObject } from 'ajv';\ndeclare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };\nexport default validate;\n`,
  );
}
const inventorySchema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'backend-inventory.schema.json'), 'utf8'));
// The inventory validators also fill the schema's defaults in (the one source of them;
// inventory/load.ts runs them on a copy of the document). Every render runs the first: it stops
// at the first error and keeps no schema or data in its errors, so it is two thirds of the size
// (less for the loader to read and V8 to load at every start). Only an invalid inventory loads the
// second (a chunk of the bundle), which finds every error with what the messages need.
// Both fill in the same defaults as long as no default sits under oneOf/anyOf/not/if (a branch
// that fails part-way fills some of its defaults only when every error is sought): the build refuses
// such a schema (test/perf/inventory-validators.test.ts checks the two on every inventory we have).
assertNoDefaultsInBranches(withDefaultsAtRefs(inventorySchema));
standalone(withoutAnnotations(withDefaultsAtRefs(inventorySchema)), 'inventory-validator', { useDefaults: true, allErrors: false, verbose: false, messages: false });
standalone(withDefaultsAtRefs(inventorySchema), 'inventory-errors-validator', { useDefaults: true });

/** Throws when a `default` sits under a keyword whose subschemas may fail part-way (see the two inventory validators). */
function assertNoDefaultsInBranches(schema) {
  const BRANCHES = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else']);
  const walk = (node, path, inBranch, underProperties) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`, inBranch, false));
    if (!node || typeof node !== 'object') return;
    if (!underProperties && inBranch && 'default' in node) {
      throw new Error(`build: the inventory schema has a default under a branch at ${path}; the first-error and every-error validators would fill in different defaults`);
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`, inBranch || (!underProperties && BRANCHES.has(k)), !underProperties && (k === 'properties' || k === 'definitions' || k === 'patternProperties'));
  };
  walk(schema, '#', false, false);
}

/** The schema without the keywords validation never reads (the generated code embeds the schema). */
function withoutAnnotations(schema) {
  const ANNOTATIONS = new Set(['description', 'title', '$comment', 'examples', 'markdownDescription']);
  const walk = (node, underProperties) => {
    if (Array.isArray(node)) return node.map((n) => walk(n, false));
    if (!node || typeof node !== 'object') return node;
    // Under `properties` the keys are field names (a field may be called `description`).
    return Object.fromEntries(Object.entries(node).filter(([k]) => underProperties || !ANNOTATIONS.has(k)).map(([k, v]) => [k, walk(v, !underProperties && (k === 'properties' || k === 'definitions' || k === 'patternProperties'))]));
  };
  return walk(schema, false);
}

/**
 * ajv fills a default only when it sits on the property's own schema; a
 * property written as {"$ref": "#/definitions/x"} gets x's default copied next
 * to the $ref here, so defaults documented once in a shared definition apply.
 */
function withDefaultsAtRefs(schema) {
  const resolve = (ref) => ref.replace(/^#\//, '').split('/').reduce((node, k) => node?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], schema);
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    if (out.properties) {
      for (const prop of Object.values(out.properties)) {
        const target = typeof prop.$ref === 'string' ? resolve(prop.$ref) : undefined;
        if (target && 'default' in target && !('default' in prop)) prop.default = target.default;
      }
    }
    return out;
  };
  return walk(schema);
}

// Extra validators registered by other parts of the build (e.g. CRD subsets).
const extraBuilders = path.join(root, 'scripts', 'build-steps');
if (fs.existsSync(extraBuilders)) {
  for (const f of fs.readdirSync(extraBuilders).filter((f) => f.endsWith('.mjs')).sort()) {
    const mod = await import(path.join(extraBuilders, f));
    await mod.default({ root, gen, standalone, writeIfChanged });
  }
}

// 2. Driver catalog: one YAML file per driver, one handlebars template per template name.
// Every file is checked against catalog.schema.json (a misspelt key fails the build)
// and defaulted from it; the catalog's TypeScript types are generated from the same schema.
const catalogDir = path.join(root, 'functions', 'lib', 'catalog');
const { loadCatalogSchema, catalogChecker, catalogTypes } = await import('./build-steps/lib/catalog-schema.mjs');
const catalogSchema = loadCatalogSchema(catalogDir);
const checkCatalog = catalogChecker(catalogSchema);
writeIfChanged(path.join(gen, 'catalog-types.d.ts'), catalogTypes(catalogSchema));
// drivers/<service>/<id>.yaml; ids are unique within a service (both have `custom`).
const drivers = ['cinder', 'manila'].flatMap((service) => {
  const dir = path.join(catalogDir, 'drivers', service);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      // Sections left out of the YAML get the schema's defaults; the code can rely on them.
      const d = checkCatalog('DriverProfile', parse(fs.readFileSync(path.join(dir, f), 'utf8')), `drivers/${service}/${f}`);
      if (`${d.id}.yaml` !== f || d.service !== service) throw new Error(`catalog: drivers/${service}/${f} must have id ${f.replace(/\.yaml$/, '')} and service ${service}`);
      if (d.id !== 'custom' && !d.class) throw new Error(`catalog: drivers/${service}/${f} needs class (the driver class it writes); only custom takes it from the inventory`);
      return d;
    });
});
// Glance store types and cinder-backup drivers: one YAML file each, like the drivers.
const dataDir = (sub, key, definition) =>
  fs
    .readdirSync(path.join(catalogDir, sub))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const d = checkCatalog(definition, parse(fs.readFileSync(path.join(catalogDir, sub, f), 'utf8')), `${sub}/${f}`);
      if (`${d[key]}.yaml` !== f) throw new Error(`catalog: ${sub}/${f} must have ${key} ${f.replace(/\.yaml$/, '')}`);
      return d;
    });
const glanceStores = dataDir('glance-stores', 'type', 'GlanceStoreProfile');
const backupDrivers = dataDir('backup-drivers', 'id', 'BackupDriverProfile');
const templateFiles = fs.readdirSync(path.join(catalogDir, 'templates')).filter((f) => f.endsWith('.hbs')).sort();
const templateNames = new Set(templateFiles.map((f) => f.replace(/\.hbs$/, '')));
for (const d of drivers) {
  if (!templateNames.has(d.template)) throw new Error(`catalog: driver ${d.id} names template ${d.template}, which does not exist`);
}
// Every variable a template reads must exist in the context its expander passes
// (template-contexts.schema.json, whose TypeScript types the expanders use).
{
  const { checkTemplates } = await import('./build-steps/lib/template-check.mjs');
  const contexts = JSON.parse(fs.readFileSync(path.join(catalogDir, 'template-contexts.schema.json'), 'utf8'));
  const sources = Object.fromEntries(templateFiles.map((f) => [f.replace(/\.hbs$/, ''), fs.readFileSync(path.join(catalogDir, 'templates', f), 'utf8')]));
  const expected = [
    ...drivers.map((d) => [`driver ${d.service}/${d.id}`, d.template, d.service === 'cinder' ? 'CinderBackendContext' : 'ManilaShareContext']),
    ...glanceStores.map((g) => [`glance store ${g.type}`, g.template, 'GlanceStoreContext']),
    ...backupDrivers.map((b) => [`backup driver ${b.id}`, b.template, 'BackupContext']),
  ];
  const problems = [
    ...checkTemplates({ sources, contexts }),
    ...expected.filter(([, t, c]) => contexts.templates[t] !== c).map(([who, t, c]) => `${who} uses template ${t}, whose context is ${contexts.templates[t]}, not the ${c} its expander passes`),
  ];
  if (problems.length > 0) {
    process.stderr.write(`error: catalog templates:\n  ${problems.join('\n  ')}\n`);
    process.exit(1);
  }
  writeIfChanged(path.join(gen, 'template-contexts.d.ts'), catalogTypes(contexts).replace('catalog.schema.json', 'template-contexts.schema.json'));
}
// Files named _<name>.hbs are partials ({{> name}}); the others are driver templates.
const precompile = (f) =>
  Handlebars.precompile(fs.readFileSync(path.join(catalogDir, 'templates', f), 'utf8'), { noEscape: true, strict: false, preventIndent: true });
const partials = templateFiles
  .filter((f) => f.startsWith('_'))
  .map((f) => `Handlebars.registerPartial(${JSON.stringify(f.slice(1).replace(/\.hbs$/, ''))}, Handlebars.template(${precompile(f)}));`);
const compiled = templateFiles
  .filter((f) => !f.startsWith('_'))
  .map((f) => `  ${JSON.stringify(f.replace(/\.hbs$/, ''))}: Handlebars.template(${precompile(f)}),`);
writeIfChanged(
  path.join(gen, 'catalog.mjs'),
  `// Generated by scripts/build.mjs from functions/lib/catalog. Do not edit.\n` +
    `import Handlebars from 'handlebars/runtime.js';\n` +
    `export const drivers = ${JSON.stringify(drivers)};\n` +
    `export const glanceStores = ${JSON.stringify(glanceStores)};\n` +
    `export const backupDrivers = ${JSON.stringify(backupDrivers)};\n` +
    `${partials.join('\n')}\n` +
    `export const templates = {\n${compiled.join('\n')}\n};\n`,
);
writeIfChanged(
  path.join(gen, 'catalog.d.mts'),
  `import type { BackupDriverProfile, DriverProfile, GlanceStoreProfile } from './catalog-types.js';\n` +
    `export declare const drivers: DriverProfile[];\n` +
    `export declare const glanceStores: GlanceStoreProfile[];\n` +
    `export declare const backupDrivers: BackupDriverProfile[];\n` +
    `export declare const templates: Record<string, (context: unknown) => string>;\n`,
);

// 3. The CLI bundle: a small launcher, and the program and lazily loaded
// chunks stored as comments in its program file (scripts/build-steps/lib/bundle.mjs).
if (!process.argv.includes('--no-bundle')) {
  const { bundleCli } = await import('./build-steps/lib/bundle.mjs');
  await bundleCli({ root, outfile: path.join(root, 'dist', 'rhoso-backends.cjs') });
}
