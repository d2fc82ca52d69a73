/**
 * Flux keeps the last render in --output-dir, outside the package: a release
 * bump that keeps the old partner images must be refused there too (RB300),
 * because the committed OpenStackVersion is the previous release.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from '../support/cli.js';

test('render --output-dir refuses a bump that keeps the images of the committed render', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-outdir-bump-'));
  try {
    const pkg = path.join(tmp, 'pkg');
    const out = path.join(tmp, 'rendered');
    fs.mkdirSync(pkg);
    const inventory = fs.readFileSync(path.join(ROOT, 'examples', 'minor-update', 'inventory.yaml'), 'utf8');
    fs.writeFileSync(path.join(pkg, 'inventory.yaml'), inventory);
    const first = runCli(['render', pkg, '--output-dir', out]);
    assert.is(first.code, 0, first.stderr);

    // Only the release moves; the images stay on 18.0.3.
    const bumped = inventory.replace('version: "18.0.3"', 'version: "18.0.4"').replace('targetVersion: 18.0.3-20241126.1', 'targetVersion: 18.0.4-20250110.1');
    assert.is.not(bumped, inventory);
    fs.writeFileSync(path.join(pkg, 'inventory.yaml'), bumped);
    const before = fs.readdirSync(out).sort().map((f) => fs.readFileSync(path.join(out, f), 'utf8'));
    const second = runCli(['render', pkg, '--output-dir', out]);
    assert.is(second.code, 1, second.stderr);
    assert.match(second.stderr, /error\[RB300\]/);
    const after = fs.readdirSync(out).sort().map((f) => fs.readFileSync(path.join(out, f), 'utf8'));
    assert.equal(after, before, 'the committed render is left as it was');

    // Without the output dir there is no previous release to compare with (no RB300);
    // the 18.0.3 tags on an 18.0.4 release are still refused, by RB134.
    const alone = runCli(['render', pkg]);
    assert.is(alone.code, 1);
    assert.not.match(alone.stderr, /RB300/);
    assert.match(alone.stderr, /error\[RB134\]/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
