/**
 * RB164: manila-operator adds manila.template.customServiceConfig to every
 * manila pod, before the pod's own config. A share back end section the
 * template configures and a share's own config configures again is read
 * from both: the share's values win for the keys it sets, and the template's
 * other keys still apply to that back end, which neither file says alone.
 * Render adopts the template's back-end lines when the inventory's share
 * writes the same (pipeline/adopt-manila-template.ts); this rule reports what
 * still mixes into a share rhoso-backends generated: the output would not be
 * the back end the inventory says. A hand-written share that overrides some
 * keys of the template's section is left alone (a deliberate layering).
 */
import { osloValue } from '../../expand/ini.js';
import { MANAGED_FIELDS_ANNOTATION } from '../../expand/plan.js';
import { annotationOf } from '../../io/resources.js';
import { pointerOf } from '../../pipeline/owned-fields.js';
import { SECRET_OPTION } from '../inventory/credential-keys.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { atIni } from './helpers.js';
import { manifestIndex } from './model.js';

/** Credential-like values are never echoed. */
const shown = (key: string, value: string) => (SECRET_OPTION.test(key) ? '***' : value);

export const manilaTemplateBackendMixed: Rule<ManifestRuleContext> = {
  id: 'RB164',
  name: 'manila-template-backend-mixed',
  severity: 'error',
  summary: 'A share back-end section of manila.template.customServiceConfig differs from the one rhoso-backends generates for a manilaShares entry of the inventory.',
  why: 'manila-operator gives every manila pod the template\'s config before the pod\'s own: the share reads both sections as one, its own values winning, so a template key the share does not set (or sets differently) silently shapes that back end.',
  fix: 'Describe the back end in the inventory only: remove enabled_share_backends, enabled_share_protocols and the section from the template, or set the same values in the inventory\'s back end (then the template\'s lines are adopted, and `adopt` deletes them).',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      const template = cp.components.find((c) => c.service === 'manila' && c.field === 'template')?.config;
      if (!template) continue;
      const backendSections = new Set(template.ini.entries.filter((e) => e.key === 'share_driver' && e.section !== '' && e.section.toUpperCase() !== 'DEFAULT').map((e) => e.section));
      if (backendSections.size === 0) continue;
      const owned = annotationOf(cp.item, MANAGED_FIELDS_ANNOTATION) ?? '';
      for (const share of cp.backends.filter((b) => b.service === 'manila' && b.field === 'manilaShares' && b.config)) {
        const own = share.config!.ini.entries;
        if (!owned.includes(JSON.stringify(pointerOf({ kind: 'key', path: share.path.slice(0, -1).map(String), key: share.key })))) continue;
        for (const section of backendSections) {
          if (!own.some((e) => e.section === section)) continue;
          for (const e of template.ini.entries.filter((x) => x.section === section)) {
            const got = own.filter((h) => h.section === section && h.key === e.key).pop();
            if (got && osloValue(got.value) === osloValue(e.value)) continue;
            report({
              ...atIni(template, e),
              message: got
                ? `[${section}] ${e.key} = ${shown(e.key, e.value)} in manila's template customServiceConfig, and ${shown(e.key, got.value)} in manilaShares.${share.key}'s own [${section}] (the inventory's back end): the share pod reads both, its own last`
                : `[${section}] ${e.key} = ${shown(e.key, e.value)} in manila's template customServiceConfig also applies to manilaShares.${share.key} (the inventory's back end, which does not set it): the share pod reads the template's [${section}] before its own`,
              hint: `remove enabled_share_backends, enabled_share_protocols and [${section}] from manila.template.customServiceConfig (the inventory writes the back end), or set ${e.key} the same in the inventory's back end (then the template's lines are adopted)`,
            });
          }
        }
      }
    }
  },
};
