import { nearest } from '../../diagnostics/did-you-mean.js';
import { listValue, sectionNames, valuesOf } from '../../ini/parse.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { atIni } from './helpers.js';
import { manifestIndex, serviceEnabled } from './model.js';

export const manilaShareBackends: Rule<ManifestRuleContext> = {
  id: 'RB119',
  name: 'manila-share-backends',
  severity: 'error',
  summary: 'A manilaShares entry does not set `enabled_share_backends`, or lists a back end that has no section.',
  why: 'manila has no automatic enabled_share_backends (cinder has): its built-in config enables a back end called `alpha`, so the share service starts with no usable back end.',
  fix: 'Add `[DEFAULT]` `enabled_share_backends = netapp` to the share\'s customServiceConfig, with a `[netapp]` section.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      // Partial control planes may enable manila in their base.
      if (!serviceEnabled(cp, 'manila') && !(cp.partial && cp.obj.spec?.manila?.enabled === undefined)) continue;
      const template = cp.components.find((c) => c.service === 'manila' && c.field === 'template');
      for (const share of cp.backends) {
        if (share.field !== 'manilaShares') continue;
        const own = share.config ? valuesOf(share.config.ini, 'enabled_share_backends') : [];
        const shared = template?.config ? valuesOf(template.config.ini, 'enabled_share_backends') : [];
        if (own.length === 0 && shared.length === 0) {
          if (!share.config && cp.partial) continue;
          report({
            item: cp.item,
            path: share.config ? share.config.path : share.path,
            key: !share.config,
            message: `share "${share.key}" does not set enabled_share_backends, so manila enables its built-in placeholder back end`,
            hint: 'add enabled_share_backends = <section> under [DEFAULT]',
          });
          continue;
        }
        const [where, entry] = own.length ? [share.config!, own[own.length - 1]] : [template!.config!, shared[shared.length - 1]];
        const sections = new Set([...(share.config ? sectionNames(share.config.ini) : []), ...(template?.config ? sectionNames(template.config.ini) : [])]);
        for (const name of listValue(entry.value.replace(/\s[#;].*$/, ''))) {
          if (sections.has(name)) continue;
          const near = nearest(name, [...sections].filter((s) => s !== 'DEFAULT'));
          report({
            ...atIni(where, entry),
            message: `share "${share.key}" enables back end "${name}", but no [${name}] section is configured`,
            hint: near ? `did you mean "${near}"?` : `add a [${name}] section with share_driver and share_backend_name`,
          });
        }
      }
    }
  },
};
