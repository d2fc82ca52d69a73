/**
 * Glance: the stores come from enabled_backends (<id>:<type>) of each API's
 * effective config (its own customServiceConfig, else the template's, which
 * glance-operator hands to an API without one), with [glance_store]
 * default_backend as the default store; each store's section minus what the
 * store template writes is its options. glanceAPIs.<name> -> spec.glance.api
 * (one) or apis (several), keystoneEndpoint's API first. Template options
 * that are not store configuration stay in the template (render copies them
 * into every API it generates); an API's own other options go to its
 * `sections`. An NFS export mounted at a file store's directory becomes the
 * store's `nfs`.
 */
import { glanceStoreTypes } from '../catalog/index.js';
import { fieldPath } from '../diagnostics/diagnostic.js';
import { iniOptions, type IniOptions } from '../ini/compare.js';
import { parseIni } from '../ini/parse.js';
import type { Component } from '../manifest/manifest-index.js';
import { isPlaintextCredential, lastValue, sectionsField, sectionsRepresentable } from './backend-config.js';
import { clusterOf } from './ceph.js';
import { asObject, importTopologyRef, keep, keptForUnmappedFields, note, optionValue, type ImportContext } from './context.js';
import { dropWrittenByTool } from './sections.js';
import { templateKeys, templateOutput } from './template-keys.js';
import { credentialsOf } from './credentials.js';

const MAPPED = new Set(['customServiceConfig', 'customServiceConfigSecrets', 'networkAttachments', 'replicas', 'type', 'apiTimeout', 'override', 'nodeSelector', 'topologyRef']);
type StoreType = keyof typeof glanceStoreTypes;

interface ApiSource {
  c: Component;
  ini: IniOptions;
  own: boolean;
  stores: Array<{ id: string; type: string }>;
  defaultStore?: string;
}

export function importGlance(ctx: ImportContext): { glance?: Record<string, unknown>; apiNames: string[]; mountsCovered: Set<string> } {
  const cp = ctx.controlPlane;
  const none = { apiNames: [], mountsCovered: new Set<string>() };
  if (!cp || asObject(asObject(cp.obj.spec).glance).enabled === false) return none;
  const template = cp.components.find((c) => c.service === 'glance' && c.field === 'template');
  const apis = cp.components.filter((c) => c.service === 'glance' && c.field === 'glanceAPIs');
  if (apis.length === 0) {
    if (template?.config && /enabled_backends/.test(template.config.text)) {
      keep(ctx, cp.item, [...template.path, 'customServiceConfig'], 'glance stores without glanceAPIs: the inventory configures stores per API');
      note(ctx, cp.item, [...template.path, 'customServiceConfig'], 'warning', 'the glance template configures stores, but the control plane names no glanceAPIs: the stores are not imported', 'add the glanceAPIs entry the stores are served from, e.g. default, and import again');
    }
    return none;
  }
  const sources: ApiSource[] = [];
  for (const c of apis) {
    // A field the CRD does not have (the glance samples' preserveJobs) is RB190's: listed below, not a reason to keep the API.
    const notInCrd = (field: string) => ctx.sourceFindings.some((d) => d.rule === 'RB190' && d.file === cp.item.path && d.field === fieldPath([...c.path, field]));
    if (keptForUnmappedFields(ctx, cp.item, c.path, asObject(c.value), MAPPED, `glance API "${c.key}"`, notInCrd)) continue;
    const config = c.config ?? template?.config;
    const text = config?.text;
    const problem = text !== undefined ? parseIni(text).problems[0] : undefined;
    const ini = text !== undefined && !problem ? iniOptions(text) : undefined;
    const enabled = lastValue(ini?.get('DEFAULT')?.get('enabled_backends'));
    const stores = (enabled ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((s) => ({ id: s.split(':')[0].trim(), type: (s.split(':')[1] ?? '').trim() }));
    if (!ini || stores.length === 0 || stores.some((s) => !(s.type in glanceStoreTypes))) {
      const why = !ini ? (text === undefined ? 'it has no store configuration' : 'its config has a line that is not key = value in a section') : stores.length === 0 ? 'its config sets no enabled_backends (a single-store layout)' : `a store type is not one of ${Object.keys(glanceStoreTypes).join(', ')}`;
      keep(ctx, cp.item, c.path, `glance API ${c.key}: ${why}`);
      note(ctx, cp.item, c.path, 'warning', `glance API "${c.key}" is kept in the control plane: ${why}`);
      continue;
    }
    sources.push({ c, ini, own: c.config !== undefined, stores, defaultStore: lastValue(ini.get('glance_store')?.get('default_backend')) });
  }
  if (sources.length === 0) return none;

  // Stores, once each (the first API that configures a store decides its options).
  const stores: Record<string, unknown>[] = [];
  const seen = new Map<string, Record<string, unknown>>();
  const mountsCovered = new Set<string>();
  for (const src of sources) {
    for (const s of src.stores) {
      if (seen.has(s.id)) continue;
      const store = importStore(ctx, src, s.id, s.type as StoreType, sources, mountsCovered);
      seen.set(s.id, store);
      stores.push(store);
    }
  }
  for (const src of sources) assignApiSecrets(ctx, src, seen);
  // keystoneEndpoint's API first: render makes the first API that is not an edge API the endpoint.
  const endpoint = asObject(template?.value).keystoneEndpoint;
  sources.sort((a, b) => Number(b.c.key === endpoint) - Number(a.c.key === endpoint));
  const defaults = sources.map((s) => s.defaultStore).filter((d): d is string => d !== undefined);
  const globalDefault = sources[0].defaultStore ?? defaults[0];
  if (globalDefault && seen.has(globalDefault)) seen.get(globalDefault)!.default = true;
  const allIds = stores.map((s) => s.name as string);
  const apiEntries = sources.map((src) => importApi(ctx, src, allIds, globalDefault, template?.config?.text));
  const glance: Record<string, unknown> = { stores };
  const storeOptions = templateStoreOptions(template?.config?.text);
  if (storeOptions) glance.sections = { glance_store: storeOptions };
  if (apiEntries.length === 1) glance.api = apiEntries[0];
  else glance.apis = apiEntries;
  return { glance, apiNames: sources.map((s) => s.c.key!), mountsCovered };
}

function importStore(ctx: ImportContext, src: ApiSource, id: string, type: StoreType, all: ApiSource[], covered: Set<string>): Record<string, unknown> {
  const item = ctx.controlPlane!.item;
  const profile = glanceStoreTypes[type];
  const section = src.ini.get(id) ?? new Map<string, string[]>();
  const cfgPath = [...(src.own ? src.c.path : ['spec', 'glance', 'template']), 'customServiceConfig'];
  // An application credential instead of the service user: the store template writes the one it is told to.
  const applicationCredential = profile.keystoneAuth === true && [...section.keys()].some((k) => k.endsWith('_application_credential_id'));
  const variant = { applicationCredential };
  const written = templateKeys(profile.template, 's', variant);
  written.delete('store_description'); // kept as an option: render writes it as the description
  if (type === 'file') written.delete('filesystem_store_datadir');
  const store: Record<string, unknown> = { name: id, type };
  if (applicationCredential) store.auth = 'applicationCredential';
  const readers = all.filter((a) => a.stores.some((s) => s.id === id));
  if (type === 'rbd') {
    for (const a of readers) {
      const cluster = clusterOf(ctx, lastValue(section.get('rbd_store_ceph_conf')), { component: 'glance-api', instance: a.c.key, role: 'glance', user: lastValue(section.get('rbd_store_user')), pool: lastValue(section.get('rbd_store_pool')), item, path: cfgPath });
      if (cluster) store.cluster = cluster.name;
    }
  }
  if (type === 'file') {
    const dir = (lastValue(section.get('filesystem_store_datadir')) ?? '/var/lib/glance/images/').replace(/\/+$/, '');
    const nfs = nfsAt(ctx, readers.map((a) => a.c.key!), dir, covered);
    if (nfs) store.nfs = nfs;
  }
  const options: Record<string, string | number | boolean> = {};
  const plaintext: string[] = [];
  const rendered = templateOutput(profile.template, variant).get('s') ?? new Map<string, string[]>();
  const mapped = new Set(['rbd_store_ceph_conf', 'rbd_store_user', 'rbd_store_pool']);
  for (const [k, v] of section) {
    const value = lastValue(v)!;
    if (written.has(k)) {
      // Mapped to the cluster, or the same line the template writes (pass-through Go templates, constants).
      if ((type === 'rbd' && mapped.has(k)) || lastValue(rendered.get(k)) === value) continue;
      note(ctx, item, cfgPath, 'info', `glance store "${id}": ${k} differs from the line the store template writes; import put it in options, so render writes both lines (oslo.config reads the last)`);
    }
    if (isPlaintextCredential(k, value)) plaintext.push(k);
    else options[k] = optionValue(value);
  }
  if (Object.keys(options).length > 0) store.options = options;
  if (plaintext.length > 0) {
    const creds = credentialsOf(ctx, { item, path: src.c.path, component: 'glance-store', name: id.toLowerCase().replace(/[^a-z0-9-]+/g, '-'), section: id, secrets: undefined });
    creds.plaintext(plaintext, cfgPath);
    store.credentials = creds.credentials;
  }
  return store;
}

/**
 * An API's customServiceConfigSecrets -> the credentials of the store that
 * needs them: only when it is unambiguous (one Secret, one store of the API
 * whose type takes credentials); render then lists it for every API serving
 * that store. Anything else stays in the control plane.
 */
function assignApiSecrets(ctx: ImportContext, src: ApiSource, stores: Map<string, Record<string, unknown>>): void {
  const item = ctx.controlPlane!.item;
  const listed = asObject(src.c.value).customServiceConfigSecrets;
  if (!Array.isArray(listed) || listed.length === 0) return;
  const needing = src.stores.filter((s) => (glanceStoreTypes[s.type as StoreType].secretKeys.required ?? []).length > 0).map((s) => stores.get(s.id)!);
  const [secret] = listed;
  const target = needing.length === 1 ? needing[0] : undefined;
  const current = target?.credentials as { secretName?: string } | undefined;
  if (listed.length === 1 && typeof secret === 'string' && target && (!current || current.secretName === secret)) {
    target.credentials = { secretName: secret };
    return;
  }
  keep(ctx, item, [...src.c.path, 'customServiceConfigSecrets'], `glance API ${src.c.key}: which store each credentials Secret is for is not clear`);
  note(ctx, item, [...src.c.path, 'customServiceConfigSecrets'], 'warning', `glance API "${src.c.key}": import cannot tell which store the Secrets ${listed.join(', ')} hold credentials for; they stay in the control plane`, 'set credentials.secretName on the glance store they belong to');
}

/**
 * [glance_store] options of the template config besides default_backend
 * (`stores = http,rbd`): render treats the template's [glance_store] as store
 * configuration and does not copy it into the APIs it generates, so they go
 * to spec.glance.sections, which it writes into every API.
 */
function templateStoreOptions(text: string | undefined): Record<string, string | number | boolean> | undefined {
  if (text === undefined || parseIni(text).problems.length > 0) return undefined;
  const section = iniOptions(text).get('glance_store');
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of section ?? []) if (k !== 'default_backend' && v.length === 1 && !isPlaintextCredential(k, v[0])) out[k] = optionValue(v[0]);
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The NFS export mounted at `dir` in the given glance APIs (the first one found). */
function nfsAt(ctx: ImportContext, apis: string[], dir: string, covered: Set<string>): { server: string; path: string } | undefined {
  for (const pm of ctx.controlPlane!.mounts) {
    if (pm.pod.component !== 'glance-api' || !apis.includes(pm.pod.instance ?? '')) continue;
    for (const take of pm.takes) {
      for (const m of take.mounts.map(asObject)) {
        if (String(m.mountPath ?? '').replace(/\/+$/, '') !== dir) continue;
        const vol = take.volumes.map(asObject).find((v) => v.name === m.name);
        if (vol?.nfs?.server && vol.nfs.path && take.volumes.length === 1 && take.mounts.length === 1) {
          covered.add(JSON.stringify(take.path));
          return { server: vol.nfs.server, path: vol.nfs.path };
        }
      }
    }
  }
  return undefined;
}

function importApi(ctx: ImportContext, src: ApiSource, allIds: string[], globalDefault: string | undefined, template?: string): Record<string, unknown> {
  const item = ctx.controlPlane!.item;
  const value = asObject(src.c.value);
  const api: Record<string, unknown> = { name: src.c.key };
  if (typeof value.type === 'string' && ['split', 'single', 'edge'].includes(value.type)) {
    const auto = src.stores.every((s) => s.type === 'file') ? 'single' : 'split';
    if (value.type !== auto) api.type = value.type;
  } else if (value.type === undefined) {
    note(ctx, item, src.c.path, 'info', `glance API "${src.c.key}" sets no type: render writes type ${src.stores.every((s) => s.type === 'file') ? 'single' : 'split'} (auto)`);
  }
  const ids = src.stores.map((s) => s.id);
  if (JSON.stringify(ids) !== JSON.stringify(allIds)) api.stores = ids;
  if (src.defaultStore && src.defaultStore !== globalDefault) api.defaultStore = src.defaultStore;
  api.replicas = typeof value.replicas === 'number' ? value.replicas : 1;
  const nets = value.networkAttachments;
  if (Array.isArray(nets)) {
    if (JSON.stringify(nets) !== JSON.stringify(['storage'])) api.networkAttachments = nets;
  } else api.networkAttachments = [];
  if (value.nodeSelector && typeof value.nodeSelector === 'object' && Object.keys(value.nodeSelector).length > 0) api.nodeSelector = value.nodeSelector;
  const topologyRef = importTopologyRef(value);
  if (topologyRef) api.topologyRef = topologyRef;
  // As written: render writes them back, and RB190 checks them against the CRD.
  if (value.apiTimeout !== undefined && value.apiTimeout !== null) api.apiTimeout = value.apiTimeout;
  if (value.override && typeof value.override === 'object' && Object.keys(value.override).length > 0) api.override = value.override;
  if (src.own) {
    // The API's own options besides the store configuration: its `sections`.
    const others = new Map([...src.ini].filter(([name]) => !src.stores.some((s) => s.id === name)).map(([n, o]) => [n, new Map(o)] as const));
    dropWrittenByTool('glance', others);
    // What the template's customServiceConfig (it stays in the control plane) gives every API: render copies it in.
    const inherited = template !== undefined ? iniOptions(template) : new Map<string, Map<string, string[]>>();
    for (const [name, opts] of others) {
      for (const [key, values] of [...opts]) if (JSON.stringify(inherited.get(name)?.get(key)) === JSON.stringify(values)) opts.delete(key);
      if (opts.size === 0) others.delete(name);
    }
    if (others.size > 0) {
      if (sectionsRepresentable(others)) {
        const plaintext: string[] = [];
        const sections = sectionsField(others, plaintext);
        if (plaintext.length === 0) api.sections = sections;
        else keep(ctx, item, [...src.c.path, 'customServiceConfig'], `glance API ${src.c.key}: a credential in plain text (${plaintext.join(', ')})`);
      } else keep(ctx, item, [...src.c.path, 'customServiceConfig'], `glance API ${src.c.key}: a key is repeated`);
    }
  }
  for (const field of Object.keys(value)) {
    if (MAPPED.has(field)) continue;
    // A field the CRD does not have (the glance samples' preserveJobs, a field of the template): validate's RB190 says so.
    const unknown = ctx.sourceFindings.some((d) => d.rule === 'RB190' && d.file === item.path && d.field === fieldPath([...src.c.path, field]));
    keep(ctx, item, [...src.c.path, field], unknown ? `glance API ${src.c.key}: ${field} is not a field of a glanceAPIs entry (RB190: the API server drops it); fix or delete it there` : `glance API ${src.c.key}: the inventory has no field for ${field}`);
  }
  return api;
}
