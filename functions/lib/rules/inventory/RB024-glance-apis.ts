import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';
import { resolvedType } from '../../expand/glance.js';

/** Longest glanceAPIs key whose StatefulSet revision label still fits (RHOSO-FIELDS.md 4 and 7). */
export function maxGlanceApiName(type: 'split' | 'single' | 'edge', uniquePodNames: boolean): number {
  const base = type === 'split' ? 32 : type === 'single' ? 38 : 36;
  return uniquePodNames ? base - 6 : base;
}

export const glanceApis: Rule<InventoryRuleContext> = {
  id: 'RB024',
  name: 'glance-apis',
  severity: 'error',
  summary: 'glance APIs are defined inconsistently: api and apis together, a name used twice or too long for its layout, or no API that can be the keystoneEndpoint.',
  why: 'keystoneEndpoint must name an API that is not type: edge (webhook); glanceAPIs keys longer than the limit break the StatefulSet revision label.',
  fix: 'In DCN, keep one central API without type: edge first in apis; shorten `name: central-image-service-for-site-zero` -> `central`.',
  check({ inventory, item }, report) {
    const g = inventory.glance;
    if (g.stores.length === 0) return;
    const explicitList = g.apis.some((a) => a.at[2] === 'apis');
    const raw = item.doc.getIn(['spec', 'glance', 'api']);
    if (explicitList && raw !== undefined) report({ item, path: ['spec', 'glance', 'apis'], key: true, message: 'use either glance.api or glance.apis, not both', hint: 'move the api entry into apis' });
    const seen = new Set<string>();
    for (const api of g.apis) {
      if (seen.has(api.name)) report({ item, path: [...api.at, 'name'], message: `glance API "${api.name}" is defined twice`, hint: 'give each API its own name' });
      seen.add(api.name);
      const type = resolvedType(inventory, api);
      const max = maxGlanceApiName(type, inventory.controlPlane.uniquePodNames);
      if (api.name.length > max) report({ item, path: [...api.at, 'name'], message: `"${api.name}" is ${api.name.length} characters; ${type} glance API names may have at most ${max}${inventory.controlPlane.uniquePodNames ? ' with uniquePodNames' : ''}`, hint: `shorten it, e.g. "${api.name.slice(0, max).replace(/-+$/, '')}"` });
    }
    if (!g.apis.some((a) => a.type !== 'edge')) {
      report({ item, path: ['spec', 'glance', 'apis'], message: 'every glance API is type: edge; keystoneEndpoint needs one that is not', hint: 'add a central API (type: auto or split) to apis' });
    }
  },
};
