import type { CalendarDate, Instant } from './time-values.ts';

/** Which way is progress: more users, or fewer tickets and fewer days. */
export const criterionDirections = ['increase', 'decrease'] as const;
export type CriterionDirection = (typeof criterionDirections)[number];

/** `retired`: moved out of the plan (phase 2, no longer relevant); it counts nowhere. */
export const criterionStatuses = ['not_started', 'in_progress', 'achieved', 'missed', 'retired'] as const;
export type CriterionStatus = (typeof criterionStatuses)[number];

export const criterionSources = ['sales_promise', 'csm', 'customer'] as const;
export type CriterionSource = (typeof criterionSources)[number];

/** A success criterion agreed with the customer. Measurable = it has a target and a due date. */
export interface Criterion {
  id: string;
  name: string;
  metric: string | null;
  unit: string | null;
  direction: CriterionDirection;
  /** For a metric Liftoff computes, an absent baseline is the metric's value at agreement (docs/PRODUCT.md §3.1). */
  baseline: number | null;
  /** The day the baseline was measured, and where it can be checked (an export, a screenshot link); null = not recorded. */
  baselineDate: CalendarDate | null;
  baselineEvidence: string | null;
  target: number | null;
  /** The value a person entered; for a computed metric an absent one is read from the activity. */
  current: number | null;
  /** When a person last entered `current`: the card shows its age. null = never entered (or computed from data). */
  currentAt: Instant | null;
  /** The day it was agreed with the customer; null = the start date. Expected progress runs from here. */
  agreedAt: CalendarDate | null;
  dueDate: CalendarDate | null;
  status: CriterionStatus;
  /** When it first reached its target: latched, it stays achieved even if the metric dips. */
  achievedAt: Instant | null;
  source: CriterionSource;
  ownerContactId: string | null;
  /**
   * A sales promise's target as sales handed it off (docs/PRODUCT.md §1, sales rep): the promise is judged against
   * it even when the CSM renegotiates `target` later. null for criteria sales did not promise.
   */
  handedOffTarget: number | null;
  /** Whether the promise was kept, judged when the onboarding closed and latched from then on; null until then. */
  promiseKept: boolean | null;
}
