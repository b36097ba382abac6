import type { Onboarding } from '../../domain/index.ts';
import { DAY_MS, isPastDue } from '../../time/calendar.ts';
import type { OnboardingFacts } from '../onboarding-facts.ts';
import { healthFormula } from '../thresholds.ts';

/**
 * Milestones-on-time component = 100 × mean over the milestones that are done or past due (skipped ones aside)
 * of: 1 when done by its due date, ½ when done late, 0 when overdue and not done.
 * null while no milestone is done or due yet (nothing to judge).
 */
export function evaluateMilestonesComponent(onboarding: Onboarding, facts: OnboardingFacts): number | null {
  let judged = 0;
  let points = 0;
  for (const milestone of onboarding.milestones) {
    if (milestone.skipped) continue;
    const doneAt = milestone.completedAt !== null && milestone.completedAt <= facts.now ? milestone.completedAt : null;
    if (doneAt !== null) {
      judged += 1;
      points += doneAt < milestone.dueDate + DAY_MS ? 1 : healthFormula.lateMilestoneCredit;
    } else if (isPastDue(milestone.dueDate, facts.now)) {
      judged += 1;
    }
  }
  return judged === 0 ? null : Math.round((100 * points) / judged);
}
