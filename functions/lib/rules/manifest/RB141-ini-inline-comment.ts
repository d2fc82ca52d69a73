import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { atIni } from './helpers.js';
import { manifestIndex } from './model.js';

export const iniInlineComment: Rule<ManifestRuleContext> = {
  id: 'RB141',
  name: 'ini-inline-comment',
  severity: 'error',
  summary: 'An INI value in customServiceConfig carries an inline comment (`netapp_server_hostname = x  # CHANGEME`).',
  why: 'oslo.config only treats whole lines starting with # or ; as comments: the text after the value is part of the value, so the driver connects to "x  # CHANGEME".',
  fix: 'Put the comment on its own line above the option: `# CHANGEME` then `netapp_server_hostname = x`.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const c of cp.components) {
        if (!c.config) continue;
        for (const e of c.config.ini.entries) {
          if (!e.inlineComment) continue;
          report({
            ...atIni(c.config, e, e.inlineComment.column),
            message: `the value of "${e.key}" includes "${e.inlineComment.text.slice(0, 40)}": oslo.config has no inline comments`,
            hint: 'move the comment to its own line',
          });
        }
      }
    }
  },
};
