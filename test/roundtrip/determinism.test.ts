/**
 * Determinism: the same input gives byte-identical output whatever the time
 * zone, locale, order of files on disk or order of keys in the inventory's
 * mappings. (Significant orders, documented in docs/security.md: the order
 * of list items, e.g. back ends, and of documents within a file.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runInProcess } from '../../functions/cli.js';
import { ROOT, runCli } from '../support/cli.js';
import { validInventory, yamlText } from '../property/arbitraries.js';

const examples = fs
  .readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => path.join('examples', e.name));

const ENVIRONMENTS: NodeJS.ProcessEnv[] = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Asia/Kathmandu', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, // +05:45, dotless i
  { TZ: 'America/St_Johns', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }, // -03:30, decimal comma
  { TZ: 'Pacific/Kiritimati', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8', LANGUAGE: 'ja' }, // +14:00
];

test('render output is byte-identical across time zones and locales (spawned)', () => {
  assert.ok(examples.length > 0);
  for (const example of examples) {
    const outputs = ENVIRONMENTS.map((env) => runCli(['render', example], { env }));
    for (const r of outputs) assert.is(r.code, outputs[0].code, `${example}: ${r.stderr}`);
    for (const r of outputs.slice(1)) {
      assert.is(r.stdout, outputs[0].stdout, `${example}: stdout differs`);
      assert.is(r.stderr, outputs[0].stderr, `${example}: diagnostics differ`);
    }
  }
});

/** Copies `from` into a new folder, creating files in the given order. */
function copyInOrder(from: string, order: (names: string[]) => string[]): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-order-'));
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(path.relative(from, p));
    }
  };
  walk(from);
  for (const rel of order(files)) {
    fs.mkdirSync(path.dirname(path.join(to, rel)), { recursive: true });
    fs.copyFileSync(path.join(from, rel), path.join(to, rel));
  }
  return to;
}

test('render output does not depend on the order files were created in', async () => {
  for (const example of examples) {
    const src = path.join(ROOT, example);
    const dirs = [copyInOrder(src, (n) => [...n].sort()), copyInOrder(src, (n) => [...n].sort().reverse()), copyInOrder(src, (n) => [...n].sort((a, b) => a.length - b.length || b.localeCompare(a)))];
    try {
      // Paths in diagnostics name the folder: compare them relative to it.
      const outs = await Promise.all(dirs.map(async (d) => {
        const r = await runInProcess(['render', d]);
        return { ...r, stderr: r.stderr.split(d).join('<pkg>') };
      }));
      for (const o of outs.slice(1)) assert.equal(o, outs[0], `${example}: output depends on file order`);
    } finally {
      for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    }
  }
});

/**
 * Mappings whose key order the output keeps on purpose: their entries become
 * ordered things (INI lines of options and credentials, ExternalSecret data
 * entries), so reordering them is a visible change the user asked for.
 */
const ORDERED_MAPS = new Set(['options', 'values', 'data', 'nodeSelector', 'annotations', 'labels', 'volume']);

/** The same YAML with the keys of every structural mapping in a different order (lists and ORDERED_MAPS kept). */
function permuteKeys(text: string, seed: number): string {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff), s);
  const shuffle = (v: unknown, key = ''): unknown => {
    if (Array.isArray(v)) return v.map((x) => shuffle(x));
    if (v && typeof v === 'object') {
      const entries = Object.entries(v).map(([k, x]) => [k, shuffle(x, k)] as const);
      if (ORDERED_MAPS.has(key)) return Object.fromEntries(entries);
      for (let i = entries.length - 1; i > 0; i--) {
        const j = next() % (i + 1);
        [entries[i], entries[j]] = [entries[j], entries[i]];
      }
      return Object.fromEntries(entries);
    }
    return v;
  };
  return stringify(shuffle(parseDocument(text, { version: '1.1' }).toJS()), { version: '1.1', lineWidth: 0 });
}

test('property: the order of keys in structural inventory mappings does not change the output', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-keys-'));
  try {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(validInventory(), fc.nat(), async (inv, seed) => {
        const text = yamlText(inv, false);
        fs.writeFileSync(path.join(dir, 'inventory.yaml'), text);
        const a = await runInProcess(['render', dir]);
        fs.writeFileSync(path.join(dir, 'inventory.yaml'), permuteKeys(text, seed));
        const b = await runInProcess(['render', dir]);
        assert.is(b.code, a.code, b.stderr);
        if (a.code !== 0) return;
        rendered++;
        assert.is(b.stdout, a.stdout);
      }),
      { numRuns: 150, seed: 99 },
    );
    assert.ok(rendered > 50, `only ${rendered} inventories rendered`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('rendering the same input twice in one process is byte-identical (no hidden state)', async () => {
  for (const example of examples) {
    const a = await runInProcess(['render', example]);
    const b = await runInProcess(['render', example]);
    assert.equal(b, a);
  }
});

test.run();
