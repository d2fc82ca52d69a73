/**
 * Property: `validate` on mutated upstream samples (published RHOSO control
 * planes, service CRs, Secrets) exits 0 or 1, prints nothing on stdout, and
 * every error says where; never a crash.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runInProcess } from '../../functions/cli.js';
import { mutateObject, mutateText, upstreamSamples, yamlText } from './arbitraries.js';
import { checkProperty, Outcomes } from './fuzz.js';
import { assertLocatedFailure, assertNoCrash, fail, jsonDiagnostics } from './outcome.js';

const samples = upstreamSamples(/^(openstack|cinder|glance|manila)-operator__config__samples__/).filter((s) => !/kustomization\.yaml$/.test(s.name));

const objectOp = fc.oneof(
  fc.record({ op: fc.constant('set'), at: fc.nat(), value: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([])) }),
  fc.record({ op: fc.constant('delete'), at: fc.nat() }),
  fc.record({ op: fc.constant('unknown-field'), at: fc.nat(), key: fc.constantFrom('extraMount', 'customServiceConfg', 'replica', 'x') }),
);
const textOp = fc.oneof(
  fc.record({ op: fc.constant('delete-line'), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line'), at: fc.nat() }),
  fc.record({ op: fc.constant('indent'), at: fc.nat(), by: fc.constantFrom(' ', '\t') }),
  fc.record({ op: fc.constant('insert'), at: fc.nat(), text: fc.constantFrom(': x', '&a', '*a', '- ', '"', '{', '0644', '\u0000') }),
  fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
);

/** 1 to 3 samples, each unchanged, structurally mutated or textually mutated. */
const packageCase = fc.array(
  fc.record({ sample: fc.nat(), objectOps: fc.array(objectOp, { maxLength: 2 }), textOps: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(textOp, { minLength: 1, maxLength: 2 }) }) }),
  { minLength: 1, maxLength: 3 },
).map((files) =>
  files.map((f, i) => {
    const sample = samples[f.sample % samples.length];
    let text = sample.text;
    if (f.objectOps.length) {
      const docs = parseAllDocuments(text, { version: '1.1' });
      const objs = (Array.isArray(docs) ? docs : [docs]).map((d) => d.toJS({ maxAliasCount: -1 }));
      text = objs.map((o) => yamlText((f.objectOps as unknown[]).reduce<any>((acc, m) => (acc && typeof acc === 'object' ? mutateObject(acc, m) : acc), o), false)).join('---\n');
    }
    text = (f.textOps as unknown[]).reduce<string>((acc, m) => mutateText(acc, m), text);
    return { name: `${i}-${sample.name}`, text };
  }),
);

test('validate: mutated upstream samples give located errors or a clean pass, never a crash', async () => {
  assert.ok(samples.length > 20, 'upstream samples are missing');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-prop-val-'));
  const outcomes = new Outcomes();
  let n = 0;
  try {
    await checkProperty(
      'validate(samples)',
      packageCase,
      async (files) => {
        const dir = path.join(root, String(n++));
        fs.mkdirSync(dir);
        for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.text);
        const run = await runInProcess(['validate', dir, '--format', 'json']);
        fs.rmSync(dir, { recursive: true, force: true });
        assertNoCrash(run);
        // validate --format json prints its findings on stdout and nothing on stderr (docs/cli.md);
        // the checks below read diagnostics where the other commands print them.
        if (run.stderr !== '') fail('validate --format json wrote to stderr', run);
        const r = { ...run, stdout: '', stderr: run.stdout };
        const diagnostics = jsonDiagnostics(r);
        if (r.code === 1) {
          assertLocatedFailure(r, diagnostics);
          outcomes.add('refused');
        } else {
          if (diagnostics.some((d) => d.severity === 'error')) fail('exit 0 with error diagnostics', r);
          outcomes.add('passed');
        }
      },
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  process.stdout.write(`  validate(samples) outcomes: ${outcomes}\n`);
  assert.ok(outcomes.get('refused') > 0, `nothing refused: ${outcomes}`);
});

test.run();
