import type { Instant, Onboarding, PortfolioAssessment } from '../domain/index.ts';
import { evaluateCohorts } from './cohorts.ts';
import { evaluateOnboarding } from './evaluate-onboarding.ts';
import { defaultThresholds } from './thresholds.ts';
import type { Thresholds } from './thresholds.ts';

/** Every onboarding assessed at the same `now` (companies in input order) plus cohort activation rates by start month. */
export function evaluatePortfolio(
  onboardings: readonly Onboarding[],
  now: Instant,
  thresholds: Thresholds = defaultThresholds,
): PortfolioAssessment {
  const assessed = onboardings.map((onboarding) => ({
    onboarding,
    assessment: evaluateOnboarding(onboarding, now, thresholds),
  }));
  const cohorts = evaluateCohorts(
    assessed.map(({ onboarding, assessment }) => ({
      onboarding,
      day: assessment.day,
      activation: assessment.activation,
    })),
  );
  return { asOf: now, companies: assessed.map(({ assessment }) => assessment), cohorts };
}
