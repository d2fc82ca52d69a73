import { nameOf } from '../../io/resources.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { configMapSources, dataPlaneIndex, NOVA_CONF_KEY, novaServices, textData } from './dataplane.js';

export const novaConfigKey: Rule<ManifestRuleContext> = {
  id: 'RB219',
  name: 'nova-config-key',
  severity: 'error',
  summary: 'A ConfigMap that a nova-type OpenStackDataPlaneService reads has a key that does not match `*nova*.conf`.',
  why:
    'Every key is copied to the compute, but nova-compute only loads files named *nova*.conf into /etc/nova/nova.conf.d (edpm_nova kolla config): `03-ceph.conf` is never read, and the Ceph settings in it silently do nothing (DATAPLANE.md §6 row 6).',
  fix: '`03-ceph.conf: |` -> `03-ceph-nova.conf: |`',
  check(ctx, report) {
    const idx = dataPlaneIndex(ctx.items);
    for (const service of novaServices(idx)) {
      for (const src of configMapSources(service)) {
        const cm = idx.configMaps.get(src.name);
        if (!cm) continue;
        for (const key of Object.keys(textData(cm))) {
          if (NOVA_CONF_KEY.test(key)) continue;
          const suggestion = key.endsWith('.conf') ? key.replace(/\.conf$/, '-nova.conf') : `${key}-nova.conf`;
          report({
            item: cm.item,
            path: ['data', key],
            key: true,
            message: `nova service ${nameOf(service.item)} reads this ConfigMap, but nova-compute only loads keys matching *nova*.conf: "${key}" is copied to the compute and never read`,
            hint: `rename the key to ${suggestion}`,
          });
        }
      }
    }
  },
};
