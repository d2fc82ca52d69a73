/** Inventory rules, in report order. Each file holds one rule: its id, docs and check. */
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';
import { unknownDriver } from './RB001-unknown-driver.js';
import { missingRequiredOption } from './RB002-missing-required-option.js';
import { invalidBackendName } from './RB003-invalid-backend-name.js';
import { duplicateBackendName } from './RB004-duplicate-backend-name.js';
import { plaintextCredentials } from './RB005-plaintext-credentials.js';
import { pathOutsidePackage } from './RB006-path-outside-package.js';
import { customDriverClass } from './RB007-custom-driver-class.js';
import { credentialInOptions } from './RB008-credential-in-options.js';
import { unknownOption } from './RB009-unknown-option.js';
import { unknownCephCluster } from './RB010-unknown-ceph-cluster.js';
import { iniInjection } from './RB011-ini-injection.js';
import { missingCredentials } from './RB012-missing-credentials.js';
import { fixedOptionOverride } from './RB013-fixed-option-override.js';
import { credentialKeys } from './RB014-credential-keys.js';
import { fileClash } from './RB015-file-clash.js';
import { manilaShareServers } from './RB016-manila-share-servers.js';
import { manilaProtocols } from './RB017-manila-protocols.js';
import { manilaDhssRequirements } from './RB018-manila-dhss-requirements.js';
import { backupDefinition } from './RB019-backup-definition.js';
import { backupDriverConfig } from './RB020-backup-driver-config.js';
import { backupsListReferences } from './RB021-backups-list-references.js';
import { glanceLayout } from './RB022-glance-layout.js';
import { glanceApiStores } from './RB023-glance-api-stores.js';
import { glanceApis } from './RB024-glance-apis.js';
import { glanceDefaultStore } from './RB025-glance-default-store.js';
import { glanceStoreFields } from './RB026-glance-store-fields.js';
import { cephFilesPlaintext } from './RB027-ceph-files-plaintext.js';
import { cephSharedSecret } from './RB028-ceph-shared-secret.js';
import { mountVolumeSource } from './RB029-mount-volume-source.js';
import { externalSecretStore } from './RB040-external-secret-store.js';
import { credentialInExtraConfig } from './RB041-credential-in-extra-config.js';
import { nodeSelectorConflict } from './RB030-node-selector-conflict.js';
import { machineConfigPool } from './RB031-machineconfig-pool.js';
import { hostPrerequisitesUnknown } from './RB032-host-prerequisites-unknown.js';
import { nodeSetCluster } from './RB033-node-set-cluster.js';
import { nodeSetGlanceStore } from './RB034-node-set-glance-store.js';
import { nodeSetsDisagree } from './RB035-node-sets-disagree.js';
import { secretInPackageFile } from './RB042-secret-in-package-file.js';
import { refreshInterval } from './RB043-refresh-interval.js';
import { optionValueChangedByYaml } from './RB044-option-value-changed-by-yaml.js';
import { mountNameClash } from './RB045-mount-name-clash.js';
import { secretUsedTwice } from './RB046-secret-used-twice.js';
import { defaultSection } from './RB047-default-section.js';
import { targetVersionRelease } from './RB048-target-version-release.js';
import { cephUserPrefix } from './RB049-ceph-user-prefix.js';
import { clusterWithoutCephDriver } from './RB050-cluster-without-ceph-driver.js';
import { discouragedOption } from './RB051-discouraged-option.js';
import { fcWithoutPlacement } from './RB052-fc-without-placement.js';
import { glanceFileStoreEphemeral } from './RB053-glance-file-store-ephemeral.js';
import { inventoryNotLocalConfig } from './RB054-inventory-not-local-config.js';
import { emptyBackends } from './RB055-empty-backends.js';
import { sectionWrittenByTool } from './RB056-section-written-by-tool.js';
import { cephUserKeyring } from './RB057-ceph-user-keyring.js';
import { placeholderValue } from './RB058-placeholder.js';
import { glanceApiOverride } from './RB059-glance-api-override.js';
import { cephFsidNeeded } from './RB080-ceph-fsid-needed.js';

export type { InventoryRuleContext } from './context.js';
/** RB058's check before the schema (the load stage runs it first). */
export { placeholderDiagnostics } from './RB058-placeholder.js';

export const inventoryRules: Rule<InventoryRuleContext>[] = [
  unknownDriver,
  missingRequiredOption,
  invalidBackendName,
  duplicateBackendName,
  plaintextCredentials,
  pathOutsidePackage,
  customDriverClass,
  credentialInOptions,
  unknownOption,
  unknownCephCluster,
  iniInjection,
  missingCredentials,
  fixedOptionOverride,
  credentialKeys,
  fileClash,
  manilaShareServers,
  manilaProtocols,
  manilaDhssRequirements,
  backupDefinition,
  backupDriverConfig,
  backupsListReferences,
  glanceLayout,
  glanceApiStores,
  glanceApis,
  glanceDefaultStore,
  glanceStoreFields,
  cephFilesPlaintext,
  cephSharedSecret,
  mountVolumeSource,
  nodeSelectorConflict,
  machineConfigPool,
  hostPrerequisitesUnknown,
  nodeSetCluster,
  nodeSetGlanceStore,
  nodeSetsDisagree,
  externalSecretStore,
  credentialInExtraConfig,
  secretInPackageFile,
  refreshInterval,
  optionValueChangedByYaml,
  mountNameClash,
  secretUsedTwice,
  defaultSection,
  targetVersionRelease,
  cephUserPrefix,
  clusterWithoutCephDriver,
  discouragedOption,
  fcWithoutPlacement,
  glanceFileStoreEphemeral,
  inventoryNotLocalConfig,
  emptyBackends,
  sectionWrittenByTool,
  cephUserKeyring,
  placeholderValue,
  glanceApiOverride,
  cephFsidNeeded,
];
