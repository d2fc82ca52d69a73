/**
 * RB058: a value is still a placeholder (inventory/placeholders.ts). The load
 * stage runs placeholderDiagnostics before the schema; the rule's check finds
 * the same on a document that passed it.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticAt, toObject, type Item } from '../../io/resources.js';
import type { Rule } from '../rule.js';
import type { InventoryRuleContext } from './context.js';
import { isAlias, isMap, isPair, isScalar, isSeq } from '../../io/yaml-nodes.js';
import { findPlaceholderValues, isPlaceholder } from '../../inventory/placeholders.js';

export const placeholderValue: Rule<InventoryRuleContext> = {
  id: 'RB058',
  name: 'placeholder',
  severity: 'error',
  summary: 'A value is still a placeholder (`CHANGEME: ...` as `import` writes it where the source lacks something, `CHANGEME`, `_FSID_`).',
  why: 'A placeholder rendered into the control plane deploys a back end that cannot work (a Ceph fsid of CHANGEME, an image that does not exist); import never invents the missing value, so it must be filled in by hand.',
  fix: '`fsid: "CHANGEME: the fsid of Ceph cluster ceph"` -> `fsid: 5e6d2a36-8a1f-5d27-9f4c-2a8b6f3c1d90` (the output of `ceph fsid`).',
  check({ item, placeholdersChecked }, report) {
    if (placeholdersChecked) return;
    for (const p of placeholdersOf(item)) report(finding(item, p));
  },
};

function finding(item: Item, p: { path: (string | number)[]; what: string }) {
  return { item, path: p.path, message: `this is a placeholder${p.what ? ` for ${p.what}` : ''}, not a value`, hint: 'write the real value here: import writes a placeholder where the source lacks the value' };
}

/** The load stage's check before the schema: RB058 diagnostics for every placeholder. */
export function placeholderDiagnostics(item: Item): Diagnostic[] {
  return placeholdersOf(item).map((p) => {
    const f = finding(item, p);
    return diagnosticAt(item, f.path, { severity: 'error', rule: placeholderValue.id, message: f.message, hint: f.hint });
  });
}

/**
 * The placeholders of an item's document. Every string of the plain data is the value of a
 * scalar node of the document (an alias points at a node that is in the tree too), so a
 * document without a placeholder scalar has none, and the plain-data copy (≈ 20 ms at 1,000
 * back ends) is made only when one is there. In the pipeline the load stage looks (before the
 * schema) and the rule's check, which runs on the same item right after, does not look again.
 */
function placeholdersOf(item: Item): Array<{ path: (string | number)[]; what: string }> {
  return hasPlaceholderScalar(item.doc.contents) ? findPlaceholderValues(toObject(item)) : [];
}

function hasPlaceholderScalar(node: unknown): boolean {
  if (isScalar(node)) return typeof node.value === 'string' && isPlaceholder(node.value);
  if (isMap(node)) {
    for (const pair of node.items) if (hasPlaceholderScalar(pair.key) || hasPlaceholderScalar(pair.value)) return true;
    return false;
  }
  if (isSeq(node)) {
    for (const entry of node.items as unknown[]) if (hasPlaceholderScalar(entry)) return true;
    return false;
  }
  if (isPair(node)) return hasPlaceholderScalar(node.key) || hasPlaceholderScalar(node.value);
  // A plain value in a document built in code (not parsed) is its own string.
  if (typeof node === 'string') return isPlaceholder(node);
  // An alias's target is walked where it is defined; any other object: take the slow path.
  return !isAlias(node) && node !== null && typeof node === 'object';
}
