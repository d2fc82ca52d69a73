/**
 * import fixtures: test/import/cases/<case>/ holds input/ (the hand-written
 * package), expect.json (written by a person: the fields the inventory must
 * have, what must be kept, the placeholders, the notes, values that must
 * never be shown, and whether the inventory renders), and the regenerated
 * golden files expected.yaml (the inventory text) and expected.txt (the
 * diagnostics, kept entries and placeholders). The golden files are compared
 * too, but expect.json decides what the case is about.
 * UPDATE_FIXTURES=1 rewrites expected.yaml and expected.txt (review the diff).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDocument } from 'yaml';
import { formatText } from '../../functions/lib/diagnostics/format.js';
import { importPackage, type ImportResult } from '../../functions/lib/import/index.js';
import { readInputs } from '../../functions/lib/io/package.js';
import type { Item } from '../../functions/lib/io/resources.js';
import { runPipeline } from '../../functions/lib/pipeline/run.js';

const CASES = path.join(__dirname, 'cases');
const update = process.env.UPDATE_FIXTURES === '1';

interface Expect {
  /** Inventory fields by dotted path (`spec.cinder.backends.0.driver`) and their exact value. */
  fields?: Record<string, unknown>;
  /** Dotted paths that must not be in the inventory. */
  absent?: string[];
  /** Pointers (file#pointer) that must be listed as kept; the list is complete. */
  kept?: string[];
  /** Dotted paths of the placeholders; the list is complete. */
  placeholders?: string[];
  /** Substrings of diagnostics (`rule: text`) that must be reported. */
  notes?: string[];
  /** Values that must appear nowhere in the inventory or the diagnostics. */
  neverShown?: string[];
  /** What rendering the inventory alone gives: "ok" or the rules of its errors. */
  render: 'ok' | string[];
  /** Values that replace the placeholders; the filled inventory must then render. */
  fill?: Record<string, unknown>;
  /**
   * Fields where importing the rendered output does not give the inventory
   * back (fixed point), each with why; every other field must come back.
   */
  notFixedPoint?: Record<string, string>;
}

function runImport(dir: string): ImportResult {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const read = readInputs(['.']);
    assert.equal(read.diagnostics, [], `${dir}: inputs must parse`);
    return importPackage(read.items, { sourceLabel: 'input/' });
  } finally {
    process.chdir(cwd);
  }
}

const get = (obj: unknown, dotted: string) => dotted.split('.').reduce<any>((o, k) => (o === undefined || o === null ? undefined : o[k]), obj);

/** Renders an inventory text alone (generator mode): the error rules ([] when it renders) and the output. */
function render(text: string): { errors: string[]; items: Item[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-import-'));
  try {
    fs.writeFileSync(path.join(dir, 'inventory.yaml'), text);
    const read = readInputs([dir]);
    const result = runPipeline(read.items, { packageRoot: read.root });
    return { errors: [...new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule))].sort(), items: result.items };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Dotted paths where two values differ. */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => differences((a as any)[k], (b as any)[k], at ? `${at}.${k}` : k));
  }
  return [at];
}

function goldenText(r: ImportResult): string {
  return [
    ...r.diagnostics.map(formatText),
    ...r.kept.map((k) => `kept ${k.path}#${k.pointer}: ${k.why}`),
    ...r.placeholders.map((p) => `placeholder ${p.field.join('.')}: ${p.what}`),
  ].join('\n') + '\n';
}

for (const name of fs.readdirSync(CASES).sort()) {
  const dir = path.join(CASES, name);
  test(`import ${name}`, () => {
    const expect = JSON.parse(fs.readFileSync(path.join(dir, 'expect.json'), 'utf8')) as Expect;
    const r = runImport(path.join(dir, 'input'));
    const golden = goldenText(r);

    for (const [field, value] of Object.entries(expect.fields ?? {})) assert.equal(get(r.inventory, field), value, `${name}: ${field}`);
    for (const field of expect.absent ?? []) assert.is(get(r.inventory, field), undefined, `${name}: ${field} must be absent`);
    assert.equal(r.kept.map((k) => `${k.path}#${k.pointer}`), expect.kept ?? [], `${name}: kept`);
    assert.equal(r.placeholders.map((p) => p.field.join('.')), expect.placeholders ?? [], `${name}: placeholders`);
    for (const n of expect.notes ?? []) assert.ok(r.diagnostics.some((d) => `${d.rule}: ${d.message} ${d.hint ?? ''}`.includes(n)), `${name}: expected a diagnostic with "${n}"\n${golden}`);
    for (const secret of expect.neverShown ?? []) {
      assert.not.ok(r.inventoryText.includes(secret), `${name}: the inventory shows a credential`);
      assert.not.ok(golden.includes(secret), `${name}: a diagnostic shows a credential`);
    }
    // The text is the data, marked local-config, with the editor's schema line.
    assert.is(r.inventory.metadata.annotations['config.kubernetes.io/local-config'], 'true');
    assert.equal(parseDocument(r.inventoryText).toJS(), r.inventory);
    assert.match(r.inventoryText, /^# yaml-language-server: \$schema=\S+backend-inventory\.schema\.json\n/);

    const rendered = render(r.inventoryText);
    assert.equal(rendered.errors, expect.render === 'ok' ? [] : expect.render, `${name}: render`);
    let renderable = rendered;
    let filled = r.inventory;
    if (expect.fill) {
      const doc = parseDocument(r.inventoryText);
      for (const [field, value] of Object.entries(expect.fill)) doc.setIn(field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), value);
      renderable = render(doc.toString());
      filled = doc.toJS();
      assert.equal(renderable.errors, [], `${name}: render with the placeholders filled in`);
    }
    // Fixed point: importing what the inventory renders gives the inventory back.
    if (renderable.errors.length === 0) {
      const again = importPackage(renderable.items).inventory;
      assert.equal(differences(filled.spec, again.spec, 'spec'), Object.keys(expect.notFixedPoint ?? {}), `${name}: import(render(inventory))`);
    }

    if (update) {
      fs.writeFileSync(path.join(dir, 'expected.yaml'), r.inventoryText);
      fs.writeFileSync(path.join(dir, 'expected.txt'), golden);
    }
    assert.fixture(r.inventoryText, fs.readFileSync(path.join(dir, 'expected.yaml'), 'utf8'));
    assert.fixture(golden, fs.readFileSync(path.join(dir, 'expected.txt'), 'utf8'));
  });
}

test('import is deterministic and does not change its input', () => {
  const dir = path.join(CASES, 'ceph-hci', 'input');
  const before = fs.readFileSync(path.join(dir, 'control-plane.yaml'), 'utf8');
  assert.is(runImport(dir).inventoryText, runImport(dir).inventoryText);
  assert.is(fs.readFileSync(path.join(dir, 'control-plane.yaml'), 'utf8'), before);
});

test.run();
