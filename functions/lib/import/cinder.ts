/**
 * cinderVolumes.<name> -> spec.cinder.backends[]: the driver id from the
 * catalog by volume_driver and the driver's fixed (protocol) options
 * (`custom` with the class when none matches exactly), the options minus what
 * the catalog's template writes, and the pod's other sections. Anything of
 * the entry the inventory has no field for stays in the hand-written control
 * plane (kept).
 */
import { allDrivers, knownClasses, type DriverProfile } from '../catalog/index.js';
import { nearest } from '../diagnostics/did-you-mean.js';
import type { Item } from '../io/resources.js';
import type { Backend } from '../manifest/manifest-index.js';
import { clusterOf } from './ceph.js';
import { asObject, importTopologyRef, keep, keptForUnmappedFields, note, sameOptionValue, type ImportContext } from './context.js';
import { importImage } from './images.js';
import { importFiles } from './files.js';
import { dropWrittenByTool } from './sections.js';
import { templateKeys } from './template-keys.js';
import { credentialsOf } from './credentials.js';
import { lastValue, remainingOptions, sectionsField, sectionsRepresentable, splitConfig, noteMovedFromDefault } from './backend-config.js';

/** Fields of a cinderVolumes entry the inventory generates; the rest is kept. */
export const MAPPED_FIELDS = new Set(['customServiceConfig', 'customServiceConfigSecrets', 'networkAttachments', 'nodeSelector', 'replicas', 'topologyRef']);

export interface DriverChoice {
  profile?: DriverProfile;
  /** The class to write with driver: custom. */
  customClass?: string;
  /** A misspelt class corrected to this one. */
  corrected?: string;
  why?: string;
}

/**
 * The catalog driver whose class and fixed options the section has, when
 * exactly one fits; a class the catalog does not know is corrected only when
 * exactly one known class is that close to it.
 */
export function chooseDriver(service: 'cinder' | 'manila', driverClass: string, options: Map<string, string[]>): DriverChoice {
  const byClass = (cls: string) => allDrivers().filter((d) => d.service === service && d.class === cls);
  let candidates = byClass(driverClass);
  let corrected: string | undefined;
  if (candidates.length === 0) {
    const known = knownClasses(service);
    const sameName = known.filter((k) => k.toLowerCase() === driverClass.toLowerCase());
    const close = sameName.length === 1 ? sameName[0] : nearest(driverClass, known, 2);
    if (!close) return { customClass: driverClass, why: 'the catalog knows no driver with this class' };
    corrected = close;
    candidates = byClass(close);
  }
  const fitting = candidates.filter((d) => Object.entries(d.options.fixed ?? {}).every(([k, v]) => lastValue(options.get(k)) === String(v)));
  if (fitting.length === 1) return { profile: fitting[0], corrected };
  const cls = corrected ?? driverClass;
  return {
    customClass: cls,
    why: fitting.length === 0 ? `no catalog driver with this class has these protocol options (${candidates.map((d) => d.id).join(', ')} write ${[...new Set(candidates.flatMap((d) => Object.keys(d.options.fixed ?? {})))].join(', ')})` : `several catalog drivers fit (${fitting.map((d) => d.id).join(', ')})`,
    corrected,
  };
}

/** How each service names its driver option in INI and in the inventory (driver: custom). */
const DRIVER_FIELDS = {
  cinder: { option: 'volume_driver', field: 'volumeDriver' },
  manila: { option: 'share_driver', field: 'shareDriver' },
} as const;

/**
 * A back end's inventory entry with its driver chosen (chooseDriver), and
 * notes for a corrected class or a `driver: custom` fallback.
 */
export function driverEntry(
  ctx: ImportContext,
  item: Item,
  cfgPath: (string | number)[],
  service: 'cinder' | 'manila',
  key: string,
  opts: Map<string, string[]>,
): { entry: Record<string, unknown>; profile?: DriverProfile } {
  const { option, field } = DRIVER_FIELDS[service];
  const driverClass = lastValue(opts.get(option))!;
  const choice = chooseDriver(service, driverClass, opts);
  if (choice.corrected) {
    note(ctx, item, cfgPath, 'warning', `${service} back end "${key}": ${option} ${driverClass} is not a driver class; import took the only close one, ${choice.corrected}`, 'check the driver class; render writes the corrected one');
  }
  const entry: Record<string, unknown> = { name: key };
  if (choice.profile) entry.driver = choice.profile.id;
  else {
    entry.driver = 'custom';
    entry[field] = choice.customClass;
    note(ctx, item, cfgPath, 'info', `${service} back end "${key}" imported as driver: custom: ${choice.why}`);
  }
  return { entry, profile: choice.profile };
}

export function importCinderBackends(ctx: ImportContext): Record<string, unknown>[] {
  const cp = ctx.controlPlane;
  if (!cp) return [];
  const out: Record<string, unknown>[] = [];
  for (const b of cp.backends.filter((x) => x.field === 'cinderVolumes')) {
    const entry = importVolume(ctx, b);
    if (entry) out.push(entry);
  }
  return out;
}

function importVolume(ctx: ImportContext, b: Backend): Record<string, unknown> | undefined {
  const item = ctx.controlPlane!.item;
  if (keptForUnmappedFields(ctx, item, b.path, asObject(b.value), MAPPED_FIELDS, `cinder back end "${b.key}"`)) return undefined;
  const { split, why } = splitConfig(b, 'volume_driver');
  if (!split) {
    keep(ctx, item, b.path, `cinder back end ${b.key}: ${why}`);
    note(ctx, item, b.path, 'warning', `cinder back end "${b.key}" is kept in the control plane: ${why}`);
    return undefined;
  }
  if (!sectionsRepresentable(split.others)) {
    keep(ctx, item, b.path, `cinder back end ${b.key}: a section besides [${split.section}] repeats a key`);
    note(ctx, item, b.path, 'warning', `cinder back end "${b.key}" is kept in the control plane: a section besides [${split.section}] repeats a key, which the inventory's sections cannot say`);
    return undefined;
  }
  const opts = split.options;
  const cfgPath = [...b.path, 'customServiceConfig'];
  noteMovedFromDefault(ctx, item, cfgPath, 'cinder', b.key, split);
  const { entry, profile } = driverEntry(ctx, item, cfgPath, 'cinder', b.key, opts);
  if (split.section !== b.key) entry.section = split.section;
  const backendName = lastValue(opts.get('volume_backend_name'));
  if (backendName !== undefined && backendName !== split.section) entry.volumeBackendName = backendName;
  if (backendName === undefined) note(ctx, item, cfgPath, 'info', `cinder back end "${b.key}" sets no volume_backend_name: render writes volume_backend_name = ${split.section} (the section name)`);
  const written = templateKeys(profile?.template ?? 'cinder-backend', 's');
  for (const [k, v] of Object.entries(profile?.options.fixed ?? {})) if (lastValue(opts.get(k)) === String(v)) written.add(k);
  const defaults = profile?.options.defaults ?? {};
  for (const [k, v] of Object.entries(defaults)) {
    const value = lastValue(opts.get(k));
    if (value === undefined) note(ctx, item, cfgPath, 'info', `cinder back end "${b.key}": render adds ${k} = ${String(v)} (the catalog's default for ${profile!.id})`);
    else if (sameOptionValue(value, v)) written.add(k);
  }
  const az = lastValue(opts.get('backend_availability_zone'));
  if (az !== undefined) entry.availabilityZone = az;

  if (profile?.needsCephCluster) {
    const conf = lastValue(opts.get('rbd_ceph_conf'));
    const cluster = clusterOf(ctx, conf, { component: 'cinder-volume', instance: b.key, role: 'cinder', user: lastValue(opts.get('rbd_user')), pool: lastValue(opts.get('rbd_pool')), fsid: lastValue(opts.get('rbd_secret_uuid')), item, path: cfgPath });
    if (!cluster) {
      keep(ctx, item, b.path, `cinder back end ${b.key}: rbd_ceph_conf ${conf} is not <dir>/<cluster>.conf`);
      note(ctx, item, cfgPath, 'warning', `cinder back end "${b.key}" is kept in the control plane: rbd_ceph_conf ${conf ?? ''} does not name a cluster as <dir>/<name>.conf`);
      return undefined;
    }
    entry.cluster = cluster.name;
    const clusterName = lastValue(opts.get('rbd_cluster_name'));
    if (clusterName !== undefined && clusterName !== cluster.name) written.delete('rbd_cluster_name');
  }

  const value = asObject(b.value);
  const creds = credentialsOf(ctx, { item, path: b.path, component: 'cinder-volume', name: b.key, section: split.section, secrets: value.customServiceConfigSecrets });
  const secretKeys = new Set([...(profile?.secretKeys?.required ?? []), ...(profile?.secretKeys?.optional ?? [])].filter((k) => !(profile?.secretKeys?.alsoInOptions ?? []).includes(k)));
  const rest = remainingOptions(opts, written, secretKeys);
  if (Object.keys(rest.options).length > 0) entry.options = rest.options;
  const dropped = dropWrittenByTool('cinder', split.others);
  if (dropped.length > 0) note(ctx, item, cfgPath, 'info', `cinder back end "${b.key}": ${dropped.join(', ')} not imported: rhoso-backends writes it from the back ends`);
  const otherPlaintext: string[] = [];
  if (split.others.size > 0) entry.sections = sectionsField(split.others, otherPlaintext);
  if (rest.plaintext.length + otherPlaintext.length > 0) creds.plaintext([...rest.plaintext, ...otherPlaintext], cfgPath);
  if (creds.credentials) entry.credentials = creds.credentials;
  const image = importImage(ctx, { item, path: b.path }, 'cinder', b.key, profile?.id ?? 'custom', profile?.partnerImage?.required ?? false);
  if (image !== undefined) entry.image = image;
  const nets = value.networkAttachments;
  if (Array.isArray(nets)) {
    const dflt = profile?.networkAttachments ?? ['storage'];
    if (JSON.stringify(nets) !== JSON.stringify(dflt)) entry.networkAttachments = nets;
  } else entry.networkAttachments = [];
  if (value.nodeSelector && typeof value.nodeSelector === 'object') entry.nodeSelector = value.nodeSelector;
  const topologyRef = importTopologyRef(value);
  if (topologyRef) entry.topologyRef = topologyRef;
  if (typeof value.replicas === 'number' && value.replicas !== 1) entry.replicas = value.replicas;
  const files = importFiles(ctx, 'cinder', b.key);
  if (files.length > 0) entry.files = files;
  if (rest.extraConfig.length > 0) entry.extraConfig = rest.extraConfig.join('\n') + '\n';
  return entry;
}
