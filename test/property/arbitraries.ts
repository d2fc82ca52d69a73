/**
 * Generators for the property tests: valid BackendInventories built from the
 * driver catalog (so they follow the catalog as it grows), mutations of them
 * (wrong types, missing and unknown fields, odd Unicode, long strings, many
 * back ends, broken YAML text), and KRM ResourceLists around them.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { allDrivers, type DriverProfile } from '../../functions/lib/catalog/index.js';
import { REFERENCE } from '../support/cli.js';

export const RELEASE = '18.0.3';
/** Every generated credential value contains this, so leaks can be searched for. */
export const SECRET_MARK = 'S3CR3T';

const cinderDrivers = () => allDrivers().filter((d) => d.service === 'cinder' && d.id !== 'custom' && !d.needsCephCluster);
const manilaDrivers = () => allDrivers().filter((d) => d.service === 'manila' && d.id !== 'custom' && !d.needsCephCluster);

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}$/);
const plainWord = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,15}$/);
/** Strings Kubernetes would read as something else if printed bare. */
export const trickyScalar = fc.constantFrom('2024-05-06', 'on', 'yes', 'no', 'off', 'y', 'n', '0x1F', '0o17', '1e3', '~', 'null', '0644', '12:30:00', '.inf', '-.5', '+12', '1_000', '', ' lead', 'trail ', '#hash', 'a: b', '- item', '[x]', '{x}', '&anchor', '*alias', '!tag', '%pct', '@at', '`tick', '"dq"', "'sq'", 'multi\nline', 'tab\there', '\u00e9t\u00e9', '\u{1F600}', '\u202Eltr', '\uFEFFbom');

/** A credential value: distinctive, sometimes tricky (newlines, quotes, Unicode). */
export const secretValue = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9]{4,12}$/), fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: trickyScalar }))
  .map(([core, extra]) => `${SECRET_MARK}${core}${extra.replace(/\n/g, '')}`);

const optionValue = fc.oneof(plainWord, fc.integer({ min: 0, max: 100000 }), fc.boolean(), trickyScalar.filter((s) => !s.includes('\n')));

function valuesFor(keys: readonly string[] | undefined): fc.Arbitrary<Record<string, string>> {
  return fc.tuple(...(keys ?? []).map(() => secretValue)).map((vals) => Object.fromEntries((keys ?? []).map((k, i) => [k, vals[i]])));
}

export interface GenOptions {
  /** Allow credentials.values (sets allowPlaintext). */
  plaintext: boolean;
}

function credentialsFor(d: DriverProfile, name: string, allowPlaintext: boolean): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...(d.secretKeys.required ?? []), ...(d.manila?.secretKeysWhenDhss?.false ?? [])];
  const choices: fc.Arbitrary<Record<string, unknown>>[] = [fc.constant({ secretName: `${name}-creds` })];
  if (keys.length) choices.push(fc.constant({ externalSecret: { store: { name: 'vault' }, data: Object.fromEntries(keys.map((k) => [k, { key: `openstack/${name}`, property: k }])) } }));
  if (allowPlaintext) choices.push(valuesFor(keys).map((values) => ({ values })));
  return keys.length === 0 && !allowPlaintext ? fc.constant({ secretName: `${name}-creds` }) : fc.oneof(...choices);
}

function backendFor(d: DriverProfile, name: string, allowPlaintext: boolean): fc.Arbitrary<Record<string, unknown>> {
  const required = d.options.required ?? [];
  const optional = (d.options.optional ?? []).slice(0, 6);
  return fc
    .record({
      credentials: credentialsFor(d, name, allowPlaintext),
      required: fc.tuple(...required.map(() => plainWord)),
      optional: fc.subarray(optional, { maxLength: 3 }).chain((keys) => fc.tuple(fc.constant(keys), fc.tuple(...keys.map(() => optionValue)))),
      section: fc.option(label, { nil: undefined }),
    })
    .map(({ credentials, required: req, optional: [keys, vals], section }) => {
      const options: Record<string, unknown> = {};
      required.forEach((k, i) => (options[k] = req[i]));
      keys.forEach((k, i) => (options[k] = vals[i]));
      const b: Record<string, unknown> = { name, driver: d.id, credentials };
      if (section) b.section = section;
      if (Object.keys(options).length) b.options = options;
      if (d.partnerImage.required && d.partnerImage.repositories?.length) b.image = `${d.partnerImage.repositories[0]}:${RELEASE}`;
      return b;
    });
}

const uniqueNames = (min: number, max: number) => fc.uniqueArray(label, { minLength: min, maxLength: max });

/** A BackendInventory that should render (as a plain object). */
export function validInventory(opts: GenOptions = { plaintext: true }): fc.Arbitrary<Record<string, any>> {
  return fc
    .record({
      name: label,
      namespace: fc.option(label, { nil: undefined }),
      plaintext: opts.plaintext ? fc.boolean() : fc.constant(false),
      cinderNames: uniqueNames(0, 4),
      manilaNames: uniqueNames(0, 2),
      operatorLine: fc.option(fc.constantFrom('18-stable', 'main'), { nil: undefined }),
      seed: fc.nat(),
    })
    .chain((r) => {
      const cd = cinderDrivers();
      const md = manilaDrivers();
      const cinder = fc.tuple(...r.cinderNames.map((n, i) => backendFor(cd[(r.seed + i) % cd.length], `c-${n}`.slice(0, 30), r.plaintext)));
      const manila = fc.tuple(...r.manilaNames.map((n, i) => backendFor(md[(r.seed + i) % md.length], `m-${n}`.slice(0, 30), r.plaintext)));
      return fc.tuple(fc.constant(r), cinder, manila);
    })
    .map(([r, cinder, manila]) => {
      const spec: Record<string, any> = {
        controlPlane: { name: 'openstack', ...(r.namespace ? { namespace: r.namespace } : {}) },
        release: { version: RELEASE, targetVersion: `${RELEASE}-20241126.1` },
      };
      if (r.operatorLine) spec.operatorLine = r.operatorLine;
      if (r.plaintext) spec.secrets = { allowPlaintext: true };
      if (cinder.length) spec.cinder = { backends: cinder };
      if (manila.length) spec.manila = { backends: manila };
      if (!cinder.length && !manila.length) spec.cinder = { backends: [{ name: 'nfs', driver: 'nfs', credentials: { secretName: 'nfs-creds' } }] };
      return {
        apiVersion: 'backends.rhoso.io/v1alpha1',
        kind: 'BackendInventory',
        metadata: { name: r.name, annotations: { 'config.kubernetes.io/local-config': 'true' } },
        spec,
      };
    });
}

type Path = (string | number)[];

/** Every path to a value in `obj` (objects and arrays included). */
function paths(obj: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(obj)) obj.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (obj && typeof obj === 'object') for (const [k, v] of Object.entries(obj)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function setAt(obj: any, p: Path, value: unknown): void {
  if (p.length === 0) return;
  let cur = obj;
  for (const s of p.slice(0, -1)) cur = cur[s];
  cur[p[p.length - 1]] = value;
}

function deleteAt(obj: any, p: Path): void {
  if (p.length === 0) return;
  let cur = obj;
  for (const s of p.slice(0, -1)) cur = cur[s];
  if (Array.isArray(cur)) cur.splice(Number(p[p.length - 1]), 1);
  else delete cur[p[p.length - 1]];
}

const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  trickyScalar,
  fc.nat({ max: 20000 }).map((n) => 'x'.repeat(n + 300)),
);
const anyValue = fc.oneof(oddString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.array(plainWord, { maxLength: 3 }), fc.dictionary(plainWord, plainWord, { maxKeys: 3 }));

/** One structural change to a plain-object inventory. */
const objectMutation = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: anyValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('unknown-field' as const), at: fc.nat(), key: fc.oneof(plainWord, fc.constantFrom('drvier', 'optoins', 'credential', 'secretname', 'Name', 'backend')) }) },
  // Costly (a render of 100 back ends takes ~0.3 s), so rarer; `npm run fuzz` still sees hundreds.
  { weight: 1, arbitrary: fc.record({ op: fc.constant('many-backends' as const), count: fc.integer({ min: 20, max: 100 }) }) },
);

export function mutateObject(inv: Record<string, any>, m: any): Record<string, any> {
  const copy = structuredClone(inv);
  const all = paths(copy).filter((p) => p.length > 0);
  // A document with nothing in it ({} or []) has no path to change.
  if (all.length === 0 && m.op !== 'many-backends') return copy;
  const pick = (n: number) => all[n % all.length];
  switch (m.op) {
    case 'set':
      setAt(copy, pick(m.at), m.value);
      break;
    case 'delete':
      deleteAt(copy, pick(m.at));
      break;
    case 'unknown-field': {
      const objects = paths(copy).filter((p) => {
        let cur: any = copy;
        for (const s of p) cur = cur[s];
        return cur && typeof cur === 'object' && !Array.isArray(cur);
      });
      const p = objects[m.at % objects.length];
      let cur: any = copy;
      for (const s of p) cur = cur[s];
      cur[m.key] = 'x';
      break;
    }
    case 'many-backends': {
      const first = copy.spec?.cinder?.backends?.[0];
      const template = first && typeof first === 'object' && !Array.isArray(first) ? first : { driver: 'nfs', credentials: { secretName: 'nfs-creds' } };
      const isObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
      if (!isObject(copy.spec)) copy.spec = {};
      if (!isObject(copy.spec.cinder)) copy.spec.cinder = {};
      copy.spec.cinder.backends = Array.from({ length: m.count }, (_, i) => ({ ...structuredClone(template), name: `be-${i}`, section: `be${i}` }));
      break;
    }
  }
  return copy;
}

/** One change to the YAML text: what a bad merge or a careless edit does. */
const textMutation = fc.oneof(
  fc.record({ op: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), by: fc.constantFrom(' ', '  ', '\t', '   ') }),
  fc.record({ op: fc.constant('dedent' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(oddString, fc.constantFrom(': x', '- ', '&a', '*a', '*nope', '? [a]', '!!binary x', '!!set {a}', '"', "'", '|', '>', '{', '[', '---', '...', '%YAML 1.2', '<<: *a', '\u0000', '\u0085', '\r')) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

export function mutateText(text: string, m: any): string {
  const lines = text.split('\n');
  const i = lines.length ? m.at % lines.length : 0;
  switch (m.op) {
    case 'delete-line':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'indent':
      lines[i] = m.by + (lines[i] ?? '');
      return lines.join('\n');
    case 'dedent':
      lines[i] = (lines[i] ?? '').replace(/^ {1,2}/, '');
      return lines.join('\n');
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
  }
  return text;
}

const FSIDS = ['5e6d2a36-8a1f-5d27-9f4c-2a8b6f3c1d90', '0b5d7f0e-3c2a-4a57-9d2e-6c1b9a4f8e01', '1c6e8a1f-4d3b-4b68-8e3f-7d2cab5a9f12'];
const optionKey = fc.constantFrom('debug', 'storage_availability_zone', 'glance_api_servers', 'image_member_quota', 'disk_formats', 'report_interval', 'host', 'some_option');
const sectionName = fc.constantFrom('DEFAULT', 'image_format', 'membernet', 'oslo_messaging_notifications', 'coordination');
const value = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9:/.,-]{0,20}$/), fc.integer({ min: 0, max: 1000 }), fc.boolean());
const sections = fc.dictionary(sectionName, fc.dictionary(optionKey, value, { minKeys: 1, maxKeys: 3 }), { minKeys: 1, maxKeys: 2 });
const maybeSections = fc.option(sections, { nil: undefined, freq: 2 });

/**
 * A valid vendor inventory plus what the storage services reason about: Ceph
 * clusters (one or several, shared Secrets, other mount paths, per-service
 * users) read by rbd back ends, Ceph backups, CephFS shares and glance rbd
 * stores, driver files (from a Secret), and `sections` at service and pod
 * level. No credentials.values (the self-check and import property tests use it).
 */
export const storageInventory: fc.Arbitrary<Record<string, any>> = fc
  .record({
    inv: validInventory({ plaintext: false }),
    clusters: fc.integer({ min: 0, max: 3 }),
    sharedSecret: fc.boolean(),
    otherMountPath: fc.boolean(),
    rbd: fc.array(fc.nat(), { maxLength: 3 }),
    backups: fc.array(fc.record({ ceph: fc.boolean(), cluster: fc.nat() }), { maxLength: 3 }),
    cephfs: fc.option(fc.nat(), { nil: undefined }),
    stores: fc.array(fc.nat(), { maxLength: 3 }),
    edgeApis: fc.boolean(),
    file: fc.option(fc.constantFrom('/etc/cinder/ca.pem', '/etc/pki/vendor/ca.pem'), { nil: undefined }),
    cinderSections: maybeSections,
    podSections: maybeSections,
    manilaSections: maybeSections,
    glanceSections: maybeSections,
    apiSections: maybeSections,
    users: fc.option(fc.record({ cinder: fc.constantFrom('cinder', 'openstack'), cinderBackup: fc.constant('cinder-backup'), glance: fc.constant('glance'), manila: fc.constant('manila') }, { requiredKeys: [] }), { nil: undefined }),
    // EDPM node sets (spec.dataPlane): the settings are per cluster (RB035: node sets of one cluster agree).
    computes: fc.array(fc.nat(), { maxLength: 2 }),
    computeSettings: fc.record({ local: fc.boolean(), pool: fc.constantFrom(undefined, 'ephemeral'), cell: fc.constantFrom(undefined, 2), multipath: fc.boolean() }),
    // A cluster no cinder RBD back end or node set reads may leave out its fsid (nothing writes it; RB080).
    omitUnreadFsids: fc.boolean(),
  })
  .map((r) => {
    const inv = structuredClone(r.inv);
    const spec = inv.spec;
    const clusters = Array.from({ length: r.clusters }, (_, i) => ({
      name: i === 0 ? 'ceph' : `site${i}`,
      fsid: FSIDS[i],
      ...(r.users && (i === 0 || !r.sharedSecret) ? { users: r.users } : {}),
      ...(r.sharedSecret && i > 0 ? { secretName: 'ceph-conf-files' } : {}),
      ...(r.otherMountPath && i === 2 ? { mountPath: '/etc/ceph-site2' } : {}),
    }));
    const clusterOf = (n: number) => clusters[n % clusters.length].name;
    spec.cinder ??= { backends: [] };
    spec.cinder.backends ??= [];
    if (clusters.length) {
      spec.ceph = clusters;
      r.rbd.forEach((n, i) => spec.cinder.backends.push({ name: `rbd-${i}`, driver: 'ceph-rbd', cluster: clusterOf(n) }));
      const backups = r.backups.map((b, i) => (b.ceph ? { name: `bk-${i}`, driver: 'ceph', cluster: clusterOf(b.cluster) } : { name: `bk-${i}`, driver: 'swift' }));
      if (backups.length) spec.cinder.backups = backups;
      if (r.cephfs !== undefined) {
        spec.manila ??= { backends: [] };
        spec.manila.backends = [...(spec.manila.backends ?? []), { name: 'cephfs', driver: 'cephfs', cluster: clusterOf(r.cephfs), section: 'cephfs' }];
      }
      const stores = [...new Set(r.stores.map(clusterOf))].map((c, i) => ({ name: `img_${c}`, type: 'rbd', cluster: c, ...(i === 0 ? { default: true } : {}) }));
      if (stores.length) {
        spec.glance = { stores };
        if (r.edgeApis && stores.length > 1) {
          spec.glance.apis = [{ name: 'central' }, ...stores.slice(1).map((s, i) => ({ name: `edge${i + 1}`, type: 'edge', stores: [s.name, stores[0].name], defaultStore: s.name }))];
        }
      }
    }
    // On clusters a control-plane service reads (import maps clusters from their readers).
    const read = new Set([...spec.cinder.backends, ...(spec.cinder.backups ?? []), ...(spec.manila?.backends ?? []), ...(spec.glance?.stores ?? [])].map((x: any) => x.cluster).filter(Boolean));
    const used = clusters.filter((c) => read.has(c.name));
    if (used.length && r.computes.length) {
      const st = r.computeSettings;
      const settings = (i: number) => ({
        // local with several clusters: the render names the node set's cluster only by its fsid (rbd_secret_uuid),
        // which import cannot tie to a cluster when nothing else in the package shows the fsids: it writes a
        // placeholder cluster instead of guessing (docs/import.md), so such inventories cannot round-trip.
        ephemeral: st.local && clusters.length === 1 ? { type: 'local' } : { type: 'rbd', ...(st.pool ? { pool: st.pool } : {}) },
        // A second cluster's node sets use another cell (DCN: a site per cell).
        ...(st.cell !== undefined ? { cell: st.cell + i } : {}),
        ...(st.multipath ? {} : { multipath: false }),
      });
      const nodeSets = r.computes.map((n, i) => {
        const c = used[n % used.length];
        return { name: `computes-${i}`, cluster: c.name, ...settings(clusters.indexOf(c)) };
      });
      spec.dataPlane = { nodeSets };
    }
    if (r.omitUnreadFsids) {
      const needFsid = new Set([...spec.cinder.backends.filter((b: any) => b.driver === 'ceph-rbd'), ...(spec.dataPlane?.nodeSets ?? [])].map((x: any) => x.cluster));
      for (const c of clusters) if (!needFsid.has(c.name)) delete (c as { fsid?: string }).fsid;
    }
    const first = spec.cinder.backends.find((b: any) => b.driver !== 'ceph-rbd');
    if (r.file && first) first.files = [{ name: 'ca.pem', mountPath: r.file, secretName: 'vendor-ca' }];
    const cinderAny = spec.cinder.backends.length + (spec.cinder.backups?.length ?? 0) > 0;
    if (r.cinderSections && cinderAny) spec.cinder.sections = r.cinderSections;
    if (r.podSections && spec.cinder.backends[0]) spec.cinder.backends[0].sections = r.podSections;
    if (r.manilaSections && spec.manila?.backends?.length) spec.manila.sections = r.manilaSections;
    if (spec.glance && r.glanceSections) spec.glance.sections = r.glanceSections;
    if (spec.glance?.apis && r.apiSections) spec.glance.apis[0].sections = r.apiSections;
    if (!cinderAny) delete spec.cinder;
    return inv;
  });

/** YAML text of an object, in block or flow style (both are common). */
export const yamlText = (obj: unknown, flow: boolean) => stringify(obj, { version: '1.1', lineWidth: 0, ...(flow ? { collectionStyle: 'flow' } : {}) });

export interface InventoryCase {
  /** Valid as generated (mutations may still leave it valid). */
  mutated: boolean;
  text: string;
  operatorLine: 'main' | '18-stable';
}

/** Inventory YAML: valid (about a third), structurally mutated, or with its text mutated. */
export const inventoryCase: fc.Arbitrary<InventoryCase> = inventoryCaseWith(2);

/** `textWeight` of 6 cases get text mutations (0: never). */
export function inventoryCaseWith(textWeight: number): fc.Arbitrary<InventoryCase> {
  return fc
  .record({
    inv: validInventory(),
    objectMutations: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: fc.array(objectMutation, { minLength: 1, maxLength: 3 }) }),
    textMutations: textWeight === 0 ? fc.constant([]) : fc.oneof({ weight: 6 - textWeight, arbitrary: fc.constant([]) }, { weight: textWeight, arbitrary: fc.array(textMutation, { minLength: 1, maxLength: 2 }) }),
    flow: fc.boolean(),
  })
  .map(({ inv, objectMutations, textMutations, flow }) => {
    const obj = (objectMutations as unknown[]).reduce<Record<string, any>>((acc, m) => mutateObject(acc, m), inv);
    const text = (textMutations as unknown[]).reduce<string>((acc, m) => mutateText(acc, m), yamlText(obj, flow));
    const line = obj?.spec?.operatorLine === 'main' ? 'main' : '18-stable';
    return { mutated: objectMutations.length + textMutations.length > 0, text, operatorLine: line };
  });
}

/** Upstream samples (published RHOSO manifests) by file name; read at test time only. */
export function upstreamSamples(filter: RegExp): Array<{ name: string; text: string }> {
  const dir = path.join(REFERENCE, 'samples', 'upstream');
  return fs
    .readdirSync(dir)
    .filter((f) => filter.test(f) && /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** A random KRM object (or not quite one). */
const krmish = fc.oneof(
  fc.record({ apiVersion: fc.constantFrom('v1', 'apps/v1', 'core.openstack.org/v1beta1', 'external-secrets.io/v1', 'x/y'), kind: fc.constantFrom('ConfigMap', 'Secret', 'OpenStackControlPlane', 'OpenStackVersion', 'ExternalSecret', 'Thing', 'BackendInventory'), metadata: fc.record({ name: fc.oneof(label, oddString), namespace: fc.option(label, { nil: undefined }), annotations: fc.option(fc.dictionary(fc.constantFrom('config.kubernetes.io/path', 'internal.config.kubernetes.io/path', 'config.kubernetes.io/index', 'backends.rhoso.io/managed-fields', 'backends.rhoso.io/inventory', 'kpt.dev/package-path'), fc.oneof(oddString, fc.constantFrom('../../etc/passwd', '/abs/x.yaml', '["spec.cinder"]', '[1,2]', 'not json', '0'))), { nil: undefined }), labels: fc.option(fc.dictionary(fc.constantFrom('app.kubernetes.io/managed-by'), fc.constantFrom('rhoso-backends', 'kustomize')), { nil: undefined }) }), data: fc.option(fc.dictionary(plainWord, oddString, { maxKeys: 3 }), { nil: undefined }) }),
  anyValue,
);

export interface ResourceListCase {
  text: string;
  /** The case was built as a well-formed ResourceList before any text mutation. */
  wellFormed: boolean;
}

/** A ResourceList: inventory as item or functionConfig, upstream control planes, random KRM objects; sometimes broken as text. */
export function resourceListCase(controlPlanes: Array<{ name: string; text: string }>): fc.Arbitrary<ResourceListCase> {
  const cpDocs = controlPlanes.map((c) => c.text);
  return fc
    .record({
      inventory: fc.option(inventoryCaseWith(0), { nil: undefined, freq: 8 }),
      asFunctionConfig: fc.boolean(),
      controlPlane: fc.option(fc.nat(), { nil: undefined, freq: 3 }),
      others: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(krmish, { minLength: 1, maxLength: 3 }) }),
      apiVersion: fc.oneof({ weight: 9, arbitrary: fc.constant('config.kubernetes.io/v1') }, { weight: 1, arbitrary: fc.constantFrom('config.kubernetes.io/v1beta1', 'v1', '') }),
      textMutations: fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(textMutation, { minLength: 1, maxLength: 2 }) }),
    })
    .map((r) => {
      const items: string[] = [];
      let functionConfig: string | undefined;
      if (r.inventory) {
        if (r.asFunctionConfig) functionConfig = r.inventory.text;
        else items.push(r.inventory.text);
      }
      if (r.controlPlane !== undefined && cpDocs.length) items.push(cpDocs[r.controlPlane % cpDocs.length]);
      for (const o of r.others) items.push(yamlText(o, false));
      const indent = (t: string, first: string) => t.replace(/\n+$/, '').split('\n').map((l, i) => (i === 0 ? first : '  ') + l).join('\n');
      let text = `apiVersion: ${JSON.stringify(r.apiVersion)}\nkind: ResourceList\nitems:${items.length ? '\n' + items.map((t) => indent(t, '- ')).join('\n') : ' []'}\n`;
      if (functionConfig !== undefined) text += `functionConfig:\n${indent(functionConfig, '  ')}\n`;
      text = (r.textMutations as unknown[]).reduce<string>((acc, m) => mutateText(acc, m), text);
      return { text, wellFormed: r.textMutations.length === 0 && r.apiVersion.startsWith('config.kubernetes.io/') };
    });
}
