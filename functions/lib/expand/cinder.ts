/**
 * Cinder back ends: one cinderVolumes entry per inventory back end, its
 * customServiceConfig rendered from the driver's template, credentials via
 * customServiceConfigSecrets, files via an instance-level extraMounts entry.
 */
import { getDriver, renderTemplate, type CephTemplateContext, type CinderBackendContext, type DriverProfile } from '../catalog/index.js';
import type { CephCluster, CephRole, CinderBackend, Options } from '../inventory/model.js';
import { cephUser } from './ceph.js';
import { volumeNodeSelector } from '../hosts/placement.js';
import type { ExpandContext } from './context.js';
import { expandCredentials } from './credentials.js';
import { expandFiles } from './files.js';
import { optionPairs, sectionsIni, tidyIni } from './ini.js';
import type { Expansion } from './plan.js';

const VOLUMES = ['spec', 'cinder', 'template', 'cinderVolumes'];

export function expandCinder(ctx: ExpandContext, out: Expansion): void {
  for (const b of ctx.inventory.cinder.backends) {
    const profile = getDriver(b.driver, 'cinder');
    if (!profile) continue; // RB001 reports it
    const volume: Record<string, unknown> = {};
    const secretName = expandCredentials(ctx, { component: 'cinder-volume', name: b.name, section: b.section, credentials: b.credentials, at: b.at }, out);
    volume.customServiceConfig = cinderServiceConfig(ctx, b, profile) + sectionsIni(b.sections);
    if (secretName) volume.customServiceConfigSecrets = [secretName];
    const nets = b.networkAttachments ?? profile.networkAttachments;
    if (nets.length > 0) volume.networkAttachments = nets;
    const nodeSelector = volumeNodeSelector(ctx.inventory, b);
    if (nodeSelector) volume.nodeSelector = nodeSelector;
    if (b.topologyRef) volume.topologyRef = b.topologyRef;
    volume.replicas = b.replicas;
    out.controlPlane.push({ kind: 'key', path: VOLUMES, key: b.name, value: volume, origin: b.at });

    const mount = expandFiles(ctx, b, 'cinder', 'cinder-volume', out);
    if (mount) out.controlPlane.push(mount);
    if (b.image) {
      out.version.push({ kind: 'key', path: ['spec', 'customContainerImages', 'cinderVolumeImages'], key: b.name, value: b.image, origin: [...b.at, 'image'] });
    }
  }
  // Service-wide options: cinder-operator renders the template's config into every cinder pod (02-global-custom.conf).
  const service = sectionsIni(ctx.inventory.cinder.sections);
  if (service) out.controlPlane.push({ kind: 'key', path: ['spec', 'cinder', 'template'], key: 'customServiceConfig', value: service, origin: ['spec', 'cinder', 'sections'] });
}

/** fixed options, then catalog defaults the user did not set, then the user's options. */
export function mergedOptions(profile: DriverProfile, user: Options): Options {
  const fixed = profile.options.fixed ?? {};
  const defaults = profile.options.defaults ?? {};
  const out: Options = { ...fixed };
  for (const [k, v] of Object.entries(defaults)) if (!(k in user)) out[k] = v;
  for (const [k, v] of Object.entries(user)) if (!(k in fixed)) out[k] = v;
  return out;
}

export function cephClusterFor(ctx: ExpandContext, name: string | undefined): CephCluster | undefined {
  return name ? ctx.inventory.ceph.find((c) => c.name === name) : ctx.inventory.ceph[0];
}

/** What the Ceph templates read; `user` is the client user of the service that reads the cluster (`role`). */
export function cephTemplateContext(c: CephCluster | undefined, role?: CephRole): CephTemplateContext | undefined {
  if (!c) return undefined;
  return { name: c.name, fsid: c.fsid, user: role ? cephUser(c, role) : c.user, pools: c.pools, confPath: `${c.mountPath}/${c.name}.conf`, isDefaultName: c.name === 'ceph' };
}

function cinderServiceConfig(ctx: ExpandContext, b: CinderBackend, profile: DriverProfile): string {
  // The build refuses a catalog driver without a class; RB007 a custom one without volumeDriver.
  const driverClass = (profile.id === 'custom' ? b.volumeDriver : profile.class) ?? '';
  const text = renderTemplate(profile.template, {
    section: b.section,
    volumeBackendName: b.volumeBackendName,
    driverClass,
    availabilityZone: b.availabilityZone,
    options: optionPairs(mergedOptions(profile, b.options)),
    extraConfig: b.extraConfig.trim(),
    ceph: profile.needsCephCluster ? cephTemplateContext(cephClusterFor(ctx, b.cluster), 'cinder') : undefined,
  } satisfies CinderBackendContext);
  return tidyIni(text);
}
