import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { dataPlaneIndex } from './dataplane.js';

export const dataPlaneDataSourceReference: Rule<ManifestRuleContext> = {
  id: 'RB216',
  name: 'dataplane-datasource-reference',
  severity: 'error',
  summary: 'An OpenStackDataPlaneService dataSources item names no ConfigMap or Secret: `{configMapRef: null, name: x}` instead of `{configMapRef: {name: x}}`.',
  why:
    'Each item needs configMapRef.name or secretRef.name; `name` beside the reference is an unknown field the API server drops, so the service runs without that data source: architecture dt/dcn renders nova-custom-ceph and neutron-metadata this way, and the computes get no Ceph nova config or metadata agent config (DATAPLANE.md §6 row 1).',
  fix: '`- configMapRef:` / `  name: ceph-nova` at the same indent -> `- configMapRef:` / `    name: ceph-nova` (name under configMapRef)',
  check(ctx, report) {
    for (const service of dataPlaneIndex(ctx.items).services.values()) {
      const ds = service.obj.spec?.dataSources;
      if (!Array.isArray(ds)) continue;
      ds.forEach((d, i) => {
        const ref = d?.configMapRef?.name ?? d?.secretRef?.name;
        if (typeof ref === 'string' && ref) return;
        const kind = d && typeof d === 'object' && 'secretRef' in d ? 'secretRef' : 'configMapRef';
        const stray = typeof d?.name === 'string' ? d.name : undefined;
        report({
          item: service.item,
          path: ['spec', 'dataSources', i],
          message: stray ? `this data source has name "${stray}" beside ${kind}, not under it: it references nothing, and the service runs without ${stray}` : 'this data source references no ConfigMap or Secret',
          hint: stray ? `write ${kind}: {name: ${stray}}` : 'give configMapRef: {name: ...} or secretRef: {name: ...}',
        });
      });
    }
  },
};
