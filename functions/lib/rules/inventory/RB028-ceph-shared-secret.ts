import { cephConsumers } from '../../expand/ceph.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const cephSharedSecret: Rule<InventoryRuleContext> = {
  id: 'RB028',
  name: 'ceph-shared-secret',
  severity: 'warning',
  summary: 'Several Ceph clusters share one Secret, so pods that read one cluster also receive the other clusters\' keyrings (an error when only some of them generate it from files).',
  why: 'Least privilege: in DCN a site\'s cinder-volume should not hold the other sites\' keys. A Secret generated from some clusters\' files would lack the others\' files.',
  fix: 'Give each cluster its own secretName (ceph-conf-az0, ceph-conf-az1, ...); pods that read several clusters get them through one projected volume.',
  check({ inventory, item }, report) {
    const bySecret = new Map<string, typeof inventory.ceph>();
    for (const c of inventory.ceph) bySecret.set(c.secretName, [...(bySecret.get(c.secretName) ?? []), c]);
    const consumers = cephConsumers(inventory);
    for (const [secret, clusters] of bySecret) {
      if (clusters.length < 2) continue;
      const withFiles = clusters.filter((c) => c.files);
      if (withFiles.length > 0 && withFiles.length < clusters.length) {
        const missing = clusters.find((c) => !c.files)!;
        report({ item, path: [...missing.at, 'secretName'], severity: 'error', message: `Secret ${secret} is generated from files of ${withFiles.map((c) => c.name).join(', ')} but cluster ${missing.name} gives no files`, hint: `add files to ${missing.name}, or give it its own secretName` });
        continue;
      }
      const names = clusters.map((c) => c.name);
      const over = consumers.filter((x) => names.some((n) => !x.clusters.includes(n)) && names.some((n) => x.clusters.includes(n)));
      if (over.length === 0) continue;
      report({
        item,
        path: [...clusters[1].at, 'secretName'],
        message: `clusters ${names.join(', ')} share Secret ${secret}: ${over.map((x) => `${x.service} ${x.value}`).slice(0, 4).join(', ')}${over.length > 4 ? ', ...' : ''} also receive keyrings of clusters they do not use`,
        hint: 'give each cluster its own secretName',
      });
    }
  },
};
