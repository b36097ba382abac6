import type { Onboarding } from '../../domain/index.ts';
import type { OnboardingFacts } from '../onboarding-facts.ts';
import { healthFormula } from '../thresholds.ts';
import type { Thresholds } from '../thresholds.ts';

/**
 * Usage component = 60 × logins on pace + 40 × key features on pace (docs/PRODUCT.md §5 "Pace, not absolutes"),
 * each part 1 when on or ahead of the ramp (`healthFormula.usageRampFullDay`, day 60):
 * - logins: on pace before the first login is due (day 14, `noFirstLogin.fromDay`); from then 0 without any login
 *   since the start, else min(1, logins in the last 7 days ÷ the expected logins), which grow linearly from 0 at
 *   day 14 to the target (`health.targetLogins7d`, 5) at day 60;
 * - key features: on pace before the first key feature is due (day 30, `lowActivation.fromDay`); from then
 *   min(1, key features used since the start ÷ the expected number), 1 at day 30 growing linearly to all of the
 *   plan's key features at day 60 (one feature, any, when the plan names none).
 * Each part only grows with more logins and more features: a login or a key-feature use never lowers it.
 * Never null once tracked (with nothing yet it is on pace until the ramp says otherwise); null when the portal has
 * no usage source (missing data is not bad data).
 */
export function evaluateUsageComponent(
  onboarding: Onboarding,
  facts: OnboardingFacts,
  thresholds: Thresholds,
): number | null {
  if (!onboarding.usageTracked) return null;
  const fullDay = healthFormula.usageRampFullDay;
  const loginsFrom = thresholds.noFirstLogin.fromDay;
  const featuresFrom = thresholds.lowActivation.fromDay;

  let loginShare = 1;
  if (facts.day >= loginsFrom) {
    const expected = thresholds.health.targetLogins7d * toRamp(facts.day, loginsFrom, fullDay);
    if (facts.firstLoginAt === null) loginShare = 0;
    else if (expected > 0) loginShare = Math.min(1, facts.logins7d / expected);
  }

  let featureShare = 1;
  if (facts.day >= featuresFrom) {
    const features = Math.max(1, onboarding.keyFeatures.length);
    const expected = 1 + (features - 1) * toRamp(facts.day, featuresFrom, fullDay);
    featureShare = Math.min(1, facts.keyFeaturesUsed.length / expected);
  }

  return Math.round(healthFormula.usageLoginPoints * loginShare + healthFormula.usageFeaturePoints * featureShare);
}

/** How far `day` is from `from` (0) to `full` (1), clamped; 1 when the ramp has no length. */
function toRamp(day: number, from: number, full: number): number {
  if (full <= from) return 1;
  return Math.min(1, Math.max(0, (day - from) / (full - from)));
}
