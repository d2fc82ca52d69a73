/** RB053: a glance file store with no NFS export (and no mount at its directory): images live on the pod's ephemeral storage. */
import { fileStoreDir } from '../../expand/glance.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const glanceFileStoreEphemeral: Rule<InventoryRuleContext> = {
  id: 'RB053',
  name: 'glance-file-store-ephemeral',
  severity: 'warning',
  summary: 'A glance `file` store has no `nfs` export and no mount at its directory, so images are kept on the pod\'s own storage.',
  why: 'Images are lost when the pod is rescheduled, and each replica has its own copy, so an image uploaded through one API pod is missing on the others.',
  fix: 'Add `nfs: {server: nfs.example.com, path: /exports/glance}` to the store (or a mount at its directory).',
  check({ inventory, item }, report) {
    for (const s of inventory.glance.stores) {
      if (s.type !== 'file' || s.nfs) continue;
      const dir = fileStoreDir(inventory, s).replace(/\/+$/, '');
      if (inventory.mounts.some((m) => m.mountPath.replace(/\/+$/, '') === dir)) continue;
      report({ item, path: s.at, message: `file store ${s.name} keeps images in ${dir} on the glance pod's own storage: they are lost when the pod moves and differ between replicas`, hint: 'add nfs: {server: <host>, path: <export>} to the store' });
    }
  },
};
