/**
 * manilaShares.<name> -> spec.manila.backends[]: driver by share_driver and
 * the driver's fixed options (as for cinder), the share pod's [DEFAULT]
 * (enabled_share_backends and enabled_share_protocols are written by the
 * template from the back end; the rest goes to `sections`), the options minus
 * what the template writes. The manila-api's enabled_share_protocols is
 * generated from the back ends' protocols; its other options go to
 * manila.api.sections (kept in the control plane when `sections` cannot say them).
 */
import type { Backend, Path } from '../manifest/manifest-index.js';
import { iniOptions } from '../ini/compare.js';
import { clusterOf } from './ceph.js';
import { driverEntry } from './cinder.js';
import { asObject, importTopologyRef, keep, keptForUnmappedFields, note, sameOptionValue, type ImportContext } from './context.js';
import { credentialsOf } from './credentials.js';
import { lastValue, remainingOptions, sectionsField, sectionsRepresentable, splitConfig, noteMovedFromDefault, type SplitConfig } from './backend-config.js';
import { parseIni } from '../ini/parse.js';
import { importImage } from './images.js';
import { importFiles } from './files.js';
import { dropWrittenByTool, importServiceSections, unmappableSections } from './sections.js';
import { templateKeys } from './template-keys.js';

const MAPPED = new Set(['customServiceConfig', 'customServiceConfigSecrets', 'networkAttachments', 'nodeSelector', 'replicas', 'topologyRef']);
const PROTOCOLS = ['NFS', 'CIFS', 'CEPHFS', 'GLUSTERFS', 'HDFS', 'MAPRFS'];

type Sections = Record<string, Record<string, string | number | boolean>>;

export function importManila(ctx: ImportContext): { backends: Record<string, unknown>[]; sections?: Sections; apiSections?: Sections } {
  const cp = ctx.controlPlane;
  if (!cp) return { backends: [] };
  const backends: Record<string, unknown>[] = [];
  const api = cp.components.find((c) => c.service === 'manila' && c.field === 'manilaAPI');
  // With one share service, the API's enabled_share_protocols is that back end's when the share does not say (render derives the API's from the back ends).
  const shares = cp.backends.filter((x) => x.field === 'manilaShares');
  // An explicit `enabled: false` is the user's switch (RB118): the inventory has no field for it, and its back ends
  // would make render enable manila, so a disabled manila stays the user's, whole.
  if (asObject(asObject(cp.obj.spec).manila).enabled === false) {
    if (shares.length > 0) {
      const path = ['spec', 'manila', 'template', 'manilaShares'];
      keep(ctx, cp.item, path, `manila is disabled (spec.manila.enabled: false): its back ends ${shares.map((s) => s.key).join(', ')} stay with it`);
      note(ctx, cp.item, path, 'info', `manila is disabled (spec.manila.enabled: false): its back ends ${shares.map((s) => s.key).join(', ')} are not imported (an inventory back end makes render enable manila); they stay in the control plane`, 'to have the inventory own them, set spec.manila.enabled: true and import again');
    }
    return { backends: [] };
  }
  const template = cp.components.find((c) => c.service === 'manila' && c.field === 'template');
  // The template's config is every manila pod's too (manila-operator), so an API without a config of its own reads its protocols there.
  const apiText = api?.config?.text ?? template?.config?.text;
  const apiProtocols = apiText !== undefined && shares.length === 1 ? lastValue(iniOptions(apiText).get('DEFAULT')?.get('enabled_share_protocols')) : undefined;
  const fromTemplate: string[] = [];
  for (const b of shares) {
    const inherited = template?.config ? templateBackend(b, template.config.text) : undefined;
    const entry = importShare(ctx, b, apiProtocols, inherited && template ? { ...inherited, path: [...template.path, 'customServiceConfig'] } : undefined);
    if (entry) backends.push(entry);
    if (entry && inherited) fromTemplate.push(b.key!);
  }
  if (backends.length === 0) return { backends };
  const apiSections = api?.config ? importApiSections(ctx, [...api.path, 'customServiceConfig'], api.config.text) : undefined;
  if (fromTemplate.length > 0 && template) {
    // The template's back-end lines are the inventory's now (render adopts them, `adopt` deletes them); the rest stays there.
    const path = [...template.path, 'customServiceConfig'];
    keep(ctx, cp.item, path, 'manila template customServiceConfig: its options besides the back-end configuration (every manila pod reads them)');
    note(ctx, cp.item, path, 'info', `the back end configured in spec.manila.template.customServiceConfig is imported as manila back end ${fromTemplate.join(', ')} (the share pod${fromTemplate.length === 1 ? '' : 's'} that read${fromTemplate.length === 1 ? 's' : ''} it): render adopts those lines, \`rhoso-backends adopt\` deletes them; the template's other options stay in the control plane`);
    return { backends, apiSections };
  }
  return { backends, sections: importServiceSections(ctx, 'manila'), apiSections };
}

/**
 * The back end a share pod without one of its own reads from the template's
 * customServiceConfig (manila-operator adds it to every manila pod, before the
 * pod's own): the one section the effective enabled_share_backends names,
 * when the template sets its share_driver. The share's own config (read after
 * the template's) gives the other sections; protocols come from the share's
 * [DEFAULT], else the template's.
 */
function templateBackend(b: Backend, templateText: string): { split: SplitConfig; protocols?: string } | undefined {
  const ownText = b.config?.text ?? '';
  if (parseIni(templateText).problems.length > 0 || parseIni(ownText).problems.length > 0) return undefined;
  const own = iniOptions(ownText);
  if ([...own.values()].some((opts) => opts.has('share_driver'))) return undefined;
  const shared = iniOptions(templateText);
  const ownDefault = own.get('DEFAULT');
  const named = lastValue(ownDefault?.get('enabled_share_backends')) ?? lastValue(shared.get('DEFAULT')?.get('enabled_share_backends'));
  const sections = (named ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  if (sections.length !== 1 || !shared.get(sections[0])?.has('share_driver')) return undefined;
  const [section] = sections;
  // oslo.config reads the pod's own file last: its values of the back-end section come after the template's.
  const options = new Map(shared.get(section));
  for (const [k, v] of own.get(section) ?? []) options.set(k, [...(options.get(k) ?? []), ...v]);
  const others = new Map([...own].filter(([name]) => name !== section).map(([name, opts]) => [name, new Map(opts)] as const));
  const protocols = lastValue(ownDefault?.get('enabled_share_protocols')) ?? lastValue(shared.get('DEFAULT')?.get('enabled_share_protocols'));
  return { split: { section, options, others }, protocols };
}

/** manilaAPI.customServiceConfig minus the enabled_share_protocols render writes -> manila.api.sections; kept when `sections` cannot say it. */
function importApiSections(ctx: ImportContext, path: Path, text: string): Sections | undefined {
  const item = ctx.controlPlane!.item;
  const why = unmappableSections('manila', text);
  if (why) {
    keep(ctx, item, path, `manilaAPI customServiceConfig: ${why}`);
    note(ctx, item, path, 'info', `spec.manila.template.manilaAPI.customServiceConfig stays in the control plane: ${why}`);
    return undefined;
  }
  const ini = iniOptions(text);
  // enabled_share_protocols (and the other keys the tool writes) come from the back ends.
  dropWrittenByTool('manila', ini);
  return ini.size > 0 ? sectionsField(ini) : undefined;
}

function importShare(ctx: ImportContext, b: Backend, apiProtocols: string | undefined, inherited?: { split: SplitConfig; protocols?: string; path: Path }): Record<string, unknown> | undefined {
  const item = ctx.controlPlane!.item;
  if (keptForUnmappedFields(ctx, item, b.path, asObject(b.value), MAPPED, `manila back end "${b.key}"`)) return undefined;
  const { split, why } = inherited ? { split: inherited.split, why: undefined } : splitConfig(b, 'share_driver');
  // Notes about the back-end section point where it is written.
  const cfgPath = inherited?.path ?? [...b.path, 'customServiceConfig'];
  if (!split || !sectionsRepresentable(split.others)) {
    const reason = why ?? `a section besides [${split!.section}] repeats a key`;
    keep(ctx, item, b.path, `manila back end ${b.key}: ${reason}`);
    note(ctx, item, b.path, 'warning', `manila back end "${b.key}" is kept in the control plane: ${reason}`);
    return undefined;
  }
  noteMovedFromDefault(ctx, item, cfgPath, 'manila', b.key, split);
  const opts = split.options;
  const { entry, profile } = driverEntry(ctx, item, cfgPath, 'manila', b.key, opts);
  if (split.section !== b.key) entry.section = split.section;
  const backendName = lastValue(opts.get('share_backend_name'));
  if (backendName !== undefined && backendName !== split.section) entry.shareBackendName = backendName;
  const dhss = lastValue(opts.get('driver_handles_share_servers'));
  const dhssDefault = profile?.manila?.driverHandlesShareServers.default ?? false;
  if (dhss !== undefined && /^(true|false)$/i.test(dhss) && (dhss.toLowerCase() === 'true') !== dhssDefault) entry.driverHandlesShareServers = dhss.toLowerCase() === 'true';
  const defaults = split.others.get('DEFAULT');
  const protocols = lastValue(defaults?.get('enabled_share_protocols')) ?? inherited?.protocols ?? apiProtocols;
  if (protocols !== undefined) {
    const list = protocols.split(',').map((p) => p.trim().toUpperCase()).filter(Boolean);
    if (!list.every((p) => PROTOCOLS.includes(p))) note(ctx, item, cfgPath, 'warning', `manila back end "${b.key}": enabled_share_protocols ${protocols} names a protocol manila does not know; render writes the driver's protocols`);
    else {
      if (JSON.stringify(list) !== JSON.stringify(profile?.manila?.protocols ?? ['NFS'])) entry.protocols = list;
      if (list.join(',') !== protocols.replace(/\s+/g, '')) note(ctx, item, cfgPath, 'info', `manila back end "${b.key}": enabled_share_protocols ${protocols} is written ${list.join(',')} (the inventory's spelling)`);
    }
  }
  const written = templateKeys(profile?.template ?? 'manila-backend', 's');
  for (const [k, v] of Object.entries(profile?.options.fixed ?? {})) if (lastValue(opts.get(k)) === String(v)) written.add(k);
  for (const [k, v] of Object.entries(profile?.options.defaults ?? {})) {
    const value = lastValue(opts.get(k));
    if (value === undefined) note(ctx, item, cfgPath, 'info', `manila back end "${b.key}": render adds ${k} = ${String(v)} (the catalog's default for ${profile!.id})`);
    else if (sameOptionValue(value, v)) written.add(k);
  }
  const az = lastValue(opts.get('backend_availability_zone'));
  if (az !== undefined) entry.availabilityZone = az;
  if (profile?.needsCephCluster) {
    const conf = lastValue(opts.get('cephfs_conf_path'));
    const cluster = clusterOf(ctx, conf, { component: 'manila-share', instance: b.key, role: 'manila', user: lastValue(opts.get('cephfs_auth_id')), item, path: cfgPath });
    if (!cluster) {
      keep(ctx, item, b.path, `manila back end ${b.key}: cephfs_conf_path is not <dir>/<cluster>.conf`);
      return undefined;
    }
    entry.cluster = cluster.name;
  }
  const value = asObject(b.value);
  const creds = credentialsOf(ctx, { item, path: b.path, component: 'manila-share', name: b.key, section: split.section, secrets: value.customServiceConfigSecrets });
  const secretKeys = new Set([...(profile?.secretKeys?.required ?? []), ...(profile?.secretKeys?.optional ?? [])].filter((k) => !(profile?.secretKeys?.alsoInOptions ?? []).includes(k)));
  const rest = remainingOptions(opts, written, secretKeys);
  if (Object.keys(rest.options).length > 0) entry.options = rest.options;
  dropWrittenByTool('manila', split.others);
  const otherPlaintext: string[] = [];
  if (split.others.size > 0) entry.sections = sectionsField(split.others, otherPlaintext);
  if (rest.plaintext.length + otherPlaintext.length > 0) creds.plaintext([...rest.plaintext, ...otherPlaintext], cfgPath);
  if (creds.credentials) entry.credentials = creds.credentials;
  const image = importImage(ctx, { item, path: b.path }, 'manila', b.key, profile?.id ?? 'custom', profile?.partnerImage?.required ?? false);
  if (image !== undefined) entry.image = image;
  const nets = value.networkAttachments;
  if (Array.isArray(nets)) {
    if (JSON.stringify(nets) !== JSON.stringify(profile?.networkAttachments ?? ['storage'])) entry.networkAttachments = nets;
  } else entry.networkAttachments = [];
  if (value.nodeSelector && typeof value.nodeSelector === 'object') entry.nodeSelector = value.nodeSelector;
  const topologyRef = importTopologyRef(value);
  if (topologyRef) entry.topologyRef = topologyRef;
  if (typeof value.replicas === 'number' && value.replicas !== 1) entry.replicas = value.replicas;
  const files = importFiles(ctx, 'manila', b.key);
  if (files.length > 0) entry.files = files;
  if (rest.extraConfig.length > 0) entry.extraConfig = rest.extraConfig.join('\n') + '\n';
  return entry;
}
