/**
 * test/data/reference is a copy of ../shared/reference (the project's shared
 * upstream snapshots) so that a clone tests on its own. Where that folder
 * exists beside the repository (a developer's machine, CI), every copied file
 * must equal it byte for byte; on a clone with nothing beside it the
 * comparison is reported as skipped, with the reason.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { REFERENCE, ROOT } from '../support/cli.js';
import { skip } from '../support/skip.js';

const SHARED_REFERENCE = path.resolve(ROOT, '..', 'shared', 'reference');
const NAME = 'test/data/reference equals ../shared/reference, file by file';

if (fs.existsSync(SHARED_REFERENCE)) {
  test(NAME, () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'refresh-reference.mjs'), '--check', SHARED_REFERENCE], { encoding: 'utf8' });
    assert.is(r.status, 0, r.stderr);
  });
} else {
  skip(NAME, `${SHARED_REFERENCE} does not exist (a clone with nothing beside it): nothing to compare the copy with`);
}

test('every folder of the copy keeps its provenance record', () => {
  for (const dir of ['crds', 'crds/third-party', 'samples/upstream', 'samples/peers', 'peers-src']) assert.ok(fs.existsSync(path.join(REFERENCE, dir, 'PROVENANCE.md')), dir);
});

test('the copy says where it came from and how to refresh it', () => {
  const readme = fs.readFileSync(path.join(REFERENCE, 'README.md'), 'utf8');
  assert.match(readme, '../shared/reference');
  assert.match(readme, 'npm run refresh-reference');
});

test.run();
