import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { usesFileStore } from './glance.js';
import { manifestIndex, serviceEnabled } from './model.js';

export const glanceSplitFileStore: Rule<ManifestRuleContext> = {
  id: 'RB117',
  name: 'glance-split-file-store',
  severity: 'error',
  summary: 'A glance API of `type: split` (the CRD default) uses a file store (including NFS through extraMounts, or no enabled_backends at all).',
  why: 'The glance webhook rejects it ("The GlanceAPI layout type: split cannot be used in combination with File and NFS backend"): the internal and external StatefulSets would each get their own image directory.',
  fix: 'Set `type: single` on the API that serves the file/NFS store (or `replicas: 0` while migrating).',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      if (!serviceEnabled(cp, 'glance')) continue;
      for (const api of cp.backends) {
        if (api.field !== 'glanceAPIs') continue;
        const type = api.value.type ?? 'split';
        if (type !== 'split' || api.value.replicas === 0) continue;
        if (usesFileStore(cp, api) !== true) continue;
        report({
          item: cp.item,
          path: api.value.type === undefined ? api.path : [...api.path, 'type'],
          key: api.value.type === undefined,
          message: `glance API "${api.key}" is ${api.value.type === undefined ? 'split (the default type)' : 'type split'} and its store is a file store: the webhook rejects this layout`,
          hint: 'set type: single for a file or NFS store',
        });
      }
    }
  },
};
