/**
 * Finds the BackendInventory among the inputs, checks it against the JSON
 * schema (all errors at once, with positions and did-you-mean), and turns it
 * into the typed, defaulted model. Semantic checks live in inventory/rules.
 */
import { pathOf, typeName } from '../diagnostics/schema-errors.js';
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
  type FieldPath,
  type Inventory,
  type ManilaBackend,
  type Options,
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

export function loadInventory(item: Item): { inventory?: Inventory; diagnostics: Diagnostic[] } {
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
  if (!validateSchema(raw)) {
    return { diagnostics: schemaDiagnostics(item, validateSchema.errors ?? []) };
  }
  return { inventory: toModel(raw, item.path), diagnostics: [] };
}



/** Turns ajv errors into one clear diagnostic each; drops the noise of failed oneOf branches. */
function schemaDiagnostics(item: Item, errors: ErrorObject[]): Diagnostic[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.schemaPath.includes('/oneOf/') && [...oneOfPaths].some((p) => e.instancePath.startsWith(p))) continue;
    const path = pathOf(e.instancePath);
    let message: string;
    let hint: string | undefined;
    let key = false;
    /** For `required`: the absent field, named in `field` while the position is its parent's. */
    let missing: string | undefined;
    const parent = (e as ErrorObject & { parentSchema?: any }).parentSchema;
    // Never echo a value under credentials (a token that fails a pattern is still a token); key names are fine.
    const shown = path.includes('credentials') && (e as { propertyName?: string }).propertyName === undefined ? 'the value (not shown: it is under credentials)' : JSON.stringify(e.data);
    switch (e.keyword) {
      case 'additionalProperties': {
        const name = (e.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys(parent?.properties ?? {});
        path.push(name);
        key = true;
        message = `unknown field "${name}"`;
        hint = didYouMean(name, allowed) || (allowed.length <= 8 ? `allowed fields: ${allowed.join(', ')}` : undefined);
        break;
      }
      case 'required': {
        const name = (e.params as { missingProperty: string }).missingProperty;
        missing = name;
        message = `missing required field "${name}"`;
        hint = `add ${name}: ...`;
        break;
      }
      case 'enum':
      case 'const': {
        const allowed: unknown[] = e.keyword === 'enum' ? (e.params as any).allowedValues : [(e.params as any).allowedValue];
        message = `${shown} is not allowed`;
        const near = typeof e.data === 'string' ? didYouMean(e.data, allowed.map(String)) : '';
        hint = near || `write one of: ${allowed.map((a) => JSON.stringify(a)).join(', ')}`;
        break;
      }
      case 'type':
        // ajv gives `type` as a string ("string,number") or, for `type: [...]` schemas, an array.
        message = `must be ${String((e.params as { type: string | string[] }).type).split(',').join(' or ')}, not ${typeName(e.data)}`;
        // An INI option holds one line of text: a YAML list or map has no single spelling there.
        if (path[path.length - 2] === 'options' && e.data !== null && typeof e.data === 'object') {
          const option = String(path[path.length - 1]);
          hint = `write the INI value as one quoted string, e.g. ${option}: "${Array.isArray(e.data) ? `[${e.data.map(String).join(', ')}]` : 'key1:value1,key2:value2'}"`;
        }
        break;
      case 'oneOf':
        message = 'a file needs exactly one source';
        hint = 'give one of secretName (with optional key), path, or externalSecret';
        break;
      case 'minProperties':
      case 'maxProperties':
        if (path[path.length - 1] === 'credentials') {
          message = 'credentials need exactly one of secretName, values, externalSecret';
          hint = 'prefer secretName or externalSecret; values needs spec.secrets.allowPlaintext: true';
        } else {
          message = e.keyword === 'minProperties' ? 'must not be empty' : `has too many entries`;
        }
        break;
      case 'pattern':
        message = `${shown} does not have the expected form (${describePattern(e.schemaPath, (e.params as any).pattern)})`;
        break;
      case 'propertyNames':
        continue; // reported by the nested pattern error
      case 'maximum':
      case 'minimum':
        message = `${path.includes('credentials') ? shown : e.data} is ${e.keyword === 'maximum' ? 'more' : 'less'} than the ${e.keyword} ${(e.params as any).limit}`;
        break;
      case 'uniqueItems':
        message = 'lists the same value twice';
        hint = 'remove the duplicate';
        break;
      default:
        message = e.message ?? `fails ${e.keyword}`;
    }
    const d = diagnosticAt(item, path, { severity: 'error', rule: 'schema', message, hint }, key);
    if (missing !== undefined) d.field = fieldPath([...path, missing]);
    const dedupe = `${d.field}|${message}`;
    if (!seen.has(dedupe)) {
      seen.add(dedupe);
      out.push(d);
    }
  }
  return out;
}

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

/** Applies the defaults the schema documents; the result is what every later stage reads. */
function toModel(raw: any, path: string): Inventory {
  const spec = raw.spec ?? {};
  const cp = spec.controlPlane ?? {};
  const ceph: CephCluster[] = (spec.ceph ?? []).map((c: any, i: number) => ({
    at: ['spec', 'ceph', i],
    name: c.name,
    fsid: c.fsid,
    secretName: c.secretName ?? (i === 0 ? 'ceph-conf-files' : `ceph-conf-${c.name}`),
    mountPath: c.mountPath ?? '/etc/ceph',
    user: c.user ?? 'openstack',
    users: c.users ?? {},
    pools: { volumes: 'volumes', images: 'images', backups: 'backups', ...(c.pools ?? {}) },
    files: c.files,
  }));
  const common = (b: any, at: FieldPath) => ({
    at,
    name: b.name,
    driver: b.driver,
    section: b.section ?? b.name,
    options: (b.options ?? {}) as Options,
    credentials: b.credentials,
    image: b.image,
    files: b.files ?? [],
    networkAttachments: b.networkAttachments,
    nodeSelector: b.nodeSelector,
    extraConfig: b.extraConfig ?? '',
    cluster: b.cluster,
    sections: (b.sections ?? {}) as Sections,
  });
  const cinderBackends: CinderBackend[] = (spec.cinder?.backends ?? []).map((b: any, i: number) => {
    const c = common(b, ['spec', 'cinder', 'backends', i]);
    return { ...c, volumeDriver: b.volumeDriver, volumeBackendName: b.volumeBackendName ?? c.section, replicas: b.replicas ?? 1, availabilityZone: b.availabilityZone };
  });
  const manilaBackends: ManilaBackend[] = (spec.manila?.backends ?? []).map((b: any, i: number) => {
    const c = common(b, ['spec', 'manila', 'backends', i]);
    return {
      ...c,
      shareDriver: b.shareDriver,
      shareBackendName: b.shareBackendName ?? c.section,
      driverHandlesShareServers: b.driverHandlesShareServers,
      protocols: b.protocols,
      replicas: b.replicas ?? 1,
      availabilityZone: b.availabilityZone,
    };
  });
  const toBackup = (b: any, at: FieldPath): CinderBackup => ({
    at,
    name: b.name ?? 'backup',
    driver: b.driver,
    cluster: b.cluster,
    options: b.options ?? {},
    credentials: b.credentials,
    replicas: b.replicas ?? 1,
    networkAttachments: b.networkAttachments,
    nodeSelector: b.nodeSelector,
    availabilityZone: b.availabilityZone,
    deprecatedSingleBackup: b.deprecatedSingleBackup ?? false,
  });
  const backup = spec.cinder?.backup ? toBackup(spec.cinder.backup, ['spec', 'cinder', 'backup']) : undefined;
  const backups = [...(backup ? [backup] : []), ...(spec.cinder?.backups ?? []).map((b: any, i: number) => toBackup(b, ['spec', 'cinder', 'backups', i]))];
  const storeNames: string[] = (spec.glance?.stores ?? []).map((s: any) => s.name);
  const toApi = (a: any, at: FieldPath): GlanceApi => ({
    at,
    name: a.name ?? 'default',
    type: a.type ?? 'auto',
    replicas: a.replicas ?? 3,
    networkAttachments: a.networkAttachments ?? ['storage'],
    stores: a.stores ?? storeNames,
    defaultStore: a.defaultStore,
    sections: (a.sections ?? {}) as Sections,
  });
  const apis: GlanceApi[] = spec.glance?.apis?.length
    ? spec.glance.apis.map((a: any, i: number) => toApi(a, ['spec', 'glance', 'apis', i]))
    : [toApi(spec.glance?.api ?? {}, spec.glance?.api ? ['spec', 'glance', 'api'] : ['spec', 'glance'])];
  const rel = spec.release;
  return {
    name: raw.metadata?.name ?? 'backends',
    path,
    controlPlane: {
      name: cp.name ?? 'openstack',
      namespace: cp.namespace ?? 'openstack',
      uniquePodNames: cp.uniquePodNames ?? false,
      secret: cp.secret ?? 'osp-secret',
      storageClass: cp.storageClass ?? 'local-storage',
      databaseInstance: cp.databaseInstance ?? 'openstack',
    },
    operatorLine: spec.operatorLine ?? '18-stable',
    release: rel ? { version: rel.version, targetVersion: rel.targetVersion, skipCustomImagesValidation: rel.skipCustomImagesValidation ?? false } : undefined,
    images: { allowedRegistries: spec.images?.allowedRegistries ?? [], requireDigest: spec.images?.requireDigest ?? false, catalog: spec.images?.catalog },
    secrets: {
      allowPlaintext: spec.secrets?.allowPlaintext ?? false,
      store: spec.secrets?.store ? { kind: 'SecretStore', ...spec.secrets.store } : undefined,
      refreshInterval: spec.secrets?.refreshInterval ?? '1h0m0s',
    },
    ceph,
    cinder: {
      backends: cinderBackends,
      backup,
      backups,
      sections: spec.cinder?.sections ?? {},
    },
    manila: { backends: manilaBackends, sections: spec.manila?.sections ?? {} },
    glance: {
      stores: (spec.glance?.stores ?? []).map((s: any, i: number) => ({
        at: ['spec', 'glance', 'stores', i],
        name: s.name,
        type: s.type,
        default: s.default ?? false,
        cluster: s.cluster,
        nfs: s.nfs,
        options: s.options ?? {},
        credentials: s.credentials,
      })),
      apis,
      sections: spec.glance?.sections ?? {},
    },
    mounts: (spec.mounts ?? []).map((m: any, i: number) => ({
      at: ['spec', 'mounts', i],
      name: m.name,
      propagation: m.propagation,
      volume: m.volume,
      mountPath: m.mountPath,
      subPath: m.subPath,
      readOnly: m.readOnly ?? true,
    })),
    hosts: spec.hosts
      ? {
          role: spec.hosts.role ?? 'worker',
          poolNodeSelector: spec.hosts.poolNodeSelector,
          machineConfigs: spec.hosts.machineConfigs ?? 'generate',
          fcNodeSelector: spec.hosts.fcNodeSelector,
        }
      : undefined,
    dataPlane: {
      nodeSets: (spec.dataPlane?.nodeSets ?? []).map((n: any, i: number) => ({
        at: ['spec', 'dataPlane', 'nodeSets', i],
        name: n.name,
        cluster: n.cluster,
        ephemeral: { type: n.ephemeral?.type ?? 'rbd', pool: n.ephemeral?.pool ?? 'vms', glanceStore: n.ephemeral?.glanceStore },
        cell: n.cell ?? 1,
        multipath: n.multipath ?? true,
      })),
    },
  };
}
