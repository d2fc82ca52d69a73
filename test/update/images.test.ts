/** Partner image knowledge: built-in repositories, the user ImageCatalog (add / replace), and repository fit. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseImageCatalog } from '../../functions/lib/catalog/image-catalog.js';
import { checkRepository, knownRepositories, normalizeRepository, parseImage, repositoryOwners, uncertifiedRepositories } from '../../functions/lib/catalog/images.js';
import { isFloatingTag, isReleaseTag, parseRelease } from '../../functions/lib/update/release.js';

const PURE = 'registry.connect.redhat.com/purestorage/openstack-cinder-volume-pure-18-0';
const HPE = 'registry.connect.redhat.com/hpe3parcinder/openstack-cinder-volume-hpe3parcinder18-0';
const MIRROR = 'mirror.example.com:5000/purestorage/openstack-cinder-volume-pure-18-0';

function catalog(text: string) {
  const loaded = parseImageCatalog('images.yaml', `apiVersion: backends.rhoso.io/v1alpha1\nkind: ImageCatalog\n${text}`);
  assert.equal(loaded.diagnostics, []);
  return loaded.catalog!;
}

test('the driver catalog knows the certified partner repositories (VENDORS.md)', () => {
  assert.equal(knownRepositories('cinder', 'pure-iscsi'), [PURE]);
  assert.equal(knownRepositories('cinder', 'hpe-3par-fc'), [HPE]);
  assert.equal(knownRepositories('cinder', 'netapp-ontap-iscsi'), []);
});

test('a user catalog adds in front of the built-in repositories, or replaces them', () => {
  const c = catalog(`spec:\n  cinder:\n    pure-iscsi:\n      repositories: [${MIRROR}]\n    hpe-3par-fc:\n      replace: true\n      repositories: [mirror.example.com/hpe/cinder]\n      uncertified: [quay.io/me/3par]\n`);
  assert.equal(knownRepositories('cinder', 'pure-iscsi', c), [MIRROR, PURE]);
  assert.equal(knownRepositories('cinder', 'hpe-3par-fc', c), ['mirror.example.com/hpe/cinder']);
  assert.equal(uncertifiedRepositories('cinder', 'hpe-3par-fc', c), ['quay.io/me/3par']);
  assert.equal(knownRepositories('cinder', 'pure-fc', c), [PURE], 'other drivers are unaffected');
});

test('repository fit: known, uncertified, foreign (with its owners), unverifiable', () => {
  assert.is(checkRepository('cinder', 'pure-iscsi', PURE).fit, 'known');
  assert.is(checkRepository('cinder', 'pure-iscsi', 'quay.io/geguileo/podified-antelope-openstack-cinder-volume-pure').fit, 'uncertified');
  // The cinder-operator pure/iscsi sample: a 3PAR image on a Pure back end.
  const sample = checkRepository('cinder', 'pure-iscsi', 'quay.io/geguileo/podified-antelope-openstack-cinder-volume-3par');
  assert.is(sample.fit, 'foreign');
  assert.equal(sample.owners, [
    { service: 'cinder', driver: 'hpe-3par-fc' },
    { service: 'cinder', driver: 'hpe-3par-iscsi' },
  ]);
  assert.equal(checkRepository('cinder', 'pure-iscsi', 'quay.io/acme/pure').owners, []);
  assert.is(checkRepository('cinder', 'netapp-ontap-iscsi', 'quay.io/acme/netapp').fit, 'unverifiable');
  assert.equal(repositoryOwners(PURE).map((o) => o.driver).filter((d) => d.startsWith('pure-')).length >= 3, true);
});

test('references: tags, digests, Docker Hub short names', () => {
  assert.equal(parseImage(`${MIRROR}:18.0.3@sha256:abc`), { repository: MIRROR, registry: 'mirror.example.com:5000', tag: '18.0.3', digest: 'sha256:abc' });
  assert.is(normalizeRepository('busybox'), 'docker.io/library/busybox');
  assert.is(normalizeRepository('acme/cinder'), 'docker.io/acme/cinder');
  assert.is(normalizeRepository('Registry.Example.com/A/b'), 'registry.example.com/A/b');
});

test('releases and tags', () => {
  assert.equal(parseRelease('18.0.4-20250110.1'), { version: '18.0.4', build: '20250110.1', parts: [18, 0, 4] });
  assert.is(parseRelease('18.0'), undefined);
  assert.ok(isReleaseTag('18.0.3'));
  for (const t of [undefined, 'latest', '18.0', '18', 'current-podified']) assert.ok(isFloatingTag(t), String(t));
  for (const t of ['18.0.3', '18.0.3-2', '18.0.3.1']) assert.not.ok(isFloatingTag(t), t);
});

test('catalog mistakes are reported together, where they are', () => {
  const r = parseImageCatalog(
    'images.yaml',
    [
      'apiVersion: backends.rhoso.io/v1alpha1',
      'kind: ImageCatalog',
      'spec:',
      '  cinder:',
      '    pure-iscsii:',
      '      repositories: [a.example.com/x]',
      '    hpe-3par-fc:',
      '      repositories: [a.example.com/y]',
      '      uncertified: [a.example.com/y]',
      '  glance: {}',
      '',
    ].join('\n'),
  );
  assert.is(r.catalog, undefined);
  assert.equal(
    r.diagnostics.map((d) => `${d.line}:${d.column} ${d.field}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`).sort(),
    [
      '10:3 spec.glance: unknown field "glance" (allowed fields: cinder, manila)',
      '5:5 spec.cinder.pure-iscsii: unknown cinder driver "pure-iscsii" (did you mean "pure-iscsi"?)',
      '9:21 spec.cinder.hpe-3par-fc.uncertified[0]: a.example.com/y is listed as both a known and an uncertified repository of hpe-3par-fc (keep it in one of the two lists)',
    ],
  );
  const two = parseImageCatalog('images.yaml', 'kind: ImageCatalog\n---\nkind: ImageCatalog\n');
  assert.match(two.diagnostics[0].message, 'exactly one ImageCatalog document, found 2');
  const wrongKind = parseImageCatalog('images.yaml', 'apiVersion: backends.rhoso.io/v1alpha1\nkind: ImageCatalogue\nspec: {}\n');
  assert.equal(wrongKind.diagnostics.map((d) => `${d.field}: ${d.message} (${d.hint})`), ['kind: "ImageCatalogue" is not an allowed value (did you mean "ImageCatalog"?)']);
});

test.run();
