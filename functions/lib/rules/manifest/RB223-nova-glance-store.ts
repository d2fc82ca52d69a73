import { listValue, valuesOf } from '../../ini/parse.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { dataPlaneIndex, novaConfigs, novaServices } from './dataplane.js';
import { manifestIndex } from './model.js';

export const novaGlanceStore: Rule<ManifestRuleContext> = {
  id: 'RB223',
  name: 'nova-glance-store',
  severity: 'error',
  summary: 'A nova config\'s `[libvirt] images_rbd_glance_store_name` names no glance store of the control plane in the package (its glance APIs\' enabled_backends).',
  why:
    'nova clones an image within Ceph only from the glance store of that name; a name glance does not have makes nova ask glance to copy the image there, which fails, so instances do not boot (DATAPLANE.md §2.3).',
  fix: '`images_rbd_glance_store_name = default` -> the store name in `enabled_backends = default_backend:rbd`, here `default_backend`',
  check(ctx, report) {
    const stores = new Set<string>();
    let glance = false;
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const c of cp.components) {
        if (c.service !== 'glance' || !c.config) continue;
        glance = true;
        for (const e of valuesOf(c.config.ini, 'enabled_backends')) for (const b of listValue(e.value)) stores.add(b.split(':')[0].trim());
      }
    }
    if (ctx.inventory) for (const s of ctx.inventory.glance.stores) stores.add(s.name);
    if (!glance && !ctx.inventory) return; // no control plane to compare against
    const idx = dataPlaneIndex(ctx.items);
    for (const service of novaServices(idx)) {
      for (const { configMap, key, ini } of novaConfigs(idx, service)) {
        const name = valuesOf(ini, 'images_rbd_glance_store_name', 'libvirt')[0]?.value;
        if (name === undefined || stores.has(name)) continue;
        report({ item: configMap.item, path: ['data', key], message: `[libvirt] images_rbd_glance_store_name = ${name}, but glance has no store of that name (${[...stores].sort().join(', ') || 'none'})`, hint: stores.size ? `use one of ${[...stores].sort().join(', ')}` : 'add the store to glance' });
      }
    }
  },
};
