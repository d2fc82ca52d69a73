/**
 * Manila back ends: spec.manila.enabled (manila defaults to disabled),
 * one manilaShares entry per back end with its customServiceConfig rendered
 * from the driver's template (manila, unlike cinder, never fills
 * enabled_share_backends itself), credentials through
 * customServiceConfigSecrets, files through an instance-level mount, partner
 * images in OpenStackVersion manilaShareImages, and the manila-api's
 * enabled_share_protocols (the API refuses shares of any other protocol)
 * followed by its own options (manila.api.sections).
 */
import { getDriver, renderTemplate, type DriverProfile, type ManilaApiContext, type ManilaShareContext } from '../catalog/index.js';
import type { ManilaBackend } from '../inventory/model.js';
import { cephTemplateContext, mergedOptions } from './cinder.js';
import { resolveCluster } from './ceph.js';
import type { ExpandContext } from './context.js';
import { expandCredentials } from './credentials.js';
import { expandFiles } from './files.js';
import { optionPairs, sectionsIni, tidyIni } from './ini.js';
import type { Expansion } from './plan.js';

const TEMPLATE = ['spec', 'manila', 'template'];

/** enabled_share_protocols of one back end: as written, else every protocol the driver supports. */
export function shareProtocols(b: ManilaBackend, profile: DriverProfile): string[] {
  return b.protocols ?? profile.manila?.protocols ?? ['NFS'];
}

export function shareDhss(b: ManilaBackend, profile: DriverProfile): boolean {
  return b.driverHandlesShareServers ?? profile.manila?.driverHandlesShareServers.default ?? false;
}

export function expandManila(ctx: ExpandContext, out: Expansion): void {
  const backends = ctx.inventory.manila.backends;
  if (backends.length === 0) return;
  const apiProtocols: string[] = [];
  for (const b of backends) {
    const profile = getDriver(b.driver, 'manila');
    if (!profile) continue; // RB001 reports it
    const protocols = shareProtocols(b, profile);
    for (const p of protocols) if (!apiProtocols.includes(p)) apiProtocols.push(p);

    const share: Record<string, unknown> = {};
    share.customServiceConfig = shareServiceConfig(ctx, b, profile, protocols) + sectionsIni(b.sections);
    const secretName = expandCredentials(ctx, { component: 'manila-share', name: b.name, section: b.section, credentials: b.credentials, at: b.at }, out);
    if (secretName) share.customServiceConfigSecrets = [secretName];
    const nets = b.networkAttachments ?? profile.networkAttachments;
    if (nets.length > 0) share.networkAttachments = nets;
    if (b.nodeSelector) share.nodeSelector = b.nodeSelector;
    if (b.topologyRef) share.topologyRef = b.topologyRef;
    share.replicas = b.replicas;
    out.controlPlane.push({ kind: 'key', path: [...TEMPLATE, 'manilaShares'], key: b.name, value: share, origin: b.at });

    const mount = expandFiles(ctx, b, 'manila', 'manila-share', out);
    if (mount) out.controlPlane.push(mount);
    if (b.image) {
      out.version.push({ kind: 'key', path: ['spec', 'customContainerImages', 'manilaShareImages'], key: b.name, value: b.image, origin: [...b.at, 'image'] });
    }
  }
  out.controlPlane.push({ kind: 'value', path: ['spec', 'manila'], key: 'enabled', value: true, origin: ['spec', 'manila'] });
  // manila-api.hbs is one [DEFAULT] section: api.sections' DEFAULT options continue it, the other sections follow.
  const { DEFAULT: apiDefault, ...apiOthers } = ctx.inventory.manila.api.sections;
  const apiDefaultLines = apiDefault ? sectionsIni({ DEFAULT: apiDefault }).replace(/^\[DEFAULT\]\n/, '') : '';
  out.controlPlane.push({
    kind: 'key',
    path: [...TEMPLATE, 'manilaAPI'],
    key: 'customServiceConfig',
    value: tidyIni(renderTemplate('manila-api', { protocols: apiProtocols.join(',') } satisfies ManilaApiContext)) + apiDefaultLines + sectionsIni(apiOthers),
    origin: ['spec', 'manila', 'backends'],
  });
  // Service-wide options: manila-operator adds the template's config to every manila pod.
  const service = sectionsIni(ctx.inventory.manila.sections);
  if (service) out.controlPlane.push({ kind: 'key', path: TEMPLATE, key: 'customServiceConfig', value: service, origin: ['spec', 'manila', 'sections'] });
}

function shareServiceConfig(ctx: ExpandContext, b: ManilaBackend, profile: DriverProfile, protocols: string[]): string {
  // The build refuses a catalog driver without a class; RB007 a custom one without shareDriver.
  const driverClass = (profile.id === 'custom' ? b.shareDriver : profile.class) ?? '';
  return tidyIni(
    renderTemplate(profile.template, {
      section: b.section,
      shareBackendName: b.shareBackendName,
      driverClass,
      dhss: shareDhss(b, profile) ? 'True' : 'False',
      protocols: protocols.join(','),
      availabilityZone: b.availabilityZone,
      options: optionPairs(mergedOptions(profile, b.options)),
      extraConfig: b.extraConfig.trim(),
      ceph: profile.needsCephCluster ? cephTemplateContext(resolveCluster(ctx.inventory, b.cluster), 'manila') : undefined,
    } satisfies ManilaShareContext),
  );
}
