import { nearest } from '../../diagnostics/did-you-mean.js';
import { sectionNames } from '../../ini/parse.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { manifestIndex } from './model.js';

export const secretSectionMismatch: Rule<ManifestRuleContext> = {
  id: 'RB143',
  name: 'secret-section-mismatch',
  severity: 'error',
  summary: 'A Secret in customServiceConfigSecrets holds an INI section that the back end\'s customServiceConfig does not define (`[nas]` for back end `[nfs]`).',
  why: 'The Secret\'s data is appended to the back end\'s configuration as-is: options under a section no back end uses are never read, so the driver starts without its credentials.',
  fix: 'Rename the section in the Secret to the back end\'s section: `[nas]` -> `[nfs]`.',
  check(ctx, report) {
    const index = manifestIndex(ctx);
    for (const cp of index.controlPlanes) {
      for (const b of cp.backends) {
        if (!b.config || !Array.isArray(b.value.customServiceConfigSecrets) || b.service === 'glance') continue;
        const own = sectionNames(b.config.ini).filter((s) => s !== 'DEFAULT');
        if (own.length === 0) continue;
        b.value.customServiceConfigSecrets.forEach((name: unknown, i: number) => {
          const secret = typeof name === 'string' ? index.secretIni.get(name) : undefined;
          if (!secret) return;
          const foreign = [...new Set(secret.docs.flatMap(sectionNames))].filter((s) => s !== 'DEFAULT' && !own.includes(s));
          for (const s of foreign) {
            const near = nearest(s, own, Infinity);
            report({
              item: cp.item,
              path: [...b.path, 'customServiceConfigSecrets', i],
              message: `Secret "${name}" configures section [${s}], but back end "${b.key}" defines ${own.map((o) => `[${o}]`).join(', ')}: those options are never read`,
              hint: own.length === 1 ? `rename [${s}] to [${own[0]}] in the Secret` : `use one of the back end's sections${near ? `, e.g. [${near}]` : ''}`,
            });
          }
        });
      }
    }
  },
};
