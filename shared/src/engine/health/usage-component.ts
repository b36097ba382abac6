import type { Onboarding } from '../../domain/index.ts';
import type { OnboardingFacts } from '../onboarding-facts.ts';
import { healthFormula } from '../thresholds.ts';
import type { Thresholds } from '../thresholds.ts';

/**
 * Usage component = 60 × min(1, logins in the last 7 days ÷ target logins (5))
 *                 + 40 × share of the key features used since start (any feature when none is named).
 * null when the portal has no usage source (missing data is not bad data), and before the first login
 * is expected (before day 14 with no login yet): a customer cannot be behind on usage it was not asked for yet.
 * The 60/40 split is `healthFormula`'s; the target logins and day 14 are per-portal thresholds.
 */
export function evaluateUsageComponent(
  onboarding: Onboarding,
  facts: OnboardingFacts,
  thresholds: Thresholds,
): number | null {
  if (!onboarding.usageTracked) return null;
  if (facts.firstLoginAt === null && facts.day < thresholds.noFirstLogin.fromDay) return null;
  const loginShare = Math.min(1, facts.logins7d / thresholds.health.targetLogins7d);
  const featureShare =
    onboarding.keyFeatures.length > 0
      ? facts.keyFeaturesUsed.length / onboarding.keyFeatures.length
      : Math.min(1, facts.keyFeaturesUsed.length);
  return Math.round(healthFormula.usageLoginPoints * loginShare + healthFormula.usageFeaturePoints * featureShare);
}
