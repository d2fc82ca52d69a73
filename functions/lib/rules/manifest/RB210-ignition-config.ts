import { labelOf } from '../../io/resources.js';
import { MANAGED_BY, MANAGED_BY_LABEL } from '../../expand/plan.js';
import { ignitionValidator, KNOWN_IGNITION_VERSIONS } from '../../schema/ignition.js';
import type { ErrorObject } from 'ajv';
import { pathOf } from '../../diagnostics/schema-errors.js';
import { nearest } from '../../diagnostics/did-you-mean.js';
import { schemaFindings } from '../../schema/errors.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { machineConfigs } from './machine-configs.js';

export const ignitionConfig: Rule<ManifestRuleContext> = {
  id: 'RB210',
  name: 'ignition-config',
  severity: 'error',
  summary:
    'A MachineConfig\'s spec.config must be a valid Ignition 3.x config (the spec\'s JSON Schema, with unknown keys as errors): lower-case keys (`systemd.units[].contents`, not `Systemd.Units[].Contents`), a known ignition.version.',
  why:
    'The MachineConfig CRD declares spec.config with x-kubernetes-preserve-unknown-fields, so the API server accepts anything there; a misspelt or capitalised key (cinder-operator\'s fix-ocp-nvme sample writes `Systemd`, `Units`, `Contents`: DATAPLANE.md §6 row 9) is at best ignored by the Machine Config Operator, and the unit that gives every node its own NVMe host ID never exists.',
  fix: '`config: {Systemd: {Units: [{name: x.service, Contents: ...}]}}` -> `config: {systemd: {units: [{name: x.service, contents: ...}]}}`',
  check(ctx, report) {
    for (const mc of machineConfigs(ctx.items)) {
      // Generated whole by the tool: valid by construction (the suite checks every example).
      if (labelOf(mc.item, MANAGED_BY_LABEL) === MANAGED_BY) continue;
      if (!mc.config) continue; // the MachineConfig CRD (spec.config: object) is RB190's business
      const version = mc.config.ignition?.version;
      if (typeof version !== 'string') {
        report({ item: mc.item, path: ['spec', 'config', 'ignition'], message: 'spec.config has no ignition.version', hint: 'add ignition: {version: 3.2.0} (the version upstream storage MachineConfigs use)' });
        continue;
      }
      const validate = ignitionValidator(version);
      if (!validate) {
        report({
          item: mc.item,
          path: ['spec', 'config', 'ignition', 'version'],
          message: `Ignition version "${version}" is not one MachineConfigs use (${KNOWN_IGNITION_VERSIONS.join(', ')})`,
          hint: 'write version: 3.2.0',
        });
        continue;
      }
      if (validate(mc.config)) continue;
      const errors = validate.errors ?? [];
      for (const e of errors.filter((x) => x.keyword === 'unevaluatedProperties')) {
        const name = (e.params as { unevaluatedProperty: string }).unevaluatedProperty;
        report({ item: mc.item, path: ['spec', 'config', ...pathOf(e.instancePath), name], key: true, message: `unknown field "${name}" (Ignition ${version} spec)`, hint: suggestKey(name, e) });
      }
      for (const f of schemaFindings(errors.filter((x) => x.keyword !== 'unevaluatedProperties'))) {
        report({ item: mc.item, path: ['spec', 'config', ...f.path], key: f.key, message: `${f.message} (Ignition ${version} spec)`, hint: f.hint });
      }
    }
  },
};

/**
 * The key the user meant: a near miss among the keys the schema allows there (its own properties
 * and those of inline allOf parts), else, for a capitalised key, its lower-case form (Ignition keys
 * are camelCase starting lower-case; DATAPLANE.md §6 row 9).
 */
function suggestKey(name: string, e: ErrorObject): string {
  const parent = (e as ErrorObject & { parentSchema?: Record<string, any> }).parentSchema ?? {};
  const allowed = [parent.properties, ...((parent.allOf ?? []) as Array<Record<string, any>>).map((p) => p.properties)].flatMap((p) => Object.keys(p ?? {}));
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const near = allowed.includes(lower) ? lower : nearest(name, allowed);
  if (near) return `did you mean "${near}"?`;
  if (lower !== name) return `Ignition keys start lower-case: write "${lower}"`;
  return allowed.length ? `allowed here: ${allowed.join(', ')}` : 'remove it';
}
