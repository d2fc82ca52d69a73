/**
 * RB145: glance-operator gives a GlanceAPI the template's customServiceConfig
 * only when the API sets none (glance-operator
 * internal/controller/glance_controller.go), so with both set the template's
 * options silently stop applying to that API. Render copies them into the
 * APIs it generates (expand/glance.ts); this rule reports what still does not
 * reach an API: the template's store configuration, which the inventory's
 * stores replace, and options whose value the inventory sets differently.
 * Values are compared as oslo.config reads them (`"RBD backend"` is
 * `RBD backend`): a template store configuration the inventory's stores
 * write the same in every API is adopted instead (pipeline/adopt-glance-template.ts, adopt-template-config.ts).
 */
import { isStoreConfig } from '../../expand/glance.js';
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
const norm = (section: string) => (section.toUpperCase() === 'DEFAULT' ? 'DEFAULT' : section);

export const glanceTemplateConfigHidden: Rule<ManifestRuleContext> = {
  id: 'RB145',
  name: 'glance-template-config-hidden',
  severity: 'warning',
  summary: 'An option of glance.template.customServiceConfig does not reach a GlanceAPI that has its own customServiceConfig (an error when rhoso-backends generated that API).',
  why: 'glance-operator passes the template\'s customServiceConfig to an API only when the API sets none: the API\'s config replaces it, so the option silently stops applying.',
  fix: 'Put the option into each API\'s customServiceConfig (render does it for the APIs it generates), or describe the template\'s stores in the inventory\'s spec.glance.stores and remove enabled_backends, [glance_store] and the store sections from the template.',
  check(ctx, report) {
    for (const cp of manifestIndex(ctx).controlPlanes) {
      const template = cp.components.find((c) => c.service === 'glance' && c.field === 'template')?.config;
      if (!template) continue;
      const wanted = template.ini.entries.filter((e) => e.section !== '');
      if (wanted.length === 0) continue;
      const owned = annotationOf(cp.item, MANAGED_FIELDS_ANNOTATION) ?? '';
      for (const api of cp.components.filter((c) => c.service === 'glance' && c.field === 'glanceAPIs' && c.config && c.config.text.trim() !== '')) {
        const generated = owned.includes(JSON.stringify(pointerOf({ kind: 'key', path: api.path.slice(0, -1).map(String), key: api.key! })));
        const have = api.config!.ini.entries;
        for (const e of wanted) {
          const got = have.find((h) => norm(h.section) === norm(e.section) && h.key === e.key);
          if (got && osloValue(got.value) === osloValue(e.value)) continue;
          const store = isStoreConfig(template.ini.entries, e);
          report({
            ...atIni(template, e),
            severity: generated ? 'error' : 'warning',
            message: store
              ? `[${e.section}] ${e.key} configures the template's glance stores, but glanceAPIs.${api.key} has its own customServiceConfig${generated ? ' (the inventory\'s glance stores)' : ''}, which replaces the template's: the setting does not apply there${got ? ` (glanceAPIs.${api.key} has ${e.key} = ${shown(e.key, got.value)}, the template ${shown(e.key, e.value)})` : generated ? ' (the inventory\'s stores do not set it)' : ''}`
              : `[${e.section}] ${e.key} = ${e.value} does not apply to glanceAPIs.${api.key}: its own customServiceConfig replaces the template's${got ? ` and sets ${e.key} = ${got.value}` : ''}`,
            hint: store
              ? generated
                ? 'describe these stores in the inventory (spec.glance.stores) and remove enabled_backends, [glance_store] and the store sections from glance.template.customServiceConfig'
                : `copy the store configuration into glanceAPIs.${api.key}.customServiceConfig, or remove it from the template`
              : generated
                ? `remove ${e.key} from the template, or set the same value in the inventory`
                : `add ${e.key} = ${e.value} under [${e.section}] in glanceAPIs.${api.key}.customServiceConfig`,
          });
        }
      }
    }
  },
};
