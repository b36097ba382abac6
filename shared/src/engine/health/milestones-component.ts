import type { Milestone, Onboarding } from '../../domain/index.ts';
import { DAY_MS } from '../../time/calendar.ts';
import type { OnboardingFacts } from '../onboarding-facts.ts';
import { healthFormula } from '../thresholds.ts';

/**
 * Milestones-on-time component = 100 × mean over the milestones that are done or past due (skipped ones aside)
 * of: 1 when done by its due date, ½ when done late, 0 when overdue and not done. Done means effectively done, by a
 * person (on the date they give; a done without a date counts as on time) or by its rule at the event's instant.
 * null while no milestone is done or due yet (nothing to judge).
 */
export function evaluateMilestonesComponent(onboarding: Onboarding, facts: OnboardingFacts): number | null {
  let judged = 0;
  let points = 0;
  const { milestones } = onboarding;
  for (let i = 0; i < milestones.length; i += 1) {
    const milestone = milestones[i] as Milestone;
    const assessed = facts.completion.milestones[i];
    if (assessed === undefined) continue;
    if (assessed.status === 'done') {
      judged += 1;
      const onTime = assessed.completedAt === null || assessed.completedAt < milestone.dueDate + DAY_MS;
      points += onTime ? 1 : healthFormula.lateMilestoneCredit;
    } else if (assessed.status === 'late') {
      judged += 1;
    }
  }
  return judged === 0 ? null : Math.round((100 * points) / judged);
}
