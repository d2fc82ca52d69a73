import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';

export const glanceLayout: Rule<InventoryRuleContext> = {
  id: 'RB022',
  name: 'glance-layout',
  severity: 'error',
  summary: 'A glance API layout cannot work with its stores: split with a file store, single without one, or file stores mixed with rbd/cinder/swift/s3.',
  why: 'The glance webhook rejects type: split with a file (NFS) backend, and in RHOSO 18 (no location API) a single API with an rbd/cinder/swift/s3 store fails to reconcile (RHOSO-FIELDS.md section 4). A mix of both has no valid layout.',
  fix: '`type: split` + a file store -> `type: auto` (single); file + rbd stores -> serve them from two APIs (apis: [{name: files, stores: [local]}, {name: images, stores: [ceph]}]).',
  check({ inventory, item }, report) {
    const typeOf = new Map(inventory.glance.stores.map((s) => [s.name, s.type]));
    for (const api of inventory.glance.apis) {
      const types = api.stores.map((n) => typeOf.get(n)).filter((t) => t !== undefined);
      if (types.length === 0) continue;
      const file = types.filter((t) => t === 'file').length;
      const at = api.type === 'auto' ? [...api.at, 'stores'] : [...api.at, 'type'];
      if (file > 0 && file < types.length) {
        report({ item, path: api.at, message: `glance API ${api.name} mixes file stores with ${[...new Set(types.filter((t) => t !== 'file'))].join('/')} stores: neither the single nor the split layout works for both in RHOSO 18`, hint: 'serve the file store and the others from separate APIs (spec.glance.apis with stores: [...])' });
      } else if (api.type === 'split' && file > 0) {
        report({ item, path: at, message: `glance API ${api.name} is type: split but serves a file store; the glance webhook rejects that`, hint: 'write type: single (or auto)' });
      } else if (api.type === 'single' && file === 0) {
        report({ item, path: at, message: `glance API ${api.name} is type: single with ${[...new Set(types)].join('/')} stores; without the location API (RHOSO 18) it fails to reconcile`, hint: 'write type: split (or auto)' });
      } else if (api.type === 'edge' && file > 0) {
        report({ item, path: at, message: `edge glance API ${api.name} serves a file store; edge APIs are for rbd stores at DCN sites`, hint: 'serve the file store from a single API' });
      }
    }
  },
};
