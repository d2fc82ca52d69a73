import type { Rule } from '../rule.js';
import { suggestLabel } from '../inventory/RB003-invalid-backend-name.js';
import type { ManifestRuleContext } from './context.js';
import { RFC1123_LABEL } from './helpers.js';
import { asObject, manifestIndex, type Backend, type ControlPlane } from './model.js';

/**
 * Longest key whose derived object names still fit (RHOSO-FIELDS.md 2.3, 3, 4
 * and the checklist in 7): the webhook limits plus the revision-hash label.
 */
export function maxKeyLength(cp: ControlPlane, b: Backend): { max: number; why: string } | undefined {
  const spec = asObject(cp.obj.spec);
  if (b.field === 'cinderVolumes' || b.field === 'cinderBackups') {
    const unique = asObject(spec.cinder).uniquePodNames === true;
    return { max: unique ? 32 : 38, why: unique ? 'cinder with uniquePodNames' : 'cinder' };
  }
  if (b.field === 'manilaShares') return { max: 39, why: 'manila' };
  if (b.field === 'glanceAPIs') {
    const unique = asObject(spec.glance).uniquePodNames === true;
    const type = typeof b.value.type === 'string' ? b.value.type : 'split';
    const cache = asObject(b.value.imageCache).size || asObject(asObject(asObject(spec.glance).template).imageCache).size;
    let max = type === 'single' ? 38 : type === 'edge' ? 36 : cache ? 22 : 32;
    if (unique) max -= 6;
    return { max, why: `a glance ${type} API${type === 'split' && cache ? ' with imageCache' : ''}${unique ? ' and uniquePodNames' : ''}` };
  }
  return undefined;
}

export const invalidBackendKey: Rule<ManifestRuleContext> = {
  id: 'RB110',
  name: 'invalid-backend-key',
  severity: 'error',
  summary: 'A cinderVolumes, cinderBackups, manilaShares or glanceAPIs key is not an RFC 1123 label, is too long for the objects the operator derives from it, or is `default`.',
  why: 'The openstack-operator webhook rejects cinderVolumes keys that are not DNS-1123 labels of at most 38 characters (32 with uniquePodNames); longer manila and glance keys break the StatefulSet revision label; a back end named `default` can never get a custom image.',
  fix: '`powermaxFC:` -> `powermax-fc:`',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const b of cp.backends) {
        const limit = maxKeyLength(cp, b);
        if (!limit) continue;
        const path = [...b.path];
        if (b.key === 'default' && b.field !== 'glanceAPIs') {
          report({ item: cp.item, path, key: true, message: `"default" is reserved: the operator always gives the "default" image key the stock image`, hint: 'use a name that says what the back end is, e.g. its vendor and protocol' });
        } else if (!RFC1123_LABEL.test(b.key)) {
          const s = suggestLabel(b.key).slice(0, limit.max).replace(/-+$/, '');
          report({
            item: cp.item,
            path,
            key: true,
            message: `"${b.key}" is not an RFC 1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit)`,
            hint: s && RFC1123_LABEL.test(s) ? `write "${s}"` : 'use lower-case letters, digits and "-"',
          });
        } else if (b.key.length > limit.max) {
          report({
            item: cp.item,
            path,
            key: true,
            message: `"${b.key}" is ${b.key.length} characters; keys of ${limit.why} may have at most ${limit.max}`,
            hint: `shorten it, e.g. "${b.key.slice(0, limit.max).replace(/-+$/, '')}"`,
          });
        }
      }
    }
  },
};
