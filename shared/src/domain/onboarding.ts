import type { ActivitySnapshot } from './activity.ts';
import type { Criterion } from './criterion.ts';
import type { FirstWeekStep } from './first-week-step.ts';
import type { Milestone } from './milestone.ts';
import type { PriorSignal } from './signal.ts';
import type { Stakeholder } from './stakeholder.ts';
import type { CalendarDate, Instant } from './time-values.ts';

export const onboardingStatuses = ['in_progress', 'completed', 'churned', 'abandoned'] as const;
export type OnboardingStatus = (typeof onboardingStatuses)[number];

/** How an onboarding ends (docs/PRODUCT.md §2 step 8): the statuses a closed one has, its outcome. */
export const onboardingOutcomes = ['completed', 'churned', 'abandoned'] as const;
export type OnboardingOutcome = (typeof onboardingOutcomes)[number];

/** Why an onboarding closed (docs/PRODUCT.md §2 step 8). */
export const outcomeReasons = [
  'no_adoption',
  'champion_left',
  'budget',
  'product_gap',
  'poor_fit',
  'merged_or_acquired',
  'other',
] as const;
export type OutcomeReason = (typeof outcomeReasons)[number];

/** One company's onboarding with everything the engine needs to assess it. Only `in_progress` raises signals. */
export interface Onboarding {
  companyId: string;
  companyName: string | null;
  /** Day 0. */
  startDate: CalendarDate;
  status: OnboardingStatus;
  /** false when the portal has no usage source: usage signals are not raised and the usage component is left out. */
  usageTracked: boolean;
  keyFeatures: string[];
  criteria: Criterion[];
  milestones: Milestone[];
  firstWeekSteps: FirstWeekStep[];
  stakeholders: Stakeholder[];
  activity: ActivitySnapshot;
  signals: PriorSignal[];
  /** When it closed (`completed`, `churned`, `abandoned`), and why. */
  closedAt: Instant | null;
  outcomeReason: OutcomeReason | null;
  /** When a person reopened it after a close: from then on it never completes by itself. */
  reopenedAt: Instant | null;
}
