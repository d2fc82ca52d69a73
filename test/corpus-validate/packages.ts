/**
 * The corpus (test/data/corpus, PROVENANCE.md there) as users have it: each
 * published file or guide becomes a package, validated like `validate PKG`.
 *
 * - A file with Kubernetes documents (`kind:`) is used as published.
 * - A patch (`spec:` at the top, no kind) is what a guide applies with
 *   `oc patch --type=merge`: it is merge-patched (RFC 7386: objects merge,
 *   lists and scalars replace) onto the control plane it is meant for: the
 *   data-plane-adoption base control plane for that project's patches, a
 *   minimal control plane otherwise; a patch with customContainerImages goes
 *   onto an OpenStackVersion.
 * - A fragment (a guide's excerpt such as `cinderVolumes:` under `...`
 *   lines) is placed where the guide says to paste it: the `...` lines are
 *   dropped and the excerpt merged under spec.<service>.template.
 * The blocks of one guide form one package (a user follows the whole guide);
 * blocks that are alternatives for the same key overwrite each other in
 * document order, as pasting them one after the other would.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ROOT } from '../support/cli.js';

export const CORPUS = path.join(ROOT, 'test', 'data', 'corpus');

const ADOPTION_BASE = 'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_deploying-backend-services.adoc__L141.yaml';

/** A control plane with only what every cluster has; the template-level secret and databaseInstance are left to the operator. */
const MINIMAL_BASE = {
  apiVersion: 'core.openstack.org/v1beta1',
  kind: 'OpenStackControlPlane',
  metadata: { name: 'openstack', namespace: 'openstack' },
  spec: { secret: 'osp-secret', storageClass: 'local-storage' },
};

const MINIMAL_VERSION = { apiVersion: 'core.openstack.org/v1beta1', kind: 'OpenStackVersion', metadata: { name: 'openstack', namespace: 'openstack' }, spec: {} };

/**
 * Packages named by hand: the adoption guide's DCN steps across three guides,
 * and guides whose blocks are alternatives (an iSCSI or an NFS back end, each
 * with its own Secret of the same name) split into one package per choice.
 * Each list is applied in the order the guide gives.
 */
const PACKAGES: Record<string, string[]> = {
  'adoption-dcn': [
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_configuring-a-ceph-backend.adoc__L165.yaml',
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-block-storage-service-with-dcn-backend.adoc__L31.yaml',
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-block-storage-service-with-dcn-backend.adoc__L136.yaml',
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-image-service-with-dcn-backend.adoc__L50.yaml',
  ],
  'adoption-ceph': [
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_configuring-a-ceph-backend.adoc__L60.yaml',
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_configuring-a-ceph-backend.adoc__L137.yaml',
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-image-service-with-ceph-backend.adoc__L19.yaml',
  ],
  'adoption-ceph-secret-from-shell': ['openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_configuring-a-ceph-backend.adoc__L45.yaml'],
  'adoption-cinder-ontap-nfs': [
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-the-block-storage-service.adoc__L136.yaml',
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-the-block-storage-service.adoc__L179.yaml',
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-the-block-storage-service.adoc__L210.yaml',
  ],
  'adoption-cinder-ontap-iscsi': [
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-the-block-storage-service.adoc__L136.yaml',
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-the-block-storage-service.adoc__L238.yaml',
    'openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-the-block-storage-service.adoc__L267.yaml',
  ],
  'adoption-cinder-ceph': ['openstack-k8s-operators_data-plane-adoption__docs_user_modules_proc_adopting-the-block-storage-service.adoc__L39.yaml'],
};

export type Role = 'manifest' | 'patch' | 'fragment' | 'unparsable';

export interface CorpusPackage {
  name: string;
  /** Corpus files, in the order they are applied. */
  files: string[];
  /** Files of the package as validate sees them: name -> text. */
  inputs: Record<string, string>;
  roles: Record<string, Role>;
}

export function roleOf(text: string): Role {
  let docs: unknown[];
  try {
    docs = YAML.parseAllDocuments(fragmentText(text)).map((d) => {
      if (d.errors.length > 0) throw d.errors[0];
      return d.toJS();
    });
  } catch {
    return 'unparsable';
  }
  if (docs.some((d) => isObject(d) && typeof d.kind === 'string')) return 'manifest';
  if (docs.some((d) => isObject(d) && isObject(d.spec))) return 'patch';
  return 'fragment';
}

/**
 * What a reader copies from the rendered guide: AsciiDoc blocks with
 * `subs="+quotes"` show `*text*` as bold text, without the asterisks.
 */
export function asRendered(file: string, text: string): string {
  return file.includes('.adoc__L') ? text.replace(/\*([^*\n]+)\*/g, '$1') : text;
}

/** An excerpt without the guide's `...` elision lines. */
function fragmentText(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '...')
    .join('\n');
}

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** Where a guide's fragment is pasted, by its top-level keys. */
function fragmentPatch(fragment: Record<string, any>): { spec: Record<string, any> } {
  const spec: Record<string, any> = {};
  for (const [k, v] of Object.entries(fragment)) {
    if (k === 'cinderVolumes' || k === 'cinderBackup' || k === 'cinderBackups' || k === 'cinderAPI' || k === 'cinderScheduler') spec.cinder = mergePatch(spec.cinder, { template: { [k]: v } });
    else if (k === 'manilaShares' || k === 'manilaAPI') spec.manila = mergePatch(spec.manila, { enabled: true, template: { [k]: v } });
    else if (k === 'glanceAPIs') spec.glance = mergePatch(spec.glance, { template: { [k]: v } });
    else spec[k] = v;
  }
  return { spec };
}

function guideOf(file: string): string {
  return file.replace(/__L\d+\.yaml$/, '');
}

export function corpusPackages(): CorpusPackage[] {
  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.yaml')).sort();
  const named = new Set(Object.values(PACKAGES).flat());
  const groups = new Map<string, string[]>();
  for (const [name, list] of Object.entries(PACKAGES)) groups.set(name, list);
  for (const f of files) {
    if (named.has(f)) continue;
    const g = guideOf(f);
    groups.set(g, [...(groups.get(g) ?? []), f]);
  }
  return [...groups.entries()].map(([name, list]) => build(name, list));
}

function build(name: string, files: string[]): CorpusPackage {
  const inputs: Record<string, string> = {};
  const roles: Record<string, Role> = {};
  let controlPlane: unknown;
  let version: unknown;
  const adoption = name.startsWith('adoption-') || name.startsWith('openstack-k8s-operators_data-plane-adoption');
  for (const f of files) {
    const text = asRendered(f, fs.readFileSync(path.join(CORPUS, f), 'utf8'));
    const role = roleOf(text);
    roles[f] = role;
    if (role === 'manifest' || role === 'unparsable') {
      // As published: validate reads (and reports on) the file itself.
      inputs[f] = text;
      continue;
    }
    for (const doc of YAML.parseAllDocuments(fragmentText(text)).map((d) => d.toJS())) {
      if (!isObject(doc)) continue;
      const patch = role === 'patch' ? doc : fragmentPatch(doc);
      if (isObject(patch.spec) && ('customContainerImages' in patch.spec || 'targetVersion' in patch.spec)) {
        version = mergePatch(version ?? MINIMAL_VERSION, patch);
      } else {
        const base = adoption ? YAML.parse(fs.readFileSync(path.join(CORPUS, ADOPTION_BASE), 'utf8')) : MINIMAL_BASE;
        controlPlane = mergePatch(controlPlane ?? base, patch);
      }
    }
  }
  if (controlPlane) inputs['patched-controlplane.yaml'] = YAML.stringify(controlPlane, { lineWidth: 0 });
  if (version) inputs['patched-openstackversion.yaml'] = YAML.stringify(version, { lineWidth: 0 });
  return { name, files, inputs, roles };
}
