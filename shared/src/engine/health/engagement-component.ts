import { stakeholderCircles } from '../../domain/index.ts';
import type { Onboarding } from '../../domain/index.ts';
import type { OnboardingFacts } from '../onboarding-facts.ts';
import { toEngagedCoverage } from '../facts/to-engaged-coverage.ts';
import { healthFormula } from '../thresholds.ts';
import type { Thresholds } from '../thresholds.ts';

/**
 * Engagement component (numbers in `healthFormula`) = mean of
 * - responsiveness: 100 − 25 per outbound email/call of the last 30 days still waiting for a reply (floor 0);
 * - stakeholder coverage: per circle (economic decision maker, end user, technical influencer), 1 when a contact
 *   of that circle was engaged in the last 30 days, ½ when one is only tagged, 0 otherwise; × 100 ÷ 3.
 */
export function evaluateEngagementComponent(
  onboarding: Onboarding,
  facts: OnboardingFacts,
  thresholds: Thresholds,
): number {
  const responsiveness = Math.max(
    0,
    100 - healthFormula.responsivenessPenaltyPerUnanswered * facts.unansweredOutreach30d,
  );
  const engaged = toEngagedCoverage(onboarding, facts.now, thresholds.singleThreaded.engagedWithinDays).circles;
  let covered = 0;
  for (const circle of stakeholderCircles) {
    if (engaged.includes(circle)) covered += 1;
    else if (onboarding.stakeholders.some((s) => s.roles.includes(circle))) covered += healthFormula.taggedCircleCredit;
  }
  const coverage = (100 * covered) / stakeholderCircles.length;
  return Math.round((responsiveness + coverage) / 2);
}
