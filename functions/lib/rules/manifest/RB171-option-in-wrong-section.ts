import { defaultOnlyOptions } from '../../catalog/default-options.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { atIni } from './helpers.js';
import { manifestIndex } from './model.js';

export const optionInWrongSection: Rule<ManifestRuleContext> = {
  id: 'RB171',
  name: 'option-in-wrong-section',
  severity: 'warning',
  summary: 'An option the service reads only from `[DEFAULT]` (manila `enabled_share_protocols`, cinder `backup_driver`, glance `enabled_backends`, ...) is written in another section.',
  why: 'oslo.config registers these options without a group, so in a back-end or store section they are ignored and the default applies (manila keeps NFS and CIFS when the Dell PowerScale guide sets `enabled_share_protocols` in the back-end section). The list, with the line that defines each option in the 2023.1 sources, is functions/lib/catalog/default-options/<service>.yaml.',
  fix: '`[powerscale]\\nenabled_share_protocols = NFS` -> `[DEFAULT]\\nenabled_share_protocols = NFS`',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const c of cp.components) {
        if (!c.config) continue;
        const options = defaultOnlyOptions(c.service);
        for (const e of c.config.ini.entries) {
          const option = options.get(e.key);
          if (!option || e.section === 'DEFAULT' || e.section === '') continue;
          report({
            ...atIni(c.config, e),
            message: `${e.key} is read only from [DEFAULT] (${c.service} ${option.source}); in [${e.section}] it is ignored`,
            hint: `move ${e.key} to [DEFAULT]`,
          });
        }
      }
    }
  },
};
