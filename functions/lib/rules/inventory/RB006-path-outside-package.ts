import path from 'node:path';
import { resolveInside } from '../../io/package-path.js';
import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

/** Why `rel` (relative to the inventory file) cannot be read, if it cannot. */
export function pathProblem(ctx: InventoryRuleContext, rel: string): string | undefined {
  return resolveInside(ctx.packageRoot, path.resolve(ctx.packageRoot, path.dirname(ctx.item.path || '.')), rel).problem;
}

export const pathOutsidePackage: Rule<InventoryRuleContext> = {
  id: 'RB006',
  name: 'bad-package-path',
  severity: 'error',
  summary: 'A `path:` is absolute, leaves the package (`..`, a symlink pointing outside), or does not exist.',
  why: 'Rendering must only read files that are part of the package under review, never files elsewhere on the machine.',
  fix: '`path: /etc/pki/ca.pem` -> copy the file into the package and write `path: files/ca.pem`.',
  check(ctx, report) {
    const refs: Array<{ rel: string; at: (string | number)[] }> = [];
    for (const b of allBackends(ctx.inventory)) b.files.forEach((f, i) => f.path && refs.push({ rel: f.path, at: [...b.at, 'files', i, 'path'] }));
    for (const c of ctx.inventory.ceph) {
      if (c.files) refs.push({ rel: c.files.conf, at: [...c.at, 'files', 'conf'] }, { rel: c.files.keyring, at: [...c.at, 'files', 'keyring'] });
      for (const [user, rel] of Object.entries(c.files?.keyrings ?? {})) refs.push({ rel, at: [...c.at, 'files', 'keyrings', user] });
    }
    if (ctx.inventory.images.catalog) refs.push({ rel: ctx.inventory.images.catalog, at: ['spec', 'images', 'catalog'] });
    for (const r of refs) {
      const problem = pathProblem(ctx, r.rel);
      if (problem) report({ item: ctx.item, path: r.at, message: `path "${r.rel}" ${problem}`, hint: 'give a file inside the package, relative to the inventory file, e.g. files/config.xml' });
    }
  },
};
