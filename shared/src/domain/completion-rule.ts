import type { MilestoneKind } from './milestone.ts';

/**
 * What data can prove about a first-week step or a milestone (docs/PRODUCT.md §3.1): the item completes at the first
 * instant its rule holds in the activity. `key_feature_used` without a feature means any of the plan's key features.
 */
export const completionRuleKinds = ['first_login', 'key_feature_used', 'active_users', 'milestone_done'] as const;
export type CompletionRuleKind = (typeof completionRuleKinds)[number];

export type CompletionRule =
  | { rule: 'first_login' }
  | { rule: 'key_feature_used'; feature: string | null }
  | { rule: 'active_users'; atLeast: number }
  | { rule: 'milestone_done'; milestoneKind: MilestoneKind };

/**
 * A person's word over the rule, which always wins: `done` (on the date the person gives) or `not_done` (the rule
 * holds, but the person says the item is not done). Absent, the item follows its rule.
 */
export const manualMarks = ['done', 'not_done'] as const;
export type ManualMark = (typeof manualMarks)[number];

/** Who completed an item: its rule (`data`) or a person. */
export const completedByKinds = ['data', 'person'] as const;
export type CompletedBy = (typeof completedByKinds)[number];
