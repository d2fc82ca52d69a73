/**
 * RB045: a generic mount (spec.mounts) named like an extraMounts entry or
 * volume the tool generates. Merge keys list items by name, so the user's
 * entry would silently replace the generated one (the rbd pod loses
 * /etc/ceph, a back end loses its files while its config still points there).
 */
import { cephConsumers, CEPH_VOLUME } from '../../expand/ceph.js';
import { filesVolumeName } from '../../expand/files.js';
import { nfsMountName } from '../../expand/glance.js';
import { fieldPath } from '../../diagnostics/diagnostic.js';
import type { FieldPath, Inventory } from '../../inventory/model.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

/** Names of the extraMounts entries and volumes the inventory makes the tool generate, and what each is for. */
export function generatedMountNames(inv: Inventory): Array<{ names: string[]; what: string; at: FieldPath }> {
  const out: Array<{ names: string[]; what: string; at: FieldPath }> = [];
  if (inv.ceph.length > 0 && cephConsumers(inv).length > 0) {
    out.push({ names: [CEPH_VOLUME, ...inv.ceph.map((c) => `${CEPH_VOLUME}-${c.name}`)], what: 'the Ceph cluster files', at: ['spec', 'ceph'] });
  }
  for (const b of [...inv.cinder.backends, ...inv.manila.backends]) {
    // One volume per source Secret of the files: at most one per file.
    if (b.files.length > 0) out.push({ names: b.files.map((_, i) => filesVolumeName(b.name, i)), what: `the files of back end ${b.name}`, at: [...b.at, 'files'] });
  }
  for (const s of inv.glance.stores) {
    if (s.type === 'file' && s.nfs) out.push({ names: [nfsMountName(s.name)], what: `the NFS export of glance store ${s.name}`, at: [...s.at, 'nfs'] });
  }
  return out;
}

export const mountNameClash: Rule<InventoryRuleContext> = {
  id: 'RB045',
  name: 'mount-name-clash',
  severity: 'error',
  summary: 'A mount under spec.mounts has the name of an extraMounts entry or volume that rhoso-backends generates (ceph, <back end>-files, nfs-<store>).',
  why: 'Entries are matched by name, so the mount would replace the generated one: the rbd pod loses /etc/ceph, or a back end loses its CA file while its config still points at it.',
  fix: '`mounts: [{name: ceph, ...}]` -> `mounts: [{name: ceph-extra, ...}]`',
  check({ inventory, item }, report) {
    const generated = generatedMountNames(inventory);
    for (const m of inventory.mounts) {
      const clash = generated.find((g) => g.names.includes(m.name));
      if (!clash) continue;
      report({
        item,
        path: [...m.at, 'name'],
        message: `mount "${m.name}" has the name of the extraMounts entry rhoso-backends generates for ${clash.what} (${fieldPath(clash.at)}); it would replace it`,
        hint: `rename the mount, e.g. name: ${m.name}-extra`,
      });
    }
  },
};
