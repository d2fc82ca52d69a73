/** RB048: release.targetVersion of another release than release.version. */
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const targetVersionRelease: Rule<InventoryRuleContext> = {
  id: 'RB048',
  name: 'target-version-release',
  severity: 'error',
  summary: 'release.targetVersion names another release than release.version (18.0.3 vs 18.0.4-20250101.1).',
  why: 'Partner image tags are checked against release.version while the OpenStackVersion asks the operator for targetVersion: the cloud would run images built for another release, or start an update nobody planned.',
  fix: '`version: "18.0.3"`, `targetVersion: "18.0.4-20250101.1"` -> `targetVersion: "18.0.3-20241126.1"` (or bump version too, with plan-update)',
  check({ inventory, item }, report) {
    const rel = inventory.release;
    if (!rel?.targetVersion) return;
    const release = /^[0-9]+\.[0-9]+\.[0-9]+/.exec(rel.targetVersion)?.[0];
    if (release === rel.version) return;
    report({
      item,
      path: ['spec', 'release', 'targetVersion'],
      message: release ? `targetVersion "${rel.targetVersion}" is release ${release}, but release.version is ${rel.version}` : `targetVersion "${rel.targetVersion}" does not start with a release such as ${rel.version}`,
      hint: `write the targetVersion of ${rel.version} (e.g. ${rel.version}-<build date>.<n>), or move version to ${release ?? 'the same release'} with rhoso-backends plan-update`,
    });
  },
};
