/**
 * Property: for any ResourceList on stdin, `fn` exits 0 or 1, never crashes,
 * and when it fails it hands the items back untouched (no partial output)
 * with error results that say where; what it generates is CRD-valid.
 */
import { parseAllDocuments, parseDocument } from 'yaml';
import { YAML_OPTIONS } from '../../functions/lib/io/yaml.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runInProcess } from '../../functions/cli.js';
import { validateManifest } from '../support/crd.js';
import { resourceListCase, upstreamSamples } from './arbitraries.js';
import { checkProperty, Outcomes } from './fuzz.js';
import { assertNoCrash, fail, type RunOutcome } from './outcome.js';

const INTERNAL_ANNOTATIONS = /^(internal\.)?config\.kubernetes\.io\/(path|index|id)$|^config\.k8s\.io\/id$|^internal\.config\.kubernetes\.io\//;

/** An item with kpt's bookkeeping annotations removed, for comparing input and output. */
function withoutBookkeeping(item: any): any {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
  const copy = structuredClone(item);
  // `metadata: null` / `annotations: null` is none at all; fn must make a map there to record the item's path.
  if (copy.metadata === null) delete copy.metadata;
  if (copy.metadata && typeof copy.metadata === 'object' && copy.metadata.annotations === null) delete copy.metadata.annotations;
  const ann = copy.metadata?.annotations;
  if (ann && typeof ann === 'object') {
    for (const k of Object.keys(ann)) if (INTERNAL_ANNOTATIONS.test(k)) delete ann[k];
    if (Object.keys(ann).length === 0) delete copy.metadata.annotations;
  }
  // fn adds metadata.annotations to items that had no metadata at all.
  if (copy.metadata && typeof copy.metadata === 'object' && Object.keys(copy.metadata).length === 0) delete copy.metadata;
  return copy;
}

/** Where two plain values first differ ('' when equal). */
function firstDifference(a: unknown, b: unknown, at: string): string {
  if (Object.is(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as any)[k], (b as any)[k], `${at}.${k}`);
      if (d) return d;
    }
    return '';
  }
  return `${at}: ${JSON.stringify(b)?.slice(0, 80)} -> ${JSON.stringify(a)?.slice(0, 80)}`;
}

const isGenerated = (o: any) => o?.metadata?.labels?.['app.kubernetes.io/managed-by'] === 'rhoso-backends';

test('fn: any ResourceList gives a ResourceList back, errors as results, never a crash', async () => {
  const controlPlanes = upstreamSamples(/core_v1beta1_openstackcontrolplane(_galera|_network_isolation)?\.yaml$/);
  assert.ok(controlPlanes.length > 0, 'upstream control plane samples are missing');
  const outcomes = new Outcomes();
  await checkProperty('fn(ResourceList)', resourceListCase(controlPlanes), async (c) => {
    const r: RunOutcome = await runInProcess(['fn'], { stdin: c.text });
    assertNoCrash(r);
    if (r.stdout === '') {
      // Only when stdin is not a ResourceList at all: then the reason is on stderr, located.
      if (r.code !== 1) fail('no output but exit 0', r);
      if (!/^<stdin>:\d+:\d+: error\[/m.test(r.stderr)) fail('stdin rejected without a located error', r);
      outcomes.add('not-a-resource-list');
      return;
    }
    const out = parseDocument(r.stdout, YAML_OPTIONS);
    if (out.errors.length) fail(`stdout is not YAML: ${out.errors[0].message}`, r);
    const list = out.toJS({ maxAliasCount: -1 });
    if (list?.kind !== 'ResourceList') fail('stdout is not a ResourceList', r);
    const results: any[] = list.results ?? [];
    const errors = results.filter((x) => x.severity === 'error');
    if ((r.code === 1) !== errors.length > 0) fail('exit code and error results disagree', r);
    for (const e of errors) {
      if (typeof e.message !== 'string' || !/^\[[^\]]+\] /.test(e.message)) fail(`result without a rule id: ${JSON.stringify(e)}`, r);
      if (!e.file?.path && !e.field?.path && !e.resourceRef) fail(`error result that says nowhere: ${JSON.stringify(e)}`, r);
    }
    const input = parseAllDocuments(c.text, YAML_OPTIONS);
    const inItems: any[] = (Array.isArray(input) ? input[0] : input).toJS({ maxAliasCount: -1 })?.items ?? [];
    if (r.code === 1) {
      // No partial output: the items go back as they came.
      const changed = firstDifference(list.items.map(withoutBookkeeping), inItems.map(withoutBookkeeping), 'items');
      if (changed) fail(`items changed although fn failed: ${changed}`, r);
      outcomes.add('refused');
      return;
    }
    const line = JSON.stringify(list.functionConfig ?? inItems).includes('operatorLine: main') || /operatorLine: main/.test(c.text) ? 'main' : '18-stable';
    const untouched = new Set(inItems.map((i) => JSON.stringify(withoutBookkeeping(i))));
    for (const item of list.items) {
      // What fn wrote: generated resources and the control plane / version it edited.
      if (!isGenerated(item) && !item?.metadata?.annotations?.['backends.rhoso.io/managed-fields']) continue;
      if (untouched.has(JSON.stringify(withoutBookkeeping(item)))) continue;
      const problems = validateManifest(withoutBookkeeping(item), line).filter((e) => !/spec: must have required property 'targetVersion'$/.test(e));
      if (problems.length) fail(`generated ${item.kind} is not CRD-valid: ${problems.slice(0, 3).join('; ')}`, r);
    }
    outcomes.add(list.items.some(isGenerated) ? 'rendered' : 'passed-through');
  });
  process.stdout.write(`  fn(ResourceList) outcomes: ${outcomes}\n`);
  assert.ok(outcomes.get('rendered') >= outcomes.total() * 0.1, `too few rendered lists: ${outcomes}`);
  assert.ok(outcomes.get('refused') >= outcomes.total() * 0.1, `too few refused lists: ${outcomes}`);
});

test.run();
