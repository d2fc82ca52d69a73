import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

/**
 * RB010 and RB005 check spec.cinder.backup (the single form); this rule gives
 * entries of spec.cinder.backups the same two checks.
 */
export const backupsListReferences: Rule<InventoryRuleContext> = {
  id: 'RB021',
  name: 'backups-list-references',
  severity: 'error',
  summary: 'An entry of cinder.backups names an undefined Ceph cluster (or none while several exist), or uses plaintext credentials without the opt-in.',
  why: 'Without its cluster the backup cannot find <cluster>.conf; plaintext credentials would be written into a Secret manifest in Git.',
  fix: '`cluster: az9` -> a name from spec.ceph; `credentials.values` -> credentials.externalSecret or secretName.',
  check({ inventory, item }, report) {
    const names = inventory.ceph.map((c) => c.name);
    for (const b of inventory.cinder.backups) {
      if (b.at[2] !== 'backups') continue;
      if (b.driver === 'ceph') {
        if (b.cluster === undefined && names.length !== 1) {
          report({ item, path: b.at, message: names.length === 0 ? `backup ${b.name} uses Ceph but spec.ceph defines no cluster` : `backup ${b.name} must say which Ceph cluster it uses (there are ${names.length})`, hint: names.length ? `add cluster: one of ${names.join(', ')}` : 'add spec.ceph: [{name: ceph}] (a cluster only backups read needs no fsid)' });
        } else if (b.cluster !== undefined && !names.includes(b.cluster)) {
          report({ item, path: [...b.at, 'cluster'], message: `Ceph cluster "${b.cluster}" is not defined in spec.ceph`, hint: didYouMean(b.cluster, names) || 'define it in spec.ceph' });
        }
      }
      if (b.credentials && 'values' in b.credentials && !inventory.secrets.allowPlaintext) {
        report({ item, path: [...b.at, 'credentials', 'values'], message: 'plaintext credentials need spec.secrets.allowPlaintext: true', hint: 'use credentials.secretName or credentials.externalSecret instead' });
      }
    }
  },
};
