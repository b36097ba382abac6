import type { CohortActivation, MilestoneKind } from '../domain/index.ts';

/**
 * The method's fixed calendar: the same days for every portal and deliberately not overridable (unlike
 * thresholds.ts), so that a phase, a checkpoint or a cohort's day-60 rate means the same thing across portals.
 */

/** Last day of each phase (kickoff to day 7, activation to 30, adoption to 60, value review to 90, then overdue). */
export const phaseLastDay = { kickoff: 7, activation: 30, adoption: 60, value_review: 90 } as const;

/** Days from the start at which cohort activation rates are read (d30/d60/d90), matching the method's checkpoints. */
export const cohortHorizonDays: Readonly<Record<keyof CohortActivation['activationRate'], number>> = {
  d30: 30,
  d60: 60,
  d90: 90,
};

/** Usage figures cover "the last 7 days" and compare with the 7 days before (usage_drop): a week of work. */
export const usageWeekDays = 7;

/** The method's mandatory checkpoints (day 7/30/60): missing one is a serious warning (milestone_overdue high). */
export const checkpointKinds: ReadonlySet<MilestoneKind> = new Set([
  'checkpoint_d7',
  'checkpoint_d30',
  'checkpoint_d60',
]);

/**
 * The day-90 value review closes the method's calendar: with the checkpoints it sets the next checkpoint date, missing
 * it is as serious as missing one (milestone_overdue high), and doing it is one condition of the automatic completion.
 */
export const valueReviewKind: MilestoneKind = 'review_d90';

/** The 30-day criterion metrics (`active_users_30d`, `feature_uses_30d:<feature>`) cover the last 30 days. */
export const usageMonthDays = 30;
