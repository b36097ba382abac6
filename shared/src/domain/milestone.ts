import type { CompletionRule, ManualMark } from './completion-rule.ts';
import type { CalendarDate, Instant } from './time-values.ts';

export const milestoneKinds = [
  'kickoff',
  'first_login',
  'first_value',
  'checkpoint_d7',
  'checkpoint_d30',
  'checkpoint_d60',
  'review_d90',
  'custom',
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const milestoneStatuses = ['pending', 'done', 'late', 'skipped'] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

export interface ChecklistItem {
  label: string;
  done: boolean;
}

/**
 * A step of the plan. Its effective status is derived, never stored as truth: done when a person completed it or
 * its rule holds (a person's `not_done` wins over the rule), skipped when the CSM skipped it, late when past due,
 * else pending.
 */
export interface Milestone {
  id: string;
  name: string;
  kind: MilestoneKind;
  dueDate: CalendarDate;
  /** When a person completed it (the date they give). */
  completedAt: Instant | null;
  skipped: boolean;
  /** Why the CSM skipped it; null when not skipped or no reason was given. */
  skipReason: string | null;
  /** Who owns it: free text (a HubSpot user or a customer contact). */
  owner: string | null;
  /**
   * Completes by itself when the activity proves it. null = the kind's implied rule (`first_login` and
   * `first_value` milestones), else only a person completes it.
   */
  completesWhen: CompletionRule | null;
  /** A person's word over the rule; a `completedAt` without a mark is a person's `done`. */
  manual: ManualMark | null;
  checklist: ChecklistItem[];
  notes: string | null;
}
