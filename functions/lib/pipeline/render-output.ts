/**
 * What render and fn both check on the way out, and the settings both take
 * from the environment (Argo CD parameters): lib, not commands/, so the two
 * entry points cannot drift apart.
 */
import { isSeq } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { apiVersionOf, diagnosticAt, isKrm, type Item } from '../io/resources.js';
import { findInventory } from '../inventory/load.js';
import type { OperatorLine } from '../inventory/model.js';

/** Documents that mean to be resources but lack a string apiVersion or kind: they would be dropped silently (and pruned by Argo CD). */
export function notQuiteResources(items: readonly Item[]): Diagnostic[] {
  return items
    .filter((it) => !isKrm(it) && ['apiVersion', 'kind', 'metadata'].some((k) => it.doc.hasIn([k])))
    .map((it) => diagnosticAt(it, [apiVersionOf(it) ? 'kind' : 'apiVersion'], { severity: 'error', rule: 'render', message: 'not a Kubernetes resource: apiVersion and kind must both be set, as strings', hint: 'fix them, or move this file out of the package' }));
}

/**
 * An empty output is never what the user wants (Argo CD would prune everything it manages).
 * Points at the inventory's empty list, else at a document that is not a resource (often an
 * inventory whose apiVersion/kind got lost), else at the input (`input`: the paths as given, and
 * where to report them).
 */
export function nothingToRender(items: readonly Item[], input: { label: string; file: string; line: number; column: number }): Diagnostic {
  const inventory = findInventory(items).item;
  if (inventory) {
    return diagnosticAt(inventory, emptyListIn(inventory) ?? ['spec'], { severity: 'error', rule: 'render', message: 'nothing to render: the inventory lists no back end, store, backup or mount, and the package holds no other resource', hint: 'add a back end, e.g. under spec.cinder.backends: [{name: ..., driver: ...}] (docs/inventory.md)' });
  }
  const notResource = items.find((it) => !isKrm(it));
  return notResource
    ? diagnosticAt(notResource, ['kind'], { severity: 'error', rule: 'render', message: 'nothing to render: this document has no apiVersion and kind (string values), and the input holds no applyable resources', hint: 'an inventory starts with apiVersion: backends.rhoso.io/v1alpha1 and kind: BackendInventory' })
    : { severity: 'error', rule: 'render', message: `nothing to render: ${input.label} holds no applyable resources`, hint: 'point render at the folder with the BackendInventory', file: input.file, line: input.line, column: input.column };
}

/** The first empty list of the inventory (`backends: []`), where the user left nothing to render. */
function emptyListIn(inventory: Item): string[] | undefined {
  const lists = [['spec', 'cinder', 'backends'], ['spec', 'manila', 'backends'], ['spec', 'glance', 'stores'], ['spec', 'cinder', 'backups'], ['spec', 'mounts']];
  return lists.find((at) => {
    const node = inventory.doc.getIn(at, true);
    return isSeq(node) && node.items.length === 0;
  });
}

export interface RenderSettings {
  operatorLine?: OperatorLine;
}

/**
 * Settings that arrive through the environment, weakest first:
 *   RHOSO_BACKENDS_OPERATOR_LINE       any CI
 *   ARGOCD_ENV_OPERATOR_LINE           Argo CD Application spec.source.plugin.env
 *   ARGOCD_APP_PARAMETERS              Argo CD plugin parameters (CMP v2): operator-line
 * Command-line flags override all of them. A value that is not allowed is an
 * error (with did-you-mean), never silently ignored.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv): { settings: RenderSettings; diagnostics: Diagnostic[] } {
  const settings: RenderSettings = {};
  const diagnostics: Diagnostic[] = [];
  const problem = (message: string, hint?: string) => diagnostics.push({ severity: 'error', rule: 'settings', message, hint });
  const apply = (source: string, name: string, value: string) => {
    const setting = SETTINGS[name];
    if (!setting) {
      problem(`${source}: unknown parameter "${name}"`, didYouMean(name, Object.keys(SETTINGS)) || `parameters: ${Object.keys(SETTINGS).join(', ')}`);
      return;
    }
    if (!setting.values.includes(value)) {
      problem(`${source}: "${value}" is not a value of ${name}`, didYouMean(value, setting.values) || `write one of: ${setting.values.join(', ')}`);
      return;
    }
    setting.set(settings, value);
  };
  for (const prefix of ['RHOSO_BACKENDS_', 'ARGOCD_ENV_']) {
    for (const name of Object.keys(SETTINGS)) {
      const variable = prefix + name.toUpperCase().replace(/-/g, '_');
      const value = env[variable];
      if (value !== undefined && value !== '') apply(variable, name, value);
    }
  }
  const raw = env.ARGOCD_APP_PARAMETERS;
  if (raw) {
    let params: unknown;
    try {
      params = JSON.parse(raw);
    } catch {
      params = undefined;
    }
    if (!Array.isArray(params)) {
      problem('ARGOCD_APP_PARAMETERS is not a JSON list of parameters', 'set parameters in the Application as spec.source.plugin.parameters: [{name: operator-line, string: main}]');
    } else {
      for (const p of params as Array<{ name?: unknown; string?: unknown }>) {
        if (typeof p?.name !== 'string') continue;
        if (typeof p.string !== 'string') {
          problem(`ARGOCD_APP_PARAMETERS: parameter "${p.name}" needs a string value`, `write {name: ${p.name}, string: ...}`);
          continue;
        }
        apply('ARGOCD_APP_PARAMETERS', p.name, p.string);
      }
    }
  }
  return { settings, diagnostics };
}

/** The settings the environment may carry; the Argo CD plugin.yaml declares the same parameters. */
const SETTINGS: Record<string, { values: string[]; set: (s: RenderSettings, v: string) => void }> = {
  'operator-line': { values: ['18-stable', 'main'], set: (s, v) => (s.operatorLine = v as OperatorLine) },
};
