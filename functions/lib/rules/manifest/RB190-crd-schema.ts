import { apiVersionOf, kindOf, labelOf, toObject } from '../../io/resources.js';
import { MANAGED_BY, MANAGED_BY_LABEL } from '../../expand/plan.js';
import { CORE_API_VERSION, crdValidator, isPartial, type CrdKind } from '../../schema/crd.js';
import { schemaFindings } from '../../schema/errors.js';
import { filledByOperator } from '../../schema/operator-filled.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';

const CHECKED_KINDS = new Set<string>(['OpenStackControlPlane', 'OpenStackVersion']);

/** The volume sources of a Kubernetes Pod (core/v1 Volume). */
const POD_VOLUME_SOURCES = new Set([
  'awsElasticBlockStore', 'azureDisk', 'azureFile', 'cephfs', 'cinder', 'configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral',
  'fc', 'flexVolume', 'flocker', 'gcePersistentDisk', 'gitRepo', 'glusterfs', 'hostPath', 'image', 'iscsi', 'nfs',
  'persistentVolumeClaim', 'photonPersistentDisk', 'portworxVolume', 'projected', 'quobyte', 'rbd', 'scaleIO', 'secret',
  'storageos', 'vsphereVolume',
]);

/**
 * Unknown fields a dedicated rule already explains better: a real Pod volume
 * source the extraMounts schema of this line leaves out (RB105), a misspelt
 * customContainerImages field (RB132). One finding per mistake.
 */
function reportedElsewhere(kind: string, path: (string | number)[], keyword: string): boolean {
  if (keyword !== 'additionalProperties') return false;
  const field = String(path[path.length - 1]);
  if (kind === 'OpenStackVersion') return path.length === 3 && path[0] === 'spec' && path[1] === 'customContainerImages';
  return path.length >= 3 && path[path.length - 3] === 'volumes' && typeof path[path.length - 2] === 'number' && POD_VOLUME_SOURCES.has(field);
}

export const crdSchema: Rule<ManifestRuleContext> = {
  id: 'RB190',
  name: 'crd-schema',
  severity: 'error',
  summary:
    'The storage sections of an OpenStackControlPlane (spec.extraMounts, spec.cinder, spec.manila, spec.glance) and the OpenStackVersion spec must match the CRD of the operator line, strictly: unknown fields are errors.',
  why:
    'The API server rejects a control plane whose fields have the wrong type, and with strict field validation (kubectl --validate=strict, Argo CD server-side apply) also one with unknown fields; without it, it silently drops them, so a misspelt `customServiceConfig` or `secretName` never reaches the pods. A required field that is missing is a warning (an error with --strict): the webhook writes it back empty and the service fails later; fields with a CRD default, objects, and the fields the openstack-operator fills from the control plane (`secret` and `databaseInstance` of the glance, cinder and manila templates; functions/lib/schema/operator-filled.yaml cites the lines) are never reported missing. Kustomize patches (a control plane without spec.secret or spec.storageClass, a version without spec.targetVersion) are checked too, but never for missing fields, which the base supplies.',
  fix: '`secret: {name: ceph-conf-files}` -> `secret: {secretName: ceph-conf-files}`; `replicas: one` -> `replicas: 1`',
  check(ctx, report) {
    for (const item of ctx.items) {
      const kind = kindOf(item);
      if (!kind || !CHECKED_KINDS.has(kind) || apiVersionOf(item) !== CORE_API_VERSION) continue;
      // A control plane or version the tool generated whole is CRD-valid by construction (the test
      // suite checks every example against the real CRDs); skipping it keeps render start-up lean.
      if (labelOf(item, MANAGED_BY_LABEL) === MANAGED_BY) continue;
      const obj = toObject(item);
      const validate = crdValidator(kind as CrdKind, ctx.operatorLine);
      if (validate(obj)) continue;
      const partial = isPartial(kind as CrdKind, obj);
      for (const f of schemaFindings(validate.errors ?? [], { skipRequired: partial })) {
        if (reportedElsewhere(kind, f.path, f.keyword)) continue;
        // The openstack-operator fills these from the control plane (schema/operator-filled.yaml): leaving them out is correct.
        if (f.missing !== undefined && kind === 'OpenStackControlPlane' && filledByOperator([...f.path, f.missing])) continue;
        report({
          item,
          path: f.path,
          key: f.key,
          message: `${f.message} (${kind === 'OpenStackVersion' ? 'OpenStackVersion CRD' : `OpenStackControlPlane CRD, operator line ${ctx.operatorLine}`})`,
          hint: f.hint,
          // The API server accepts a document missing a required field once the
          // operator's webhook has written it back empty; the service then fails
          // to deploy. A finding to fix, but not what kubectl rejects.
          severity: f.keyword === 'required' && !ctx.strict ? 'warning' : undefined,
        });
      }
    }
  },
};
