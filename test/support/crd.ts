/**
 * Validates emitted manifests against the real upstream CRDs in
 * test/data/reference/crds, strictly: unknown fields are errors (as with
 * `kubectl --validate=strict`), since the API server would prune them.
 * Compiling the 1 MB OSCP schema takes a second or two; it is done once.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import { parse } from 'yaml';
import { REFERENCE } from './cli.js';

type Schema = Record<string, any>;

const CRD_FILES: Record<string, string> = {
  'core.openstack.org/v1beta1/OpenStackControlPlane': 'core.openstack.org_openstackcontrolplanes.yaml',
  'core.openstack.org/v1beta1/OpenStackVersion': 'core.openstack.org_openstackversions.yaml',
  'external-secrets.io/v1/ExternalSecret': 'third-party/external-secrets.io_externalsecrets.yaml',
  'bitnami.com/v1alpha1/SealedSecret': 'third-party/bitnami.com_sealedsecrets.yaml',
  'machineconfiguration.openshift.io/v1/MachineConfig': 'third-party/machineconfiguration.openshift.io_machineconfigs.yaml',
  'dataplane.openstack.org/v1beta1/OpenStackDataPlaneNodeSet': 'dataplane.openstack.org_openstackdataplanenodesets.yaml',
  'dataplane.openstack.org/v1beta1/OpenStackDataPlaneService': 'dataplane.openstack.org_openstackdataplaneservices.yaml',
  'dataplane.openstack.org/v1beta1/OpenStackDataPlaneDeployment': 'dataplane.openstack.org_openstackdataplanedeployments.yaml',
};

/** Kubernetes structural schema -> strict JSON schema. */
export function strictSchema(s: Schema): Schema {
  if (Array.isArray(s)) return s.map(strictSchema) as unknown as Schema;
  if (!s || typeof s !== 'object') return s;
  const out: Schema = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'x-kubernetes-int-or-string') continue;
    if (k === 'properties' || k === 'patternProperties') {
      out[k] = Object.fromEntries(Object.entries(v as Schema).map(([pk, pv]) => [pk, strictSchema(pv as Schema)]));
    } else if (typeof v === 'object') out[k] = strictSchema(v as Schema);
    else if (!k.startsWith('x-kubernetes-')) out[k] = v;
  }
  if (s['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = out.anyOf ?? [{ type: 'integer' }, { type: 'string' }];
  }
  if (out.properties && out.additionalProperties === undefined && !s['x-kubernetes-preserve-unknown-fields']) out.additionalProperties = false;
  return out;
}

const cache = new Map<string, ValidateFunction>();
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const ajv2019 = new Ajv2019({ allErrors: true, strict: false, validateFormats: false });

function crdValidator(key: string, line: 'main' | '18-stable', partial = false): ValidateFunction | undefined {
  const file = CRD_FILES[key];
  if (!file) return undefined;
  const rel = line === '18-stable' && key.endsWith('OpenStackControlPlane') ? `18-stable/${file}` : file;
  const cacheKey = `${rel}${partial ? '#partial' : ''}`;
  let v = cache.get(cacheKey);
  if (!v) {
    const crd = parse(fs.readFileSync(path.join(REFERENCE, 'crds', rel), 'utf8'), { maxAliasCount: -1 });
    const version = key.split('/')[1];
    const ver = crd.spec.versions.find((x: any) => x.name === version);
    const full = strictSchema(ver.schema.openAPIV3Schema);
    const schema = partial ? withoutTopRequired(full) : full;
    // apiVersion/kind/metadata are checked by the API server, not the CRD schema.
    schema.properties.metadata = { type: 'object' };
    v = ajv.compile(schema);
    cache.set(cacheKey, v);
  }
  return v;
}

const secretSchema = ajv.compile({
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata'],
  additionalProperties: false,
  properties: {
    apiVersion: { const: 'v1' },
    kind: { const: 'Secret' },
    metadata: { type: 'object', required: ['name'], properties: { name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$' } } },
    type: { type: 'string' },
    immutable: { type: 'boolean' },
    data: { type: 'object', additionalProperties: { type: 'string', pattern: '^[A-Za-z0-9+/]*={0,2}$' }, propertyNames: { pattern: '^[-._a-zA-Z0-9]+$' } },
    stringData: { type: 'object', additionalProperties: { type: 'string' }, propertyNames: { pattern: '^[-._a-zA-Z0-9]+$' } },
  },
});

const configMapSchema = ajv.compile({
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata'],
  additionalProperties: false,
  properties: {
    apiVersion: { const: 'v1' },
    kind: { const: 'ConfigMap' },
    metadata: { type: 'object', required: ['name'], properties: { name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$' } } },
    immutable: { type: 'boolean' },
    data: { type: 'object', additionalProperties: { type: 'string' }, propertyNames: { pattern: '^[-._a-zA-Z0-9]+$' } },
    binaryData: { type: 'object', additionalProperties: { type: 'string' } },
  },
});

/** A generated patch (annotation backends.rhoso.io/patch-for) is a partial object: the fields the base supplies may be missing. */
const PATCH_ANNOTATION = 'backends.rhoso.io/patch-for';
function withoutTopRequired(schema: Schema): Schema {
  const spec = schema.properties?.spec;
  const nodeTemplate = spec?.properties?.nodeTemplate;
  return {
    ...schema,
    required: undefined,
    properties: { ...schema.properties, spec: spec && { ...spec, required: undefined, properties: { ...spec.properties, ...(nodeTemplate ? { nodeTemplate: { ...nodeTemplate, required: undefined } } : {}) } } },
  };
}

/** Errors for one manifest ([] when valid). Kinds without a known schema are an error too. */
export function validateManifest(obj: any, line: 'main' | '18-stable' = 'main'): string[] {
  const key = `${obj?.apiVersion}/${obj?.kind}`;
  const partial = obj?.metadata?.annotations?.[PATCH_ANNOTATION] !== undefined;
  const v = key === 'v1/Secret' ? secretSchema : key === 'v1/ConfigMap' ? configMapSchema : crdValidator(key, line, partial);
  if (!v) return [`no schema for ${key}`];
  if (key === 'v1/Secret' && obj.sops?.mac) obj = sopsDecrypted(obj);
  if (v(obj)) return key.endsWith('/MachineConfig') ? ignitionErrors(obj) : [];
  return (v.errors ?? []).map((e) => `${obj.kind}/${obj.metadata?.name}${e.instancePath}: ${e.message}${e.params && (e.params as any).additionalProperty ? ` (${(e.params as any).additionalProperty})` : ''}`);
}

/**
 * What Flux applies for a SOPS-encrypted Secret: the sops block dropped and
 * the values decrypted. The values are unknown here, so `data` entries stand
 * in as empty (valid) base64; names, keys and everything else are checked.
 */
function sopsDecrypted(obj: any): any {
  const { sops: _sops, ...rest } = obj;
  if (rest.data && typeof rest.data === 'object') rest.data = Object.fromEntries(Object.keys(rest.data).map((k) => [k, '']));
  return rest;
}

/**
 * The MachineConfig CRD does not look inside spec.config (preserve-unknown-fields): check it
 * against the Ignition spec schema of its version (schemas/ignition/, copied with provenance),
 * with unknown keys as errors, as RB210 does.
 */
const IGNITION_SCHEMAS: Record<string, string> = { '3.2.0': 'ignition-v3_2.schema.json', '3.4.0': 'ignition-v3_4.schema.json' };
function ignitionErrors(obj: any): string[] {
  const version = obj.spec?.config?.ignition?.version;
  const file = IGNITION_SCHEMAS[version];
  if (!file) return [`MachineConfig/${obj.metadata?.name}: no Ignition schema for version ${version}`];
  let v = cache.get(file);
  if (!v) {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schemas', 'ignition', file), 'utf8'));
    delete schema.$schema;
    v = ajv2019.compile(closeIgnitionSchema(schema));
    cache.set(file, v);
  }
  if (v(obj.spec.config)) return [];
  return (v.errors ?? []).map((e) => `MachineConfig/${obj.metadata?.name} spec.config${e.instancePath}: ${e.message}${(e.params as any)?.additionalProperty ? ` (${(e.params as any).additionalProperty})` : ''}`);
}

/**
 * (Independent of the build step's copy on purpose: the test checks the output, not our validator.)
 * Closes the Ignition schema: unknown keys become errors. Upstream leaves every object open; a
 * file is `allOf: [node, {mode, contents, append}]`, so plain additionalProperties: false would
 * reject the other part's keys. unevaluatedProperties (draft 2019-09) sees through allOf: each
 * object schema is closed unless it is a part of an allOf (inline, or a definition used as one).
 */
function closeIgnitionSchema(schema: any): any {
  const parts = new Set<string>();
  const findParts = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(findParts);
    if (!node || typeof node !== 'object') return;
    for (const p of node.allOf ?? []) if (p.$ref) parts.add(p.$ref);
    Object.values(node).forEach(findParts);
  };
  findParts(schema);
  const close = (node: any, pointer: string, isPart: boolean): any => {
    if (Array.isArray(node)) return node.map((n: any, i: number) => close(n, `${pointer}/${i}`, false));
    if (!node || typeof node !== 'object') return node;
    const out: any = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as object).map(([pk, pv]) => [pk, close(pv, `${pointer}/${k}/${pk}`, false)]));
      else if (k === 'definitions') out[k] = Object.fromEntries(Object.entries(v as object).map(([pk, pv]) => [pk, close(pv, `${pointer}/${k}/${pk}`, parts.has(`${pointer}/${k}/${pk}`))]));
      else if (k === 'allOf') out[k] = (v as any[]).map((p, i) => close(p, `${pointer}/${k}/${i}`, true));
      else out[k] = close(v, `${pointer}/${k}`, false);
    }
    if (!isPart && (out.properties || out.allOf) && out.additionalProperties === undefined) out.unevaluatedProperties = false;
    return out;
  };
  return close(schema, '#', false);
}
