/**
 * Validates emitted manifests against the real upstream CRDs in
 * test/data/reference/crds, strictly: unknown fields are errors (as with
 * `kubectl --validate=strict`), since the API server would prune them.
 * Compiling the 1 MB OSCP schema takes a second or two; it is done once.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { REFERENCE } from './cli.js';

type Schema = Record<string, any>;

const CRD_FILES: Record<string, string> = {
  'core.openstack.org/v1beta1/OpenStackControlPlane': 'core.openstack.org_openstackcontrolplanes.yaml',
  'core.openstack.org/v1beta1/OpenStackVersion': 'core.openstack.org_openstackversions.yaml',
  'external-secrets.io/v1/ExternalSecret': 'third-party/external-secrets.io_externalsecrets.yaml',
  'bitnami.com/v1alpha1/SealedSecret': 'third-party/bitnami.com_sealedsecrets.yaml',
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

function crdValidator(key: string, line: 'main' | '18-stable'): ValidateFunction | undefined {
  const file = CRD_FILES[key];
  if (!file) return undefined;
  const rel = line === '18-stable' && key.endsWith('OpenStackControlPlane') ? `18-stable/${file}` : file;
  const cacheKey = `${rel}`;
  let v = cache.get(cacheKey);
  if (!v) {
    const crd = parse(fs.readFileSync(path.join(REFERENCE, 'crds', rel), 'utf8'), { maxAliasCount: -1 });
    const version = key.split('/')[1];
    const ver = crd.spec.versions.find((x: any) => x.name === version);
    const schema = strictSchema(ver.schema.openAPIV3Schema);
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

/** Errors for one manifest ([] when valid). Kinds without a known schema are an error too. */
export function validateManifest(obj: any, line: 'main' | '18-stable' = 'main'): string[] {
  const key = `${obj?.apiVersion}/${obj?.kind}`;
  const v = key === 'v1/Secret' ? secretSchema : crdValidator(key, line);
  if (!v) return [`no schema for ${key}`];
  if (key === 'v1/Secret' && obj.sops?.mac) obj = sopsDecrypted(obj);
  if (v(obj)) return [];
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
