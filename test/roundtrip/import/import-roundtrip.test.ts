/**
 * The guarantee of `import` (issue 18), over every hand-written control plane
 * in the reference samples and the corpus (sources.ts): render(import(C)),
 * over C's package with what the inventory owns deleted from C, is the same
 * storage as C (test/support/storage-compare.ts), and importing that render
 * gives the same inventory again (fixed point).
 *
 * Render over the unchanged package (C with the imported inventory beside
 * it) must adopt every entry the inventory generates (no flag day); an entry
 * it does not adopt is listed under `adoption` with why (a placeholder the
 * test fills in the inventory but not in C, a published bug fixed), and an
 * unlisted one fails, for every source.
 *
 * expected.yaml, written by hand, says per source what the test fills in
 * (placeholders, Jinja2 variables), which published bugs it fixes in the
 * source first (render refuses them), and which differences are expected,
 * each with its reason; any other difference fails, and so does a listed one
 * (or fill) that no longer happens. docs/import.md's table is generated from it
 * (node scripts/gen-import-table.mjs).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { roundTrip, type Fill, type Outcome, type SourceFix } from './roundtrip.js';
import { allSources, roundTripSources } from './sources.js';
import { ROOT } from '../../support/cli.js';

interface Expected {
  /** The sources with storage, by id. */
  sources: Record<
    string,
    {
      /** What storage it configures (sources.ts storageOf), for the docs table. */
      storage: string;
      /** Values for a Jinja2 template's variables, and why. */
      jinja?: { values: Record<string, string>; reason: string };
      fix?: SourceFix[];
      fill?: Fill[];
      differences?: Array<{ difference: string; reason: string }>;
      /** Secrets the source sends to pods that never read them; the render no longer does. */
      narrowed?: string[];
      fixedPoint?: Array<{ difference: string; reason: string }>;
      /** import refuses the source: a text its error contains, and why that is right or not done. */
      refused?: { error: string; reason: string };
      /** Entries render over the unchanged package does not adopt (adoptionKey of its error), and why. */
      adoption?: Array<{ entry: string; reason: string }>;
      /** render refuses the imported inventory: a text its error contains, and why. */
      renderRefused?: { error: string; reason: string };
    }
  >;
  /** The other sources, by id: what they hold instead of storage, or why they cannot be read. */
  skipped: Record<string, string>;
}

const EXPECTED_FILE = path.join(__dirname, 'expected.yaml');
const expected: Expected = parse(fs.readFileSync(EXPECTED_FILE, 'utf8'));
const sources = allSources();

test('expected.yaml lists every source: with storage under sources, the others under skipped', () => {
  const roundTrips = new Set(roundTripSources().map((s) => s.id));
  assert.equal(Object.keys(expected.sources).sort(), [...roundTrips].sort());
  assert.equal(Object.keys(expected.skipped).sort(), sources.filter((s) => !roundTrips.has(s.id)).map((s) => s.id).sort());
  for (const [id, why] of Object.entries(expected.skipped)) assert.ok(why.trim() && !/^TODO/.test(why), `${id}: skipped without a reason`);
  for (const s of sources) if (roundTrips.has(s.id)) assert.is(expected.sources[s.id]?.storage, s.storage, `${s.id}: storage`);
});

test('docs/import.md round-trip table is up to date (run: node scripts/gen-import-table.mjs)', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-import-table.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
});

test('every expected difference and fill has a reason', () => {
  for (const [id, e] of Object.entries(expected.sources)) {
    for (const x of [...(e.jinja ? [e.jinja] : []), ...(e.fix ?? []), ...(e.fill ?? []), ...(e.differences ?? []), ...(e.fixedPoint ?? []), ...(e.refused ? [e.refused] : []), ...(e.renderRefused ? [e.renderRefused] : []), ...(e.adoption ?? [])]) {
      assert.ok(typeof x.reason === 'string' && x.reason.trim() && !/^(TODO|UNKNOWN)/.test(x.reason), `${id}: an entry without a reason: ${JSON.stringify(x)}`);
    }
  }
});

const byId = new Map(sources.map((s) => [s.id, s]));
const observed: Record<string, Outcome> = {};

for (const [id, e] of Object.entries(expected.sources)) {
  const source = byId.get(id);
  if (!source) continue; // the first test reports it
  test(`round trip: ${id}`, () => {
    const outcome = roundTrip(source, e.fill ?? [], e.fix ?? [], e.jinja?.values ?? {});
    observed[id] = outcome;
    if (e.refused) {
      assert.ok(outcome.importErrors.some((l) => l.includes(e.refused!.error)), `import should refuse with "${e.refused.error}", got:\n${outcome.importErrors.join('\n') || '(no error)'}`);
      return;
    }
    assert.equal(outcome.importErrors, [], 'import refused the source');
    assert.equal(outcome.unfilled, [], 'placeholders the test does not fill (add them under fill:)');
    if (e.renderRefused) {
      assert.ok(outcome.renderErrors.some((l) => l.includes(e.renderRefused!.error)), `render should refuse with "${e.renderRefused.error}", got:\n${outcome.renderErrors.join('\n') || '(no error)'}`);
      return;
    }
    assert.equal(outcome.renderErrors, [], `render refused the imported inventory:\n${outcome.inventoryText}`);
    // No flag day: render over the unchanged package adopts every entry but the listed ones.
    assert.equal(outcome.adoptionErrors.map(adoptionKey).sort(), (e.adoption ?? []).map((a) => a.entry).sort(), `render over the unchanged package (adoption):\n${outcome.adoptionErrors.join('\n')}`);
    assert.equal(outcome.differences, (e.differences ?? []).map((d) => d.difference).sort(), 'differences from the source');
    assert.equal(outcome.overShared, [...(e.narrowed ?? [])].sort(), 'Secrets the source over-shares');
    assert.equal(outcome.fixedPoint, (e.fixedPoint ?? []).map((d) => d.difference), 'import(render(import(C))) = import(C)');
  });
}

/**
 * What an adoption error is about, stable across wording changes: the rule, the
 * inventory field and the hand-written entry or object it collides with, e.g.
 * "RB091 spec.cinder.backups[0] spec.cinder.template.cinderBackup".
 */
export function adoptionKey(error: string): string {
  const m = /error\[(RB\d+)\]: (\S+?):/.exec(error);
  const hand = /defines (\S+) by hand/.exec(error) ?? /already has an? (\S+ \S+?) \(/.exec(error) ?? /(\S+) already mounts/.exec(error);
  return [m?.[1] ?? 'error', m?.[2] ?? error.slice(0, 80), hand?.[1]].filter(Boolean).join(' ');
}

// UPDATE_FIXTURES=1 prints what was observed, ROUNDTRIP_OBSERVED=FILE writes it as JSON, to review and
// give reasons in expected.yaml (nothing writes that file: a reason is a person's judgement).
test('report', () => {
  if (process.env.ROUNDTRIP_OBSERVED) fs.writeFileSync(process.env.ROUNDTRIP_OBSERVED, JSON.stringify(observed, null, 1));
  if (process.env.UPDATE_FIXTURES !== '1') return;
  const lines: string[] = [];
  for (const [id, o] of Object.entries(observed)) lines.push(`${id}:`, ...describe(o).map((l) => `  ${l}`));
  process.stdout.write(`\nobserved round trips:\n${lines.join('\n')}\n`);
});

function describe(o: Outcome): string[] {
  return [
    ...o.importErrors.map((l) => `import error: ${l}`),
    ...o.unfilled.map((l) => `unfilled: ${l}`),
    ...o.adoptionErrors.map((l) => `adoption error: ${JSON.stringify(adoptionKey(l))}: ${l}`),
    ...o.renderErrors.map((l) => `render error: ${l}`),
    ...o.differences.map((l) => `difference: ${JSON.stringify(l)}`),
    ...o.overShared.map((l) => `narrowed: ${JSON.stringify(l)}`),
    ...o.fixedPoint.map((l) => `fixed point: ${JSON.stringify(l)}`),
  ];
}


test.run();
