import { nearest } from '../../diagnostics/did-you-mean.js';
import { listValue, sectionNames, valuesOf } from '../../ini/parse.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { atIni } from './helpers.js';
import { manifestIndex } from './model.js';

export const enabledBackendsSection: Rule<ManifestRuleContext> = {
  id: 'RB144',
  name: 'enabled-backends-section',
  severity: 'error',
  summary: 'A cinderVolumes back end\'s `enabled_backends` names a section its customServiceConfig does not have (often another back end\'s).',
  why: 'cinder-volume starts the back ends listed in enabled_backends from the sections of its own configuration: a name without a section fails the service (or, copied from a sibling back end, runs the wrong one).',
  fix: 'In back end `alletra-iscsi-1`: `enabled_backends = alletra-iscsi` -> `enabled_backends = alletra-iscsi-1` (its own section), or drop enabled_backends and let the operator fill it.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      for (const b of cp.backends) {
        if (b.field !== 'cinderVolumes' || !b.config) continue;
        const sections = sectionNames(b.config.ini).filter((s) => s !== 'DEFAULT');
        for (const entry of valuesOf(b.config.ini, 'enabled_backends')) {
          for (const name of listValue(entry.value.replace(/\s[#;].*$/, ''))) {
            if (sections.includes(name)) continue;
            const near = nearest(name, sections, Infinity);
            report({
              ...atIni(b.config, entry, entry.valueColumn),
              message: `enabled_backends lists "${name}", but back end "${b.key}" has no [${name}] section`,
              hint: near ? `did you mean "${near}"?` : `add a [${name}] section or remove it from enabled_backends`,
            });
          }
        }
      }
    }
  },
};
