import { fieldPath } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { effectiveConfig, lastValue, optionPromises, renderedControlPlane } from './self-check.js';

export const selfCheckOptionValue: Rule<ManifestRuleContext> = {
  id: 'RB163',
  name: 'self-check-option-value',
  severity: 'error',
  summary: 'Render self-check: an option of the inventory (`options`, `sections`) is not in its section of the config its pod reads, or has another value there.',
  why: 'What the pod reads is the template\'s customServiceConfig followed by the component\'s (cinder, manila) or the glance API\'s own one; a value that changed on the way, or another snippet that overrides it, makes the service do something else than the inventory says, silently.',
  fix: 'A bug of rhoso-backends or an input it did not foresee (e.g. a hand-written customServiceConfig in the package that sets the same option): remove the hand-written value, or set it in the inventory.',
  check(ctx, report) {
    const found = renderedControlPlane(ctx);
    if (!found) return;
    const { inv, cp } = found;
    const promises = optionPromises(inv, cp);
    if (promises.length === 0) return;
    const configs = effectiveConfig(cp);
    for (const p of promises) {
      const config = configs.get(p.unit);
      const got = config ? lastValue(config.docs, p.section, p.key) : undefined;
      if (got?.value === p.value) continue;
      const last = config?.docs[config.docs.length - 1]?.component;
      const component = got?.component ?? last;
      report({
        item: cp.item,
        path: component ? [...component.path, 'customServiceConfig'] : ['spec'],
        within: got ? { line: got.entry.line, column: got.entry.valueColumn } : undefined,
        message: got
          ? `self-check: ${fieldPath(p.at)} is ${JSON.stringify(p.value)} in the inventory, but ${p.unit} reads [${p.section}] ${p.key} = ${JSON.stringify(got.value)}`
          : `self-check: ${fieldPath(p.at)} (${JSON.stringify(p.value)}) is missing from [${p.section}] of the config ${p.unit} reads`,
        hint: 'the service would run with another value than the inventory says; remove the hand-written value, or report this render as a bug',
      });
    }
  },
};
