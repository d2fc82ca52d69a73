/**
 * The package's manifests as an index, built once per run by the caller and
 * passed to the manifest rules (and to `explain`), so each rule stays a linear pass: control planes with their pods and
 * the propagation simulation, back ends with their parsed INI and driver,
 * versions paired with their control planes, and what the package provides
 * (Secrets, ConfigMaps).
 */
import { allDrivers, type DriverProfile } from '../catalog/index.js';
import { apiVersionOf, annotationOf, kindOf, nameOf, namespaceOf, toObject, type Item } from '../io/resources.js';
import { parseIni, valuesOf, type IniDocument, type IniEntry } from '../ini/parse.js';
import { podsOf, simulate, validPropagationValues, type Pod, type PodMounts } from '../propagation/simulate.js';
import { providedSecrets, type ProvidedSecret } from '../secrets/index.js';

export type Path = (string | number)[];
export type StorageService = 'cinder' | 'manila' | 'glance';

/** An INI string in the manifest (customServiceConfig) with where it is. */
export interface Config {
  item: Item;
  path: Path;
  text: string;
  ini: IniDocument;
}

/** One component that takes customServiceConfig / customServiceConfigSecrets. */
export interface Component {
  service: StorageService;
  /** cinderAPI, cinderVolumes, glanceAPIs, template, ... */
  field: string;
  /** Map key for per-instance components. */
  key?: string;
  path: Path;
  value: Record<string, any>;
  config?: Config;
}

/** A per-instance back end: cinderVolumes.<k>, manilaShares.<k>, glanceAPIs.<k>, cinderBackups.<k>. */
export interface Backend extends Component {
  key: string;
  /** The volume_driver / share_driver entries in customServiceConfig (one per back-end section). */
  driverEntries: IniEntry[];
  /** Catalog profiles whose class matches a driver entry (several ids share a class). */
  profiles: DriverProfile[];
}

export interface ControlPlane {
  item: Item;
  obj: Record<string, any>;
  name?: string;
  namespace?: string;
  /** A kustomize patch or other fragment: lacks fields the CRD requires, so "absent" means "set elsewhere". */
  partial: boolean;
  pods: Pod[];
  mounts: PodMounts[];
  validValues: Set<string>;
  components: Component[];
  backends: Backend[];
  /** Names declared external with the backends.rhoso.io/external-secrets annotation. */
  external: string[];
}

export interface Version {
  item: Item;
  obj: Record<string, any>;
  name?: string;
  namespace?: string;
  /** Control planes with the same name in a compatible namespace. */
  controlPlanes: ControlPlane[];
  /** x.y.z from spec.targetVersion. */
  targetRelease?: string;
}

export interface ManifestIndex {
  controlPlanes: ControlPlane[];
  versions: Version[];
  secrets: Map<string, ProvidedSecret>;
  configMaps: Set<string>;
  /** Parsed INI of Secrets in the package, by Secret name (plain Secrets only; never printed). */
  secretIni: Map<string, { item: Item; docs: IniDocument[] }>;
}

export const EXTERNAL_ANNOTATION = 'backends.rhoso.io/external-secrets';

const obj = (v: unknown): Record<string, any> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {});

const isCore = (item: Item, kind: string) => kindOf(item) === kind && (apiVersionOf(item) ?? '').startsWith('core.openstack.org/');

export function buildManifestIndex(items: readonly Item[]): ManifestIndex {
  const controlPlanes = items.filter((it) => isCore(it, 'OpenStackControlPlane')).map(controlPlaneOf);
  const versions: Version[] = items
    .filter((it) => isCore(it, 'OpenStackVersion'))
    .map((item) => {
      const o = toObject(item);
      const name = nameOf(item);
      const namespace = namespaceOf(item);
      const target = typeof o.spec?.targetVersion === 'string' ? /^v?(\d+\.\d+\.\d+)/.exec(o.spec.targetVersion)?.[1] : undefined;
      return {
        item,
        obj: o,
        name,
        namespace,
        controlPlanes: controlPlanes.filter((cp) => cp.name === name && sameNamespace(cp.namespace, namespace)),
        targetRelease: target,
      };
    });
  const configMaps = new Set(items.filter((it) => kindOf(it) === 'ConfigMap').map(nameOf).filter((n): n is string => !!n));
  const secrets = providedSecrets(items);
  const secretIni = new Map<string, { item: Item; docs: IniDocument[] }>();
  for (const item of items) {
    if (kindOf(item) !== 'Secret' || !nameOf(item)) continue;
    const o = toObject(item);
    if (o.sops) continue;
    const texts = [
      ...Object.values(obj(o.stringData)).filter((v): v is string => typeof v === 'string'),
      ...Object.values(obj(o.data))
        .filter((v): v is string => typeof v === 'string' && /^[A-Za-z0-9+/=\s]*$/.test(v))
        .map((v) => Buffer.from(v, 'base64').toString('utf8')),
    ];
    secretIni.set(nameOf(item)!, { item, docs: texts.filter(looksLikeIni).map(parseIni) });
  }
  return { controlPlanes, versions, secrets, configMaps, secretIni };
}

function looksLikeIni(text: string): boolean {
  return /^\s*\[[^\]\n]+\]\s*$/m.test(text);
}

/** Namespaces match when equal, or when either side leaves it to kustomize / the apply context. */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function controlPlaneOf(item: Item): ControlPlane {
  const o = toObject(item);
  const spec = obj(o.spec);
  const partial = spec.secret === undefined || spec.storageClass === undefined;
  const components = componentsOf(item, spec);
  const backends: Backend[] = components
    .filter((c): c is Component & { key: string } => c.key !== undefined)
    .map((c) => {
      const driverKey = c.service === 'cinder' ? (c.field === 'cinderBackups' ? undefined : 'volume_driver') : c.service === 'manila' ? 'share_driver' : undefined;
      const driverEntries = driverKey && c.config ? valuesOf(c.config.ini, driverKey) : [];
      const classes = new Set(driverEntries.map((e) => e.value));
      const profiles = profilesWithClass(c.service, classes);
      return { ...c, driverEntries, profiles };
    });
  const annotation = annotationOf(item, EXTERNAL_ANNOTATION);
  // One list of pods for the index, the simulation and the valid values (the same objects in cp.pods and cp.mounts).
  const pods = podsOf(o);
  return {
    item,
    obj: o,
    name: nameOf(item),
    namespace: namespaceOf(item),
    partial,
    pods,
    mounts: simulate(o, pods),
    validValues: validPropagationValues(o, pods),
    components,
    backends,
    external: annotation ? annotation.split(/[\s,]+/).filter(Boolean) : [],
  };
}

let driversByClass: Map<string, DriverProfile[]> | undefined;

/** The catalog profiles of a service whose class is one of `classes`, in catalog order (asked per back end: one class, looked up). */
function profilesWithClass(service: StorageService, classes: ReadonlySet<string>): DriverProfile[] {
  if (classes.size !== 1) return allDrivers().filter((d) => d.service === service && d.class !== undefined && classes.has(d.class));
  if (!driversByClass) {
    driversByClass = new Map();
    for (const d of allDrivers()) {
      if (d.class === undefined) continue;
      const key = `${d.service}\0${d.class}`;
      driversByClass.set(key, [...(driversByClass.get(key) ?? []), d]);
    }
  }
  const [only] = classes;
  return [...(driversByClass.get(`${service}\0${only}`) ?? [])];
}

/** Components per service and where their per-instance maps are (RHOSO-FIELDS.md 2-4). */
const COMPONENTS: Record<StorageService, { single: string[]; maps: string[] }> = {
  cinder: { single: ['cinderAPI', 'cinderScheduler', 'cinderBackup'], maps: ['cinderVolumes', 'cinderBackups'] },
  manila: { single: ['manilaAPI', 'manilaScheduler'], maps: ['manilaShares'] },
  glance: { single: [], maps: ['glanceAPIs'] },
};

function componentsOf(item: Item, spec: Record<string, any>): Component[] {
  const out: Component[] = [];
  for (const service of ['cinder', 'manila', 'glance'] as const) {
    if (spec[service] === undefined) continue;
    const template = obj(obj(spec[service]).template);
    const base = ['spec', service, 'template'];
    const add = (field: string, path: Path, value: unknown, key?: string) => {
      const v = obj(value);
      const c: Component = { service, field, key, path, value: v };
      if (typeof v.customServiceConfig === 'string') {
        const cpath = [...path, 'customServiceConfig'];
        c.config = { item, path: cpath, text: v.customServiceConfig, ini: parseIni(v.customServiceConfig) };
      }
      out.push(c);
    };
    add('template', base, template);
    for (const f of COMPONENTS[service].single) if (template[f] !== undefined) add(f, [...base, f], template[f]);
    for (const m of COMPONENTS[service].maps) {
      for (const k of Object.keys(obj(template[m]))) add(m, [...base, m, k], template[m][k], k);
    }
  }
  return out;
}

/** Is the service turned on? cinder and glance default to enabled, manila to disabled. */
export function serviceEnabled(cp: ControlPlane, service: StorageService): boolean {
  const section = obj(cp.obj.spec)[service];
  if (section === undefined) return false;
  const enabled = obj(section).enabled;
  return service === 'manila' ? enabled === true : enabled !== false;
}

export { obj as asObject };
