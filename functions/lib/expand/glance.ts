/**
 * Glance: one glanceAPIs entry per inventory API, each with its own
 * customServiceConfig (an API's config replaces the template's, so each API
 * is self-contained and owned as a whole): enabled_backends as <id>:<type>
 * for every store it serves, [glance_store] default_backend, one section per
 * store. keystoneEndpoint names the first API that is not an edge API. The
 * layout follows RHOSO-FIELDS.md section 4: file stores => single, anything
 * else => split (RHOSO 18 has no location API, so single needs a file store,
 * and the webhook refuses split with one).
 */
import { glanceStoreTypes, renderTemplate, type GlanceApiContext, type GlanceStoreContext, type GlanceStoreProfile } from '../catalog/index.js';
import type { GlanceApi, GlanceStore, Inventory, Options } from '../inventory/model.js';
import { cephTemplateContext } from './cinder.js';
import { resolveCluster } from './ceph.js';
import type { ExpandContext } from './context.js';
import { expandCredentials } from './credentials.js';
import { optionPairs, tidyIni } from './ini.js';
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

  for (const api of inv.glance.apis) {
    // In the API's own order (the local store first at an edge site); unknown names are RB023's.
    const stores = api.stores.map((n) => inv.glance.stores.find((s) => s.name === n)).filter((s): s is GlanceStore => s !== undefined);
    const value: Record<string, unknown> = {
      customServiceConfig: tidyIni(
        renderTemplate('glance-api', {
          enabledBackends: stores.map((s) => `${s.name}:${s.type}`).join(','),
          defaultBackend: defaultStoreOf(inv, api),
          stores: stores.map((s) => ({ body: sections.get(s.name) ?? '' })),
        } satisfies GlanceApiContext),
      ),
    };
    const apiSecrets = stores.map((s) => secrets.get(s.name)).filter((x): x is string => x !== undefined);
    if (apiSecrets.length) value.customServiceConfigSecrets = apiSecrets;
    if (api.networkAttachments.length) value.networkAttachments = api.networkAttachments;
    value.replicas = api.replicas;
    value.type = resolvedType(inv, api);
    out.controlPlane.push({ kind: 'key', path: [...template, 'glanceAPIs'], key: api.name, value, origin: api.at });
  }

  const endpoint = keystoneEndpoint(inv);
  if (endpoint) out.controlPlane.push({ kind: 'value', path: template, key: 'keystoneEndpoint', value: endpoint, origin: ['spec', 'glance'] });

  // NFS-backed file stores: the export mounted at the store's directory, only in the APIs that serve it.
  for (const s of inv.glance.stores) {
    if (s.type !== 'file' || !s.nfs) continue;
    const propagation = inv.glance.apis.filter((a) => a.stores.includes(s.name)).map((a) => a.name);
    if (propagation.length === 0) continue;
    const name = `nfs-${volumeLabel(s.name)}`;
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

function storeSection(ctx: ExpandContext, s: GlanceStore): string {
  const type = STORE_TYPES[s.type];
  const options: Options = { ...type.defaults, ...s.options };
  const description = options.store_description ?? `${s.type} store ${s.name}`;
  delete options.store_description;
  if (s.type === 'file') delete options.filesystem_store_datadir;
  return tidyIni(
    renderTemplate(type.template, {
      name: s.name,
      description,
      datadir: s.type === 'file' ? fileStoreDir(ctx.inventory, s) : undefined,
      ceph: s.type === 'rbd' ? cephTemplateContext(resolveCluster(ctx.inventory, s.cluster)) : undefined,
      options: optionPairs(options),
      extraConfig: '',
    } satisfies GlanceStoreContext),
  ).trimEnd();
}
