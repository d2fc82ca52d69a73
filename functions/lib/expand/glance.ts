/**
 * Glance: one glanceAPIs entry per inventory API, each with its own
 * customServiceConfig (an API's config replaces the template's, so each API
 * is self-contained and owned as a whole): enabled_backends as <id>:<type>
 * for every store it serves, [glance_store] default_backend, one section per
 * store. keystoneEndpoint names the first API that is not an edge API. The
 * layout follows RHOSO-FIELDS.md section 4: file stores => single, anything
 * else => split (RHOSO 18 has no location API, so single needs a file store,
 * and the webhook refuses split with one).
 *
 * The package's own glance.template.customServiceConfig: glance-operator hands
 * it to a GlanceAPI only when the API sets none (glance-operator
 * internal/controller/glance_controller.go: "we inherit the customServiceConfig
 * ... only if it's not specified in the GlanceAPITemplate"), so a generated API
 * config would silently drop it. Each render therefore copies the template's
 * options into every generated API config (the template field stays the
 * user's, and the copy is recomputed from it, so renders stay idempotent);
 * the inventory's own keys win, and the template's store configuration
 * (enabled_backends, [glance_store], its store sections) is replaced by the
 * inventory's stores. RB145 reports every template option that does not reach
 * an API. cinder and manila are not affected: cinder-operator and
 * manila-operator write the template config as 01-config.conf and every
 * cinder-volume / manila-share pod reads it beside its own 03-config.conf
 * (manila-operator internal/controller/manilashare_controller.go,
 * generateServiceConfig, copies 00-config.conf and 01-config.conf from the
 * parent <manila>-config-data Secret; manila_controller.go writes
 * CustomConfigFileName from spec.customServiceConfig).
 */
import { glanceStoreTypes, renderTemplate, type GlanceApiContext, type GlanceStoreContext, type GlanceStoreProfile } from '../catalog/index.js';
import type { GlanceApi, GlanceStore, Inventory, Options } from '../inventory/model.js';
import { cephTemplateContext } from './cinder.js';
import { resolveCluster } from './ceph.js';
import { glanceApiNodeSelector } from '../hosts/placement.js';
import type { ExpandContext } from './context.js';
import { expandCredentials } from './credentials.js';
import { parseIni, type IniEntry } from '../ini/parse.js';
import { optionPairs, overlaySections, sectionsIni, tidyIni } from './ini.js';
import type { Expansion } from './plan.js';

export type StoreType = GlanceStoreProfile;

/** What each glance_store driver needs: data in catalog/glance-stores/<type>.yaml. */
export const STORE_TYPES = glanceStoreTypes;

/** Where a file store keeps images: the glance default for the first file store, a sibling for others. */
export function fileStoreDir(inv: Inventory, store: GlanceStore): string {
  const set = store.options.filesystem_store_datadir;
  if (typeof set === 'string') return set;
  const files = inv.glance.stores.filter((s) => s.type === 'file');
  return files[0] === store ? '/var/lib/glance/images/' : `/var/lib/glance/images-${volumeLabel(store.name)}/`;
}

/** A store name as a Kubernetes volume name (store ids may hold _ and upper case). */
export function volumeLabel(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'store';
}

/** The extraMounts entry (and volume) of a file store's NFS export. */
export function nfsMountName(store: string): string {
  return `nfs-${volumeLabel(store)}`;
}

/** Layout of an API: auto resolves to single for file-only APIs and split otherwise. */
export function resolvedType(inv: Inventory, api: GlanceApi): 'split' | 'single' | 'edge' {
  if (api.type !== 'auto') return api.type;
  const types = inv.glance.stores.filter((s) => api.stores.includes(s.name)).map((s) => s.type);
  return types.length > 0 && types.every((t) => t === 'file') ? 'single' : 'split';
}

/** The API's default store: its own defaultStore, else the store marked default (if served), else its first store. */
export function defaultStoreOf(inv: Inventory, api: GlanceApi): string | undefined {
  if (api.defaultStore) return api.defaultStore;
  const marked = inv.glance.stores.find((s) => s.default && api.stores.includes(s.name));
  return marked?.name ?? api.stores[0];
}

/** keystoneEndpoint: the first API that is not an edge API. */
export function keystoneEndpoint(inv: Inventory): string | undefined {
  return inv.glance.apis.find((a) => a.type !== 'edge')?.name;
}

export function expandGlance(ctx: ExpandContext, out: Expansion): void {
  const inv = ctx.inventory;
  if (inv.glance.stores.length === 0) return;
  const template = ['spec', 'glance', 'template'];

  // Store sections and credentials Secrets once per store, shared by every API that serves it.
  const sections = new Map<string, string>();
  const secrets = new Map<string, string>();
  for (const s of inv.glance.stores) {
    sections.set(s.name, storeSection(ctx, s));
    const secret = expandCredentials(ctx, { component: 'glance-store', name: volumeLabel(s.name), section: s.name, credentials: s.credentials, at: s.at }, out);
    if (secret) secrets.set(s.name, secret);
  }

  const inherited = templateOptions(ctx);
  for (const api of inv.glance.apis) {
    // In the API's own order (the local store first at an edge site); unknown names are RB023's.
    const stores = api.stores.map((n) => inv.glance.stores.find((s) => s.name === n)).filter((s): s is GlanceStore => s !== undefined);
    const generated =
      tidyIni(
        renderTemplate('glance-api', {
          enabledBackends: stores.map((s) => `${s.name}:${s.type}`).join(','),
          defaultBackend: defaultStoreOf(inv, api),
          stores: stores.map((s) => ({ body: sections.get(s.name) ?? '' })),
        } satisfies GlanceApiContext),
      ) + sectionsIni(overlaySections(inv.glance.sections, api.sections));
    const value: Record<string, unknown> = { customServiceConfig: withInherited(generated, inherited) };
    const apiSecrets = stores.map((s) => secrets.get(s.name)).filter((x): x is string => x !== undefined);
    if (apiSecrets.length) value.customServiceConfigSecrets = apiSecrets;
    if (api.networkAttachments.length) value.networkAttachments = api.networkAttachments;
    const nodeSelector = glanceApiNodeSelector(inv, api);
    if (nodeSelector) value.nodeSelector = nodeSelector;
    if (api.topologyRef) value.topologyRef = api.topologyRef;
    value.replicas = api.replicas;
    value.type = resolvedType(inv, api);
    if (api.apiTimeout !== undefined) value.apiTimeout = api.apiTimeout;
    if (api.override !== undefined) value.override = api.override;
    const fieldOrigins = (['apiTimeout', 'override'] as const).filter((f) => api[f] !== undefined).map((f) => ({ path: [f], at: [...api.at, f] }));
    out.controlPlane.push({ kind: 'key', path: [...template, 'glanceAPIs'], key: api.name, value, origin: api.at, ...(fieldOrigins.length ? { fieldOrigins } : {}) });
  }

  const endpoint = keystoneEndpoint(inv);
  if (endpoint) out.controlPlane.push({ kind: 'value', path: template, key: 'keystoneEndpoint', value: endpoint, origin: ['spec', 'glance'] });

  // NFS-backed file stores: the export mounted at the store's directory, only in the APIs that serve it.
  for (const s of inv.glance.stores) {
    if (s.type !== 'file' || !s.nfs) continue;
    const propagation = inv.glance.apis.filter((a) => a.stores.includes(s.name)).map((a) => a.name);
    if (propagation.length === 0) continue;
    const name = nfsMountName(s.name);
    out.controlPlane.push({
      kind: 'item',
      path: [...template, 'extraMounts'],
      key: name,
      origin: [...s.at, 'nfs'],
      value: {
        name,
        extraVol: [
          {
            propagation,
            extraVolType: 'Nfs',
            volumes: [{ name, nfs: { server: s.nfs.server, path: s.nfs.path } }],
            mounts: [{ name, mountPath: fileStoreDir(inv, s).replace(/\/+$/, '') }],
          },
        ],
      },
    });
  }
}

/** The options of the package's glance.template.customServiceConfig that are not store configuration. */
export function templateOptions(ctx: ExpandContext): IniEntry[] {
  const text = ctx.controlPlane?.doc.getIn(['spec', 'glance', 'template', 'customServiceConfig']);
  if (typeof text !== 'string') return [];
  const ini = parseIni(text);
  return ini.entries.filter((e) => e.section !== '' && !isStoreConfig(ini.entries, e));
}

/** enabled_backends, [glance_store] and the sections enabled_backends names: what the inventory's stores replace. */
export function isStoreConfig(entries: readonly IniEntry[], e: Pick<IniEntry, 'section' | 'key'>): boolean {
  if (e.section.toUpperCase() === 'DEFAULT') return e.key === 'enabled_backends';
  if (e.section === 'glance_store') return true;
  const ids = entries
    .filter((x) => x.section.toUpperCase() === 'DEFAULT' && x.key === 'enabled_backends')
    .flatMap((x) => x.value.split(',').map((b) => b.split(':')[0].trim()));
  return ids.includes(e.section);
}

/** The generated API config with the inherited template options added to their sections; the generated keys win. */
function withInherited(generated: string, inherited: readonly IniEntry[]): string {
  if (inherited.length === 0) return generated;
  const sections = new Map<string, Array<[string, string]>>();
  // A section may appear twice (the template's [DEFAULT] and the inventory's `sections`): keep both halves.
  for (const sec of parseIni(generated).sections) sections.set(sec.name, [...(sections.get(sec.name) ?? []), ...sec.entries.map((e): [string, string] => [e.key, e.value])]);
  for (const e of inherited) {
    const name = e.section.toUpperCase() === 'DEFAULT' ? 'DEFAULT' : e.section;
    const entries = sections.get(name) ?? [];
    sections.set(name, entries);
    if (!entries.some(([k]) => k === e.key)) entries.push([e.key, e.value]);
  }
  return [...sections].map(([name, entries]) => `[${name}]\n${entries.map(([k, v]) => `${k} = ${v}\n`).join('')}`).join('');
}

function storeSection(ctx: ExpandContext, s: GlanceStore): string {
  const type = STORE_TYPES[s.type];
  const options: Options = { ...type.defaults, ...s.options };
  // Written only when given: glance then describes the store by its id, as it does for hand-written stores.
  const description = options.store_description;
  delete options.store_description;
  if (s.type === 'file') delete options.filesystem_store_datadir;
  return tidyIni(
    renderTemplate(type.template, {
      name: s.name,
      description,
      datadir: s.type === 'file' ? fileStoreDir(ctx.inventory, s) : undefined,
      ceph: s.type === 'rbd' ? cephTemplateContext(resolveCluster(ctx.inventory, s.cluster), 'glance') : undefined,
      applicationCredential: type.keystoneAuth === true && s.auth === 'applicationCredential',
      options: optionPairs(options),
      extraConfig: '',
    } satisfies GlanceStoreContext),
  ).trimEnd();
}
