import type { CalendarDate } from './time-values.ts';

export const criterionStatuses = ['not_started', 'in_progress', 'achieved', 'missed'] as const;
export type CriterionStatus = (typeof criterionStatuses)[number];

export const criterionSources = ['sales_promise', 'csm', 'customer'] as const;
export type CriterionSource = (typeof criterionSources)[number];

/** A success criterion agreed with the customer. Measurable = it has a target and a due date. */
export interface Criterion {
  id: string;
  name: string;
  metric: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  current: number | null;
  dueDate: CalendarDate | null;
  status: CriterionStatus;
  source: CriterionSource;
  ownerContactId: string | null;
}
