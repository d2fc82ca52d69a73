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

export type { InventoryRuleContext } from './context.js';

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
];
