/**
 * Adoption of the computes' hand-written objects (docs/dataplane.md): a
 * ConfigMap or OpenStackDataPlaneService the package already has under the
 * name the inventory generates is kept as written, and owned by the
 * inventory, when it reads the same to the operator and nova; otherwise
 * render reports what differs (RB214). `adopt` then deletes the adopted
 * objects (pipeline/hand-over.ts), so the inventory writes its own.
 *
 * "Reads the same": a ConfigMap's nova config keys as nova reads them (INI
 * options in any order and spacing, ini/compare.ts); a service's spec field
 * by field, its dataSources as the operator reads them (a name written
 * beside `configMapRef: null` is no source, DATAPLANE.md §6 row 1), fields
 * the CRD does not have (`label`, pruned by the API server) and defaults left
 * out (caCerts combined-ca-bundle, addCertMounts false) read alike.
 */
import { isDeepStrictEqual } from 'node:util';
import { compareIni, describeIniDifference } from '../ini/compare.js';
import type { Item } from '../io/resources.js';
import { SECRET_OPTION } from '../rules/inventory/credential-keys.js';
import { dataSourcesOf } from './read.js';

export interface AdoptedObject {
  item: Item;
  kind: string;
  name: string;
  /** The inventory node set it was adopted for (messages). */
  nodeSet: string;
}

type Obj = Record<string, any>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const mask = (key: string, value: string) => (SECRET_OPTION.test(key) ? '***' : value);

/** Service spec fields the CRD does not define (the API server drops them). */
const PRUNED = new Set(['label']);
/** Service spec defaults (OpenStackDataPlaneService CRD). */
const SERVICE_DEFAULTS: Obj = { caCerts: 'combined-ca-bundle', addCertMounts: false, deployOnAllNodeSets: false };

/** What differs between the generated object and the hand-written one, one line each (empty: they read the same). */
export function objectDifferences(generated: Obj, written: Obj): string[] {
  if (generated.kind === 'ConfigMap') return configMapDifferences(obj(generated.data), obj(written.data));
  return serviceDifferences(obj(generated.spec), obj(written.spec));
}

function configMapDifferences(generated: Obj, written: Obj): string[] {
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(generated), ...Object.keys(written)])].sort()) {
    if (!(key in written)) out.push(`data.${key} is missing`);
    else if (!(key in generated)) out.push(`data.${key} is extra`);
    else {
      const lines = compareIni(String(generated[key]), String(written[key] ?? '')).map((d) => describeIniDifference(d, mask));
      if (lines.length) out.push(`data.${key}: ${lines.join(', ')}`);
    }
  }
  return out;
}

function serviceDifferences(generated: Obj, written: Obj): string[] {
  const out: string[] = [];
  const read = (spec: Obj) => {
    const o: Obj = { ...SERVICE_DEFAULTS };
    for (const [k, v] of Object.entries(spec)) if (!PRUNED.has(k) && v !== null && v !== undefined) o[k] = v;
    o.dataSources = dataSourcesOf({ spec }).filter((d) => !d.misplaced).map((d) => `${d.kind} ${d.name}`).sort();
    return o;
  };
  const g = read(generated);
  const w = read(written);
  for (const key of [...new Set([...Object.keys(g), ...Object.keys(w)])].sort()) {
    if (isDeepStrictEqual(sortKeys(g[key]), sortKeys(w[key]))) continue;
    if (key === 'dataSources') {
      const missing = (g.dataSources as string[]).filter((d) => !w.dataSources.includes(d));
      const extra = (w.dataSources as string[]).filter((d) => !g.dataSources.includes(d));
      out.push(`spec.dataSources: ${[...missing.map((d) => `${d} is missing`), ...extra.map((d) => `${d} is extra`)].join(', ')}`);
    } else if (w[key] === undefined) out.push(`spec.${key} is missing`);
    else if (g[key] === undefined) out.push(`spec.${key} is extra`);
    else out.push(`spec.${key} is ${JSON.stringify(g[key])}, not ${JSON.stringify(w[key])}`);
  }
  return out;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Obj)[k])]));
}
