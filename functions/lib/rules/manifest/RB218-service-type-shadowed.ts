import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { dataPlaneIndex, serviceType, servicesOf } from './dataplane.js';

export const serviceTypeShadowed: Rule<ManifestRuleContext> = {
  id: 'RB218',
  name: 'service-type-shadowed',
  severity: 'error',
  summary: 'A NodeSet lists two services of the same edpmServiceType (`nova` and a custom `edpmServiceType: nova` service): only the first runs.',
  why:
    'The operator de-duplicates a NodeSet\'s services by edpmServiceType and silently skips all but the first (openstack-operator service.go dedupe): with `nova` before `nova-custom-ceph`, the computes never get the Ceph nova config and ephemeral disks stay local (DATAPLANE.md §6 row 5).',
  fix: '`services: [..., libvirt, nova, nova-custom-ceph]` -> `[..., libvirt, nova-custom-ceph]` (the custom service replaces nova)',
  check(ctx, report) {
    const idx = dataPlaneIndex(ctx.items);
    for (const ns of idx.nodeSets) {
      const first = new Map<string, string>();
      servicesOf(ns).forEach((name, i) => {
        const type = serviceType(idx, name);
        const earlier = first.get(type);
        if (earlier === undefined) {
          first.set(type, name);
          return;
        }
        report({
          item: ns.item,
          path: ['spec', 'services', i],
          message: `${name} has edpmServiceType ${type}, like ${earlier} listed before it: the operator runs only ${earlier} and skips ${name}`,
          hint: `keep one of them: remove ${earlier === type ? earlier : name} (a custom ${type} service replaces the bundled one)`,
        });
      });
    }
  },
};
