#!/usr/bin/env node
// Dev-time: extracts the parts of the upstream CRDs that rhoso-backends emits or
// validates, converted to strict JSON Schema, into schemas/crd/*.json (committed).
//
//   node scripts/extract-crd-subsets.mjs [--check] [REFERENCE_DIR]
//
// REFERENCE_DIR defaults to test/data/reference/crds (the copy of ../shared/reference/crds). With --check nothing is
// written; the exit code is 1 when a committed subset differs from a fresh
// extraction. The shipped tool and `npm run build` never read the CRDs: the
// build compiles the committed subsets (scripts/build-steps/crd-validators.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SUBSET_DIR = path.join(root, 'schemas', 'crd');

/** Storage sections of OpenStackControlPlane.spec the tool writes or checks, in full. */
export const CONTROL_PLANE_SECTIONS = ['extraMounts', 'cinder', 'manila', 'glance', 'secret', 'storageClass'];

/** What to extract: output file, CRD file (relative to the reference dir), which spec fields to keep in full. */
export const SUBSETS = [
  { out: 'openstackcontrolplane-main.json', crd: 'core.openstack.org_openstackcontrolplanes.yaml', line: 'main', sections: CONTROL_PLANE_SECTIONS },
  { out: 'openstackcontrolplane-18-stable.json', crd: '18-stable/core.openstack.org_openstackcontrolplanes.yaml', line: '18-stable', sections: CONTROL_PLANE_SECTIONS },
  // One OpenStackVersion CRD serves both lines (byte-identical on 18-stable, see PROVENANCE.md).
  { out: 'openstackversion.json', crd: 'core.openstack.org_openstackversions.yaml', line: 'main, 18-stable', sections: 'all' },
];

/**
 * Kubernetes structural schema -> strict JSON Schema, as `kubectl --validate=strict`
 * sees it: objects with declared properties reject unknown fields (unless
 * x-kubernetes-preserve-unknown-fields), int-or-string accepts both, and what
 * JSON Schema validators cannot check (CEL x-kubernetes-validations, list-map
 * keys, formats, descriptions) is dropped.
 */
export function strictSchema(s) {
  if (Array.isArray(s)) return s.map(strictSchema);
  if (!s || typeof s !== 'object') return s;
  const out = {};
  for (const [k, v] of Object.entries(s)) {
    if (k.startsWith('x-kubernetes-') || k === 'description' || k === 'format' || k === 'default') continue;
    if (k === 'properties' || k === 'patternProperties') {
      out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, strictSchema(pv)]));
    } else out[k] = typeof v === 'object' ? strictSchema(v) : v;
  }
  if (s['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = out.anyOf ?? [{ type: 'integer' }, { type: 'string' }];
  }
  if (out.properties && out.additionalProperties === undefined && !s['x-kubernetes-preserve-unknown-fields']) out.additionalProperties = false;
  if (Array.isArray(out.required) && s.properties) {
    // What is "required" but never missing by the time the API server validates:
    // fields with a schema default (applied first), and objects, which the
    // operators' mutating webhooks always write back (a Go struct round trip
    // turns an absent struct into {}). Upstream samples rely on both.
    out.required = out.required.filter((name) => {
      const p = s.properties[name];
      return p && p.default === undefined && p.type !== 'object';
    });
    if (out.required.length === 0) delete out.required;
  }
  return out;
}

/** The snapshot commit(s) named in the reference PROVENANCE.md, for the subset's provenance. */
function provenance(referenceDir, crd) {
  const text = fs.readFileSync(path.join(referenceDir, 'PROVENANCE.md'), 'utf8');
  if (crd.startsWith('18-stable/')) {
    const m = text.match(/`18-stable` @ `([0-9a-f]{40})`/);
    return { repository: 'openstack-k8s-operators/openstack-operator', branch: '18-stable', commit: m?.[1] };
  }
  const m = text.match(/Snapshot commit: `([0-9a-f]{40})`/);
  return { repository: 'openstack-k8s-operators/openstack-operator', branch: 'main', commit: m?.[1] };
}

/** One subset: the CRD's v1beta1 schema with spec reduced to `sections` (other spec fields accepted as written). */
export function extractSubset(referenceDir, subset) {
  const crd = parse(fs.readFileSync(path.join(referenceDir, subset.crd), 'utf8'), { maxAliasCount: -1 });
  const version = crd.spec.versions.find((v) => v.name === 'v1beta1');
  const full = version.schema.openAPIV3Schema;
  const spec = full.properties.spec;
  const keep = subset.sections === 'all' ? Object.keys(spec.properties) : subset.sections;
  const properties = {};
  for (const name of Object.keys(spec.properties).sort()) {
    // Fields outside the tool's sections are listed (so a misspelt section is
    // still an unknown field) but not checked: `{}` accepts any value.
    properties[name] = keep.includes(name) ? strictSchema(spec.properties[name]) : {};
  }
  const source = provenance(referenceDir, subset.crd);
  return {
    $comment: `Generated by scripts/extract-crd-subsets.mjs from ${source.repository}@${source.commit} (${source.branch}) ${subset.crd.replace(/^18-stable\//, '')}; do not edit.`,
    title: `${crd.spec.names.kind} (${subset.line}): ${subset.sections === 'all' ? 'spec' : `spec.{${keep.join(',')}}`}`,
    type: 'object',
    properties: {
      // apiVersion/kind/metadata are the API server's to check, not the CRD schema's.
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      spec: { type: 'object', required: spec.required ?? [], properties, additionalProperties: false },
      status: { type: 'object' },
    },
    additionalProperties: false,
  };
}

export function render(schema) {
  return JSON.stringify(schema, null, 2) + '\n';
}

async function main(argv) {
  const check = argv.includes('--check');
  const positional = argv.filter((a) => !a.startsWith('--'));
  const referenceDir = path.resolve(positional[0] ?? path.join(root, 'test', 'data', 'reference', 'crds'));
  if (!fs.existsSync(referenceDir)) {
    process.stderr.write(`extract-crd-subsets: no CRD reference directory at ${referenceDir}\n`);
    return 2;
  }
  fs.mkdirSync(SUBSET_DIR, { recursive: true });
  let stale = 0;
  for (const subset of SUBSETS) {
    const file = path.join(SUBSET_DIR, subset.out);
    const text = render(extractSubset(referenceDir, subset));
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      stale++;
      process.stderr.write(`schemas/crd/${subset.out} differs from a fresh extraction; run node scripts/extract-crd-subsets.mjs\n`);
    } else {
      fs.writeFileSync(file, text);
      process.stdout.write(`wrote schemas/crd/${subset.out} (${text.length} bytes)\n`);
    }
  }
  return stale ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
