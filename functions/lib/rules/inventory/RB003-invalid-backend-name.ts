import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Longest key that still fits the operators' derived object names (RHOSO-FIELDS.md 2.3 and 3). */
export function maxBackendName(service: 'cinder' | 'manila', uniquePodNames: boolean): number {
  return service === 'cinder' ? (uniquePodNames ? 32 : 38) : 39;
}

/** Storage terms written in mixed case; each is one word (`unityiSCSI` -> `unity-iscsi`, not `unityi-scsi`). */
const MIXED_CASE_TERMS = /iSCSI|iSER|NVMe|RoCE|vVol/g;

export function suggestLabel(name: string): string {
  return name
    .replace(MIXED_CASE_TERMS, (term) => `-${term.toLowerCase()}-`)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    // An acronym followed by a word: `HTTPServer` -> `HTTP-Server`.
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

export const invalidBackendName: Rule<InventoryRuleContext> = {
  id: 'RB003',
  name: 'invalid-backend-name',
  severity: 'error',
  summary: 'A back-end name is not an RFC 1123 label, is too long for the service, or is `default`.',
  why: 'The openstack-operator webhook rejects cinderVolumes keys that are not DNS-1123 labels of at most 38 characters (32 with uniquePodNames); manila shares over 39 characters break the StatefulSet revision label; `default` can never get a custom image.',
  fix: '`name: powermaxFC` -> `name: powermax-fc`',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      const path = [...b.at, 'name'];
      const max = maxBackendName(b.service, b.service === 'cinder' && inventory.controlPlane.uniquePodNames);
      if (b.name === 'default') {
        report({ item, path, message: `"default" is reserved: the operator always gives the "default" key the stock image`, hint: `use another name, e.g. ${b.driver}` });
      } else if (!LABEL.test(b.name)) {
        const s = suggestLabel(b.name);
        report({
          item,
          path,
          message: `"${b.name}" is not an RFC 1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit)`,
          hint: s && LABEL.test(s) ? `write "${s.slice(0, max)}"` : 'use lower-case letters, digits and "-"',
        });
      } else if (b.name.length > max) {
        report({
          item,
          path,
          message: `"${b.name}" is ${b.name.length} characters; ${b.service} back-end names may have at most ${max}${b.service === 'cinder' && inventory.controlPlane.uniquePodNames ? ' with uniquePodNames' : ''}`,
          hint: `shorten it, e.g. "${b.name.slice(0, max).replace(/-+$/, '')}"`,
        });
      }
    }
  },
};
