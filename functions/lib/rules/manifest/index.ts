/** Manifest rules (run on rendered output and on hand-written OSCP/OSV/Secret files), in report order. */
import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';

export type { ManifestRuleContext } from './context.js';

export const manifestRules: Rule<ManifestRuleContext>[] = [];
