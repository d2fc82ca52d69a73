/**
 * Argo CD: the plugin's discover and generate commands run for real (sh,
 * grep, the bundle on PATH) in a temp copy of the example Application's
 * folder, with the environment the CMP sidecar sets. generate must print
 * nothing but manifests, and fail (non-zero, empty stdout) rather than
 * print an empty stream.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import YAML from 'yaml';
import { ROOT } from '../support/cli.js';
import { validateManifest } from '../support/crd.js';
import { parseStream } from '../support/yaml.js';
import { copyPackage, runTool, tempDir } from './support/package.js';
import { needs } from '../support/skip.js';

/** Tests that drive kubectl (skipped with the reason, locally, when missing). */
const withKubectl = needs(['kubectl']);

const plugin = YAML.parse(fs.readFileSync(path.join(ROOT, 'integrations/argocd/plugin.yaml'), 'utf8'));
const application = YAML.parse(fs.readFileSync(path.join(ROOT, 'examples/gitops/argocd/application.yaml'), 'utf8'));
const appDir = () => copyPackage(path.join(ROOT, application.spec.source.path), 'app');

/** The variables Argo CD's CMP server sets for generate (plus the plugin env and parameters). */
function argoEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ARGOCD_APP_NAME: 'openstack-storage',
    ARGOCD_APP_NAMESPACE: 'openstack',
    ARGOCD_APP_REVISION: '0123456789abcdef0123456789abcdef01234567',
    ARGOCD_APP_SOURCE_PATH: application.spec.source.path,
    ARGOCD_APP_SOURCE_REPO_URL: application.spec.source.repoURL,
    ARGOCD_APP_SOURCE_TARGET_REVISION: 'main',
    KUBE_VERSION: '1.29.0',
    ...extra,
  };
}
const [cmd, ...args] = plugin.spec.generate.command as string[];
const generate = (cwd: string, env: NodeJS.ProcessEnv = {}) => runTool(cmd, args, { cwd, env: argoEnv(env) });
const discover = (cwd: string) => runTool(plugin.spec.discover.find.command[0], plugin.spec.discover.find.command.slice(1), { cwd });

test('plugin.yaml is a CMP v2 plugin whose generate is `rhoso-backends render .`', () => {
  assert.is(plugin.apiVersion, 'argoproj.io/v1alpha1');
  assert.is(plugin.kind, 'ConfigManagementPlugin');
  assert.equal(plugin.spec.generate.command, ['rhoso-backends', 'render', '.']);
  assert.is(application.spec.source.plugin.name, plugin.metadata.name);
});

test('discover finds a folder with an inventory, and only such a folder', () => {
  assert.ok(discover(appDir()).stdout.trim().length > 0);
  const empty = tempDir('noinv');
  fs.writeFileSync(path.join(empty, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n');
  const r = discover(empty);
  assert.is(r.stdout.trim(), '');
});

test('generate prints only applyable, CRD-valid manifests on stdout; the summary goes to stderr', () => {
  const r = generate(appDir());
  assert.is(r.code, 0, r.stderr);
  const docs = parseStream(r.stdout);
  assert.equal(docs.map((d) => d.kind).sort(), ['ExternalSecret', 'ExternalSecret', 'OpenStackControlPlane', 'OpenStackVersion']);
  for (const d of docs) {
    assert.equal(validateManifest(d), [], `${d.kind}/${d.metadata.name}`);
    assert.not.ok(JSON.stringify(d.metadata).includes('config.kubernetes.io'), 'no kpt bookkeeping in manifests');
  }
  assert.match(r.stderr, 'info[summary]');
});

test('every parameter plugin.yaml announces is accepted from ARGOCD_APP_PARAMETERS, and the Application`s values work', () => {
  const params = (plugin.spec.parameters.static as Array<{ name: string; string: string }>).map((p) => ({ name: p.name, string: p.string }));
  const r = generate(appDir(), { ARGOCD_APP_PARAMETERS: JSON.stringify(params) });
  assert.is(r.code, 0, r.stderr);
  const app = generate(appDir(), { ARGOCD_APP_PARAMETERS: JSON.stringify(application.spec.source.plugin.parameters) });
  assert.is(app.code, 0, app.stderr);
});

test('a mistyped parameter fails with a did-you-mean instead of being ignored', () => {
  const dir = appDir();
  const typo = generate(dir, { ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: 'operator-line', string: '18-stabel' }]) });
  assert.is(typo.code, 1);
  assert.is(typo.stdout, '');
  assert.match(typo.stderr, 'error[settings]: ARGOCD_APP_PARAMETERS: "18-stabel" is not a value of operator-line (did you mean "18-stable"?)');
  const unknown = generate(dir, { ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: 'operator_line', string: 'main' }]) });
  assert.is(unknown.code, 1);
  assert.match(unknown.stderr, 'unknown parameter "operator_line" (did you mean "operator-line"?)');
  const env = generate(dir, { ARGOCD_ENV_OPERATOR_LINE: 'mian' });
  assert.is(env.code, 1);
  assert.match(env.stderr, 'ARGOCD_ENV_OPERATOR_LINE: "mian" is not a value of operator-line (did you mean "main"?)');
  const malformed = generate(dir, { ARGOCD_APP_PARAMETERS: '{not json' });
  assert.is(malformed.code, 1);
  assert.match(malformed.stderr, 'ARGOCD_APP_PARAMETERS is not a JSON list of parameters');
});

test('a broken inventory or a folder with nothing to render exits non-zero with an empty stdout (never an empty stream)', () => {
  const dir = appDir();
  const inv = path.join(dir, 'inventory.yaml');
  fs.writeFileSync(inv, fs.readFileSync(inv, 'utf8').replace('driver: nfs', 'driver: nsf'));
  const bad = generate(dir);
  assert.is(bad.code, 1);
  assert.is(bad.stdout, '');
  assert.match(bad.stderr, /inventory\.yaml:\d+:\d+: error\[RB001\]/);
  const empty = generate(tempDir('empty'));
  assert.is(empty.code, 1);
  assert.is(empty.stdout, '');
  assert.match(empty.stderr, 'nothing to render');
});

withKubectl('the repo-server component builds with the real kustomize: sidecar added, plugin.yaml in its ConfigMap', () => {
  const dir = tempDir('argocd');
  fs.writeFileSync(
    path.join(dir, 'repo-server.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: argocd-repo-server\nspec:\n  template:\n    spec:\n      containers:\n        - name: argocd-repo-server\n          image: quay.io/argoproj/argocd:v2.13.0\n      volumes:\n        - name: var-files\n          emptyDir: {}\n        - name: plugins\n          emptyDir: {}\n',
  );
  fs.writeFileSync(
    path.join(dir, 'kustomization.yaml'),
    `resources: [repo-server.yaml]\ncomponents: [${path.relative(dir, path.join(ROOT, 'integrations/argocd'))}]\n`,
  );
  const built = spawnSync('kubectl', ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', dir], { encoding: 'utf8' });
  assert.is(built.status, 0, built.stderr);
  const docs = parseStream(built.stdout);
  const cm = docs.find((d) => d.kind === 'ConfigMap');
  assert.is(cm.metadata.name, 'rhoso-backends-plugin');
  assert.is(cm.data['plugin.yaml'], fs.readFileSync(path.join(ROOT, 'integrations/argocd/plugin.yaml'), 'utf8'));
  const deploy = docs.find((d) => d.kind === 'Deployment');
  const sidecar = deploy.spec.template.spec.containers.find((c: any) => c.name === 'rhoso-backends');
  assert.equal(sidecar.command, ['/var/run/argocd/argocd-cmp-server']);
  assert.is(sidecar.securityContext.runAsUser, 999);
  const volumes = deploy.spec.template.spec.volumes.map((v: any) => v.name);
  for (const m of sidecar.volumeMounts) assert.ok(volumes.includes(m.name), `volume ${m.name} exists`);
});

test.run();
