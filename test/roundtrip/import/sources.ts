/**
 * The hand-written control planes the round-trip test imports: every
 * reference sample package (test/data/reference/samples, grouped as
 * test/samples-validate/findings.ts sampleGroups() groups them: an upstream
 * kustomization directory's files, or one peer file) and every corpus package
 * (test/data/corpus, grouped by test/corpus-validate/packages.ts).
 *
 * A package with several control planes (openstack-operator's samples
 * folder, the cinder-operator user guide) holds alternatives: each control
 * plane is its own source, with the package's other files but without the
 * other control planes and the OpenStackVersions named for them.
 *
 * A source has storage to round-trip when its control plane configures a
 * storage back end: a cinder volume or manila share driver, a cinder backup
 * driver, a glance store (enabled_backends), or partner images in its
 * OpenStackVersion. The others (only API settings, a network layout, an
 * empty `cinderVolumes: {volume1: {replicas: 0}}`) have nothing to import.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments, type Document } from 'yaml';
import type { Diagnostic } from '../../../functions/lib/diagnostics/diagnostic.js';
import { STRINGIFY_OPTIONS, YAML_OPTIONS } from '../../../functions/lib/io/yaml.js';
import { iniOptions } from '../../../functions/lib/ini/compare.js';
import { readInputs } from '../../../functions/lib/io/package.js';
import { kindOf, nameOf, toObject, type Item } from '../../../functions/lib/io/resources.js';
import { corpusPackages } from '../../corpus-validate/packages.js';
import { sampleGroups, SAMPLES } from '../../samples-validate/findings.js';

export interface Source {
  /** `samples/<group>` or `corpus/<package>`, plus `#<file>` when the package holds several control planes. */
  id: string;
  /** The package's files (name -> text), the other control planes left out. */
  files: Record<string, string>;
  /** The control plane's file and name in the package. */
  controlPlane: { file: string; name?: string; namespace?: string };
  /** Why it has storage to round-trip, or undefined when it has none. */
  storage?: string;
  /** The YAML errors of the control plane's file, when it does not parse as published. */
  unparsable?: string[];
  /** Jinja2 variables (`{{ name }}`) in the control plane: a template Ansible fills in, not a manifest yet. */
  jinja?: string[];
}

type Obj = Record<string, any>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

/** Every control plane of the samples and the corpus, in a fixed order. */
export function allSources(): Source[] {
  const packages: Array<{ id: string; files: Record<string, string> }> = [];
  for (const group of sampleGroups()) {
    const first = group[0];
    const id = first.startsWith('peers/') ? `samples/${first}` : `samples/${first.slice(0, first.lastIndexOf('__'))}`;
    const files = Object.fromEntries(group.map((f) => [path.basename(f), fs.readFileSync(path.join(SAMPLES, f), 'utf8')]));
    const dataPlane = DATA_PLANE_RENDER(first);
    if (dataPlane && fs.existsSync(path.join(SAMPLES, dataPlane))) files[path.basename(dataPlane)] = withoutDuplicates(fs.readFileSync(path.join(SAMPLES, dataPlane), 'utf8'), Object.values(files));
    packages.push({ id, files });
  }
  for (const pkg of corpusPackages()) packages.push({ id: `corpus/${pkg.name}`, files: pkg.inputs });
  return packages.flatMap(({ id, files }) => splitByControlPlane(id, files));
}

/** The sources the round trip runs on: storage, and a control plane that parses (a Jinja2 template once the test fills in its variables). */
export function roundTripSources(): Source[] {
  return allSources().filter((s) => s.storage && !s.unparsable);
}

/**
 * A peer's data-plane render (PROVENANCE.md): the same kustomize build as its
 * control-plane render, split into a second file, so both belong to one package.
 */
const DATA_PLANE_RENDER = (file: string) => (/^peers\/.*\.rendered\.yaml$/.test(file) && !file.includes('.dataplane.') ? file.replace(/\.rendered\.yaml$/, '.dataplane.rendered.yaml') : undefined);

/** The data-plane render without the objects the control-plane file of the same build already holds (Secret ceph-conf-files). */
function withoutDuplicates(text: string, others: string[]): string {
  const key = (d: Document) => `${d.getIn(['kind'])}/${d.getIn(['metadata', 'namespace']) ?? ''}/${d.getIn(['metadata', 'name'])}`;
  const seen = new Set(others.flatMap((t) => parseAllDocuments(t, YAML_OPTIONS).map(key)));
  return parseAllDocuments(text, YAML_OPTIONS).filter((d) => !seen.has(key(d))).map((d) => d.toString(STRINGIFY_OPTIONS)).join('---\n');
}

/** Jinja2 variables; the operators' own Go templates (`{{ .KeystoneInternalURL }}`) start with a dot and are not counted. */
export const JINJA = /\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/g;

function splitByControlPlane(id: string, files: Record<string, string>): Source[] {
  const { items, diagnostics } = itemsOf(files);
  const planes = items.filter((it) => kindOf(it) === 'OpenStackControlPlane');
  const versions = items.filter((it) => kindOf(it) === 'OpenStackVersion');
  return planes.map((cp) => {
    // The other control planes' files are left out, and so are the OpenStackVersions named for another control plane.
    const others = new Set([...planes.filter((p) => p !== cp), ...(planes.length > 1 ? versions.filter((v) => nameOf(v) !== nameOf(cp)) : [])].map((p) => p.path));
    const kept = Object.fromEntries(Object.entries(files).filter(([f]) => f === cp.path || !others.has(f)));
    const name = nameOf(cp);
    const version = versions.find((v) => nameOf(v) === name);
    const file = cp.path.startsWith(`${path.basename(id)}__`) ? cp.path.slice(path.basename(id).length + 2) : cp.path;
    return {
      id: planes.length > 1 ? `${id}#${file}${planes.filter((p) => p.path === cp.path).length > 1 ? `:${cp.index}` : ''}` : id,
      files: kept,
      controlPlane: { file: cp.path, name, namespace: toObject(cp).metadata?.namespace },
      storage: storageOf(toObject(cp), version ? toObject(version) : undefined),
      ...(files[cp.path]?.match(JINJA) ? { jinja: [...new Set(files[cp.path].match(JINJA))] } : {}),
      ...(diagnostics.some((d) => d.file === cp.path && d.severity === 'error') ? { unparsable: diagnostics.filter((d) => d.file === cp.path && d.severity === 'error').map((d) => `${d.line}:${d.column}: ${d.message}`) } : {}),
    };
  });
}

/** Reads a package's files the way `render DIR` would, from a throw-away folder. */
export function itemsOf(files: Record<string, string>): { items: Item[]; diagnostics: Diagnostic[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-source-'));
  try {
    for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), text);
    const read = readInputs([dir]);
    return { items: read.items, diagnostics: read.diagnostics };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What storage the control plane configures, in a few words; undefined when none. */
export function storageOf(cp: Obj, version: Obj | undefined): string | undefined {
  const spec = obj(cp.spec);
  const found: string[] = [];
  const configs = (service: string, field: string) =>
    Object.entries(obj(obj(obj(spec[service]).template)[field])).map(([k, v]) => [k, String(obj(v).customServiceConfig ?? '')] as const);
  const has = (text: string, key: string) => [...iniOptions(text).values()].some((s) => s.has(key));
  const template = (service: string) => String(obj(obj(spec[service]).template).customServiceConfig ?? '');
  const volumes = configs('cinder', 'cinderVolumes').filter(([, t]) => has(t, 'volume_driver'));
  if (volumes.length) found.push(`cinder volumes ${volumes.map(([k]) => k).join(', ')}`);
  const backups = [...configs('cinder', 'cinderBackups'), ['cinderBackup', String(obj(obj(spec.cinder).template).cinderBackup?.customServiceConfig ?? '')] as const].filter(([, t]) => has(t, 'backup_driver'));
  if (backups.length || has(template('cinder'), 'backup_driver')) found.push('cinder backup');
  const shares = configs('manila', 'manilaShares').filter(([, t]) => has(t, 'share_driver'));
  if (shares.length && obj(spec.manila).enabled === true) found.push(`manila shares ${shares.map(([k]) => k).join(', ')}`);
  const stores = [template('glance'), ...configs('glance', 'glanceAPIs').map(([, t]) => t)].some((t) => has(t, 'enabled_backends'));
  if (stores && obj(spec.glance).enabled !== false) found.push('glance stores');
  const images = obj(obj(version?.spec).customContainerImages);
  if (Object.keys(obj(images.cinderVolumeImages)).length || Object.keys(obj(images.manilaShareImages)).length) found.push('partner images');
  return found.length ? found.join('; ') : undefined;
}
