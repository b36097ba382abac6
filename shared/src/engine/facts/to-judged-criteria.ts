import type { CalendarDate, Criterion, CriterionAssessment, Instant, Onboarding } from '../../domain/index.ts';
import { toCalendarDate } from '../../time/calendar.ts';
import { computeMetric, parseComputedMetric } from './compute-metric.ts';
import { isAchieved } from './is-achieved.ts';
import { toExpectedProgress } from './to-expected-progress.ts';
import { toDirection } from './to-direction.ts';
import { isTargetReached, toProgress } from './to-progress.ts';

/** One criterion with what the engine reads of it now; read by the criteria rules, the component and the output. */
export interface JudgedCriterion {
  criterion: Criterion;
  /** false when retired: it counts nowhere (totals, the criteria component, the criteria signals). */
  counts: boolean;
  /** Bound to a metric Liftoff computes: its current and baseline come from the activity when absent. */
  computed: boolean;
  /** Where expectations start: the later of the agreement date (the start date when absent) and the start date. */
  agreedOn: CalendarDate;
  /** A person's `achieved`, or its target reached once (latched `achievedAt`, from now on when reached now). */
  achieved: boolean;
  assessment: CriterionAssessment;
}

/**
 * Each criterion as judged at `now` (docs/PRODUCT.md §3.1, §5), in the plan's order:
 * - a computed metric (compute-metric.ts) with no `current` given takes its value from the activity at `now`
 *   (`currentSource: data`); an absent baseline of a computed metric is its value at the start of the agreement
 *   date (never later than now): the usage the customer had when the criterion was agreed;
 * - the direction is the one the given baseline and target show when they differ (target below baseline is a
 *   decrease: HubSpot's criterion object does not carry the direction, so readers default it to `increase`),
 *   else the criterion's own;
 * - `achievedAt` is latched: the given one when it is not after `now`, else now when the target is reached now;
 *   never set anew for a missed (a person's verdict) or retired criterion.
 */
export function toJudgedCriteria(onboarding: Onboarding, now: Instant): JudgedCriterion[] {
  const start = onboarding.startDate;
  const today = toCalendarDate(now);
  return onboarding.criteria.map((criterion) => {
    const metric = parseComputedMetric(criterion.metric);
    const agreedOn = Math.max(criterion.agreedAt ?? start, start);
    const currentFromData = metric !== null && criterion.current === null;
    const current = currentFromData
      ? computeMetric(metric, onboarding.activity, start, now, onboarding.keyFeatures)
      : criterion.current;
    const baseline =
      criterion.baseline ??
      (metric === null
        ? null
        : computeMetric(metric, onboarding.activity, start, Math.min(agreedOn, now), onboarding.keyFeatures));
    const figures = { direction: toDirection(criterion), baseline, target: criterion.target, current };
    const counts = criterion.status !== 'retired';
    const latched = criterion.achievedAt !== null && criterion.achievedAt <= now ? criterion.achievedAt : null;
    const achievedAt = latched ?? (counts && criterion.status !== 'missed' && isTargetReached(figures) ? now : null);
    return {
      criterion,
      counts,
      computed: metric !== null,
      agreedOn,
      achieved: isAchieved({ status: criterion.status, achievedAt }),
      assessment: {
        id: criterion.id,
        current,
        currentSource: currentFromData ? 'data' : 'manual',
        baseline,
        progress: toProgress(figures),
        expectedProgress: toExpectedProgress(agreedOn, criterion.dueDate, today),
        achievedAt,
      },
    };
  });
}
