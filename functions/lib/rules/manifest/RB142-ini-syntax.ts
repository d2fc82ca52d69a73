import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { manifestIndex } from './model.js';

const MESSAGES = {
  'no-section': (t: string) => `option "${t}" comes before any [section] header`,
  'not-key-value': (t: string) => `line "${t.slice(0, 60)}" is not "key = value"`,
  'bad-header': (t: string) => `"${t.slice(0, 60)}" is not a valid [section] header`,
};

export const iniSyntax: Rule<ManifestRuleContext> = {
  id: 'RB142',
  name: 'ini-syntax',
  severity: 'error',
  summary: 'customServiceConfig is not valid oslo.config INI: an option before any `[section]`, a line that is not `key = value`, or a broken header.',
  why: 'The operators merge snippets by section and oslo.config refuses lines it cannot parse: the service fails to start or the option silently lands in another section.',
  fix: 'Start the snippet with a header: `volume_backend_name = pure` -> `[pure]` then `volume_backend_name = pure`.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const c of cp.components) {
        if (!c.config) continue;
        for (const p of c.config.ini.problems) {
          report({ item: c.config.item, path: c.config.path, within: { line: p.line, column: p.column }, message: MESSAGES[p.kind](p.text), hint: p.kind === 'no-section' ? 'add a [DEFAULT] or [<back end>] header above it' : 'fix or remove the line (comments start with # or ;)' });
        }
      }
    }
  },
};
