import type { OnboardingFacts } from '../onboarding-facts.ts';
import type { JudgedCriterion } from '../facts/to-judged-criteria.ts';

/**
 * Criteria component = 100 × mean over the criteria (retired ones count nowhere) of how each stands against its
 * pace (docs/PRODUCT.md §5 "Pace, not absolutes"): achieved (latched) 1, missed 0; otherwise min(1, progress ÷
 * expected progress), the expected progress running linearly from its agreement date (0: on pace whatever its
 * progress) to its due date (1). Any other criterion without a target or a due date has no pace and is left out;
 * null when no criterion can be judged.
 */
export function evaluateCriteriaComponent(facts: Pick<OnboardingFacts, 'criteria'>): number | null {
  let judged = 0;
  let points = 0;
  for (const criterion of facts.criteria) {
    const onPace = toOnPace(criterion);
    if (onPace === null) continue;
    judged += 1;
    points += onPace;
  }
  return judged === 0 ? null : Math.round((100 * points) / judged);
}

function toOnPace({ criterion, counts, achieved, assessment }: JudgedCriterion): number | null {
  if (!counts) return null;
  if (achieved) return 1;
  if (criterion.status === 'missed') return 0;
  const { progress, expectedProgress } = assessment;
  if (progress === null || expectedProgress === null) return null;
  return expectedProgress === 0 ? 1 : Math.min(1, progress / expectedProgress);
}
