/**
 * Acceptance for issue 8: examples/minor-update (RHOSO 18.0.3, Pure and 3PAR
 * partner images, two stock-image drivers) bumped to 18.0.4 by
 * `plan-update --write`. The rewritten inventory must equal the hand-written
 * expected file byte for byte (comments, quoting and layout kept), and the
 * rendered OpenStackVersion must carry the 18.0.4 images and targetVersion,
 * including in the kpt flow where the package holds the previous render.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from '../support/cli.js';
import { validateManifest } from '../support/crd.js';
import { parseStream } from '../support/yaml.js';

const EXAMPLE = path.join(ROOT, 'examples', 'minor-update');
const EXPECTED = path.join(ROOT, 'test', 'update', 'fixtures', 'minor-update', 'inventory.18.0.4.yaml');
const TO = '18.0.4-20250110.1';
const PURE = 'registry.connect.redhat.com/purestorage/openstack-cinder-volume-pure-18-0';
const HPE = 'registry.connect.redhat.com/hpe3parcinder/openstack-cinder-volume-hpe3parcinder18-0';

function copyExample(): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rb-minor-update-'));
  fs.cpSync(EXAMPLE, path.join(tmp, 'pkg'), { recursive: true });
  return tmp;
}

const versionOf = (stdout: string) => parseStream(stdout).find((d) => d.kind === 'OpenStackVersion');

test('plan-update --write rewrites the example to 18.0.4 byte for byte, and only that', () => {
  const tmp = copyExample();
  try {
    const r = runCli(['plan-update', 'pkg', '--to', TO, '--write'], { cwd: tmp, env: { HOME: tmp } });
    assert.is(r.code, 0, r.stdout + r.stderr);
    assert.is(r.stderr, '');
    assert.fixture(fs.readFileSync(path.join(tmp, 'pkg', 'inventory.yaml'), 'utf8'), fs.readFileSync(EXPECTED, 'utf8'));
    assert.match(r.stdout, 'wrote pkg/inventory.yaml:');
    assert.match(r.stdout, `spec.cinder.backends[0].image: ${PURE}:18.0.3 -> ${PURE}:18.0.4`);
    assert.match(r.stdout, 'nothing blocks the update');

    // Idempotent: a second run finds nothing to change.
    const again = runCli(['plan-update', 'pkg', '--to', TO, '--write'], { cwd: tmp, env: { HOME: tmp } });
    assert.is(again.code, 0, again.stdout + again.stderr);
    assert.match(again.stdout, 'pkg/inventory.yaml is already on 18.0.4: nothing to write');
    assert.fixture(fs.readFileSync(path.join(tmp, 'pkg', 'inventory.yaml'), 'utf8'), fs.readFileSync(EXPECTED, 'utf8'));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('the rewritten example renders an 18.0.4 OpenStackVersion that is CRD-valid', () => {
  const tmp = copyExample();
  try {
    fs.copyFileSync(EXPECTED, path.join(tmp, 'pkg', 'inventory.yaml'));
    const r = runCli(['render', 'pkg'], { cwd: tmp });
    assert.is(r.code, 0, r.stderr);
    const osv = versionOf(r.stdout);
    assert.equal(osv.spec.targetVersion, TO);
    assert.equal(osv.spec.customContainerImages.cinderVolumeImages, { 'pure-iscsi': `${PURE}:18.0.4`, 'hpe3par-iscsi': `${HPE}:18.0.4` });
    assert.equal(validateManifest(osv), []);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('kpt flow: the package holds the 18.0.3 render; a bump without new images is refused, --write makes it pass', () => {
  const tmp = copyExample();
  const pkg = path.join(tmp, 'pkg');
  try {
    // The previous render, committed next to the inventory (what kpt fn render leaves in the package).
    const first = runCli(['render', 'pkg', '--output-dir', 'rendered'], { cwd: tmp });
    assert.is(first.code, 0, first.stderr);
    fs.copyFileSync(path.join(tmp, 'rendered', 'openstackversion_openstack.yaml'), path.join(pkg, 'openstackversion_openstack.yaml'));

    // Only the release changes: RB300 refuses it, pointing at each partner image in the inventory.
    const inventory = fs.readFileSync(path.join(pkg, 'inventory.yaml'), 'utf8');
    fs.writeFileSync(path.join(pkg, 'inventory.yaml'), inventory.replace('version: "18.0.3"', 'version: "18.0.4"').replace('targetVersion: 18.0.3-20241126.1', `targetVersion: ${TO}`));
    const refused = runCli(['render', 'pkg'], { cwd: tmp });
    assert.is(refused.code, 1);
    assert.is(refused.stdout, '');
    const rb300 = refused.stderr.split('\n').filter((l) => l.includes('error[RB300]'));
    assert.is(rb300.length, 2, refused.stderr);
    assert.match(rb300[0], /^pkg\/inventory\.yaml:35:16: error\[RB300\]: spec\.cinder\.backends\[0\]\.image: /);
    assert.match(rb300[1], /^pkg\/inventory\.yaml:42:16: error\[RB300\]: spec\.cinder\.backends\[1\]\.image: /);
    assert.match(rb300[0], `set image: ${PURE}:18.0.4`);

    // plan-update --write sets the images (the release is already bumped); the render then passes.
    const write = runCli(['plan-update', 'pkg', '--to', TO, '--write'], { cwd: tmp, env: { HOME: tmp } });
    assert.is(write.code, 0, write.stdout + write.stderr);
    assert.fixture(fs.readFileSync(path.join(pkg, 'inventory.yaml'), 'utf8'), fs.readFileSync(EXPECTED, 'utf8'));
    const ok = runCli(['render', 'pkg'], { cwd: tmp });
    assert.is(ok.code, 0, ok.stderr);
    const osv = versionOf(ok.stdout);
    assert.equal(osv.spec.targetVersion, TO);
    assert.equal(osv.spec.customContainerImages.cinderVolumeImages['pure-iscsi'], `${PURE}:18.0.4`);
    assert.not.ok(osv.metadata.annotations?.['core.openstack.org/skip-custom-images-validation']);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('the image catalog file of a package is local configuration: never rendered', () => {
  const tmp = copyExample();
  const pkg = path.join(tmp, 'pkg');
  try {
    fs.writeFileSync(
      path.join(pkg, 'images.yaml'),
      'apiVersion: backends.rhoso.io/v1alpha1\nkind: ImageCatalog\nspec:\n  cinder:\n    pure-iscsi:\n      repositories: [mirror.example.com/purestorage/openstack-cinder-volume-pure-18-0]\n',
    );
    const inventory = fs.readFileSync(path.join(pkg, 'inventory.yaml'), 'utf8');
    fs.writeFileSync(path.join(pkg, 'inventory.yaml'), inventory.replace('  images:\n', '  images:\n    catalog: images.yaml\n'));
    const r = runCli(['render', 'pkg'], { cwd: tmp });
    assert.is(r.code, 0, r.stderr);
    assert.not.ok(parseStream(r.stdout).some((d) => d.kind === 'ImageCatalog'));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
