/**
 * RB058: a value is still a placeholder (inventory/placeholders.ts). The load
 * stage runs placeholderDiagnostics before the schema; the rule's check finds
 * the same on a document that passed it.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticAt, toObject, type Item } from '../../io/resources.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';
import { findPlaceholderValues } from '../../inventory/placeholders.js';

export const placeholderValue: Rule<InventoryRuleContext> = {
  id: 'RB058',
  name: 'placeholder',
  severity: 'error',
  summary: 'A value is still a placeholder (`CHANGEME: ...` as `import` writes it where the source lacks something, `CHANGEME`, `_FSID_`).',
  why: 'A placeholder rendered into the control plane deploys a back end that cannot work (a Ceph fsid of CHANGEME, an image that does not exist); import never invents the missing value, so it must be filled in by hand.',
  fix: '`fsid: "CHANGEME: the fsid of Ceph cluster ceph"` -> `fsid: 5e6d2a36-8a1f-5d27-9f4c-2a8b6f3c1d90` (the output of `ceph fsid`).',
  check({ item }, report) {
    for (const p of findPlaceholderValues(toObject(item))) report(finding(item, p));
  },
};

function finding(item: Item, p: { path: (string | number)[]; what: string }) {
  return { item, path: p.path, message: `this is a placeholder${p.what ? ` for ${p.what}` : ''}, not a value`, hint: 'write the real value here: import writes a placeholder where the source lacks the value' };
}

/** The load stage's check before the schema: RB058 diagnostics for every placeholder. */
export function placeholderDiagnostics(item: Item): Diagnostic[] {
  return findPlaceholderValues(toObject(item)).map((p) => {
    const f = finding(item, p);
    return diagnosticAt(item, f.path, { severity: 'error', rule: placeholderValue.id, message: f.message, hint: f.hint });
  });
}
