/** Manifest rules (run on rendered output and on hand-written OSCP/OSV/Secret files), in report order. */
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { unknownPropagationValue } from './RB100-unknown-propagation-value.js';
import { propagationMatchesTwice } from './RB101-propagation-matches-twice.js';
import { duplicateVolumeName } from './RB102-duplicate-volume-name.js';
import { duplicateMountPath } from './RB103-duplicate-mount-path.js';
import { builtinVolumeClash } from './RB104-builtin-volume-clash.js';
import { volumeTypeNotAccepted } from './RB105-volume-type-not-accepted.js';
import { credentialsReachEveryPod } from './RB106-credentials-reach-every-pod.js';
import { configDirHidden } from './RB107-config-dir-hidden.js';
import { missingReference } from './RB108-missing-reference.js';
import { invalidBackendKey } from './RB110-invalid-backend-key.js';
import { sharedInstanceName } from './RB111-shared-instance-name.js';
import { cinderVolumeReplicas } from './RB112-cinder-volume-replicas.js';
import { cinderBackendIdentity } from './RB113-cinder-backend-identity.js';
import { cinderBackupConflict } from './RB114-cinder-backup-conflict.js';
import { glanceKeystoneEndpoint } from './RB115-glance-keystone-endpoint.js';
import { glanceStoreFormat } from './RB116-glance-store-format.js';
import { glanceSplitFileStore } from './RB117-glance-split-file-store.js';
import { manilaNotEnabled } from './RB118-manila-not-enabled.js';
import { manilaShareBackends } from './RB119-manila-share-backends.js';
import { unknownDriverClass } from './RB120-unknown-driver-class.js';
import { versionNameMismatch } from './RB130-version-name-mismatch.js';
import { imageKeyMatchesNoBackend } from './RB131-image-key-matches-no-backend.js';
import { unknownCustomImageField } from './RB132-unknown-custom-image-field.js';
import { partnerImageTag } from './RB133-partner-image-tag.js';
import { partnerImageRelease } from './RB134-partner-image-release.js';
import { partnerImageRegistry } from './RB135-partner-image-registry.js';
import { partnerImageMissing } from './RB136-partner-image-missing.js';
import { partnerImageWrongDriver } from './RB137-partner-image-wrong-driver.js';
import { partnerImageNotNeeded } from './RB138-partner-image-not-needed.js';
import { plaintextCredential } from './RB140-plaintext-credential.js';
import { iniInlineComment } from './RB141-ini-inline-comment.js';
import { iniSyntax } from './RB142-ini-syntax.js';
import { secretSectionMismatch } from './RB143-secret-section-mismatch.js';
import { enabledBackendsSection } from './RB144-enabled-backends-section.js';
import { glanceTemplateConfigHidden } from './RB145-glance-template-config-hidden.js';
import { manilaTemplateBackendMixed } from './RB164-manila-template-backend-mixed.js';
import { selfCheckCredentialReach } from './RB160-self-check-credential-reach.js';
import { selfCheckCephReach } from './RB161-self-check-ceph-reach.js';
import { selfCheckFileReach } from './RB162-self-check-file-reach.js';
import { selfCheckOptionValue } from './RB163-self-check-option-value.js';
import { backendInDefaultSection } from './RB170-backend-in-default-section.js';
import { optionInWrongSection } from './RB171-option-in-wrong-section.js';
import { unknownNetworkAttachment } from './RB172-unknown-network-attachment.js';
import { cephSecretWithoutCeph } from './RB173-ceph-secret-without-ceph.js';
import { openstackKindApiVersion } from './RB174-openstack-kind-api-version.js';
import { crdSchema } from './RB190-crd-schema.js';
import { providedSecretNamespace } from './RB200-provided-secret-namespace.js';
import { providedSecretKeys } from './RB201-provided-secret-keys.js';
import { sopsMetadata } from './RB202-sops-metadata.js';
import { secretApiVersion } from './RB203-secret-api-version.js';
import { secretTemplateKeys } from './RB204-secret-template-keys.js';
import { secretProvidedTwice } from './RB205-secret-provided-twice.js';
import { ignitionConfig } from './RB210-ignition-config.js';
import { multipathConfMode } from './RB211-multipath-conf-mode.js';
import { hostMachineConfigMissing } from './RB212-host-machineconfig-missing.js';
import { machineConfigWrittenTwice } from './RB213-machineconfig-written-twice.js';
import { dataPlaneDataSourceReference } from './RB216-dataplane-datasource-reference.js';
import { dataPlaneCrdSchema } from './RB217-dataplane-crd-schema.js';
import { serviceTypeShadowed } from './RB218-service-type-shadowed.js';
import { novaConfigKey } from './RB219-nova-config-key.js';
import { rbdSecretUuid } from './RB220-rbd-secret-uuid.js';
import { dataPlaneMountPropagation } from './RB221-dataplane-mount-propagation.js';
import { cephClientOrder } from './RB222-ceph-client-order.js';
import { novaGlanceStore } from './RB223-nova-glance-store.js';
import { releaseBumpKeepsImages } from './RB300-release-bump-keeps-images.js';

export type { ManifestRuleContext } from './context.js';

/**
 * The render self-check (RB160-RB169): the rendered objects against what the
 * inventory promises. Quiet outside render mode; run last, on every render.
 */
export const selfCheckRules: Rule<ManifestRuleContext>[] = [selfCheckCredentialReach, selfCheckCephReach, selfCheckFileReach, selfCheckOptionValue];

export const manifestRules: Rule<ManifestRuleContext>[] = [
  unknownPropagationValue,
  propagationMatchesTwice,
  duplicateVolumeName,
  duplicateMountPath,
  builtinVolumeClash,
  volumeTypeNotAccepted,
  credentialsReachEveryPod,
  configDirHidden,
  missingReference,
  invalidBackendKey,
  sharedInstanceName,
  cinderVolumeReplicas,
  cinderBackendIdentity,
  cinderBackupConflict,
  glanceKeystoneEndpoint,
  glanceStoreFormat,
  glanceSplitFileStore,
  manilaNotEnabled,
  manilaShareBackends,
  unknownDriverClass,
  versionNameMismatch,
  imageKeyMatchesNoBackend,
  unknownCustomImageField,
  partnerImageTag,
  partnerImageRelease,
  partnerImageRegistry,
  partnerImageMissing,
  partnerImageWrongDriver,
  partnerImageNotNeeded,
  plaintextCredential,
  iniInlineComment,
  iniSyntax,
  secretSectionMismatch,
  enabledBackendsSection,
  glanceTemplateConfigHidden,
  manilaTemplateBackendMixed,
  backendInDefaultSection,
  optionInWrongSection,
  unknownNetworkAttachment,
  cephSecretWithoutCeph,
  openstackKindApiVersion,
  crdSchema,
  providedSecretNamespace,
  providedSecretKeys,
  sopsMetadata,
  secretApiVersion,
  secretTemplateKeys,
  secretProvidedTwice,
  ignitionConfig,
  multipathConfMode,
  hostMachineConfigMissing,
  machineConfigWrittenTwice,
  dataPlaneDataSourceReference,
  dataPlaneCrdSchema,
  serviceTypeShadowed,
  novaConfigKey,
  rbdSecretUuid,
  dataPlaneMountPropagation,
  cephClientOrder,
  novaGlanceStore,
  releaseBumpKeepsImages,
  ...selfCheckRules,
];
