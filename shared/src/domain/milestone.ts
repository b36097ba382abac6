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
 * A step of the plan. Its effective status is derived, never stored as truth:
 * done when `completedAt` is set, skipped when the CSM skipped it, late when past due, else pending.
 */
export interface Milestone {
  id: string;
  name: string;
  kind: MilestoneKind;
  dueDate: CalendarDate;
  completedAt: Instant | null;
  skipped: boolean;
  checklist: ChecklistItem[];
  notes: string | null;
}
