/** Merge rules: report the conflicts merge found between the expansion and the package. */
import type { Rule } from '../rule.js';
import type { MergeRuleContext } from './context.js';
import { generatedResourceExists } from './RB090-generated-resource-exists.js';
import { ownedFieldWrittenByHand } from './RB091-owned-field-written-by-hand.js';
import { mountReachDiffers } from './RB092-mount-reach-differs.js';

export type { MergeRuleContext } from './context.js';

export const mergeRules: Rule<MergeRuleContext>[] = [generatedResourceExists, ownedFieldWrittenByHand, mountReachDiffers];
