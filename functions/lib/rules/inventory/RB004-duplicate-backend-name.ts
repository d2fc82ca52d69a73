import { nodeAt, pos } from '../../io/yaml.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const duplicateBackendName: Rule<InventoryRuleContext> = {
  id: 'RB004',
  name: 'duplicate-backend-name',
  severity: 'error',
  summary: 'Two back ends (or two stores, clusters or mounts) of one list share a name.',
  why: 'Map keys in the control plane must be unique; the second would silently replace the first.',
  fix: 'Rename one of them: `name: pure` twice -> `pure-a`, `pure-b`.',
  check({ inventory, item }, report) {
    const lists: Array<{ label: string; entries: Array<{ name: string; at: (string | number)[] }> }> = [
      { label: 'cinder back end', entries: inventory.cinder.backends },
      { label: 'manila back end', entries: inventory.manila.backends },
      { label: 'glance store', entries: inventory.glance.stores },
      { label: 'Ceph cluster', entries: inventory.ceph },
      { label: 'mount', entries: inventory.mounts },
    ];
    for (const { label, entries } of lists) {
      const first = new Map<string, (string | number)[]>();
      for (const e of entries) {
        const prev = first.get(e.name);
        if (prev) {
          const first = pos(item.file, nodeAt(item.doc, [...prev, 'name']));
          report({ item, path: [...e.at, 'name'], message: `${label} "${e.name}" is defined twice (first at line ${first.line})`, hint: 'give each a unique name' });
        } else first.set(e.name, e.at);
      }
    }
    // Section names may repeat across cinder back ends: each cinderVolumes entry is its own pod and
    // its own cinder host (<pod>@<section>), reading only its own config and credentials Secret
    // (the DCN samples use [ceph] in every site's pod).
  },
};
