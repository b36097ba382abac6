import type { HealthComponents, Onboarding, Signal } from '../../domain/index.ts';
import type { OnboardingFacts } from '../onboarding-facts.ts';
import type { Thresholds } from '../thresholds.ts';
import { evaluateCriteriaComponent } from './criteria-component.ts';
import { evaluateEngagementComponent } from './engagement-component.ts';
import { evaluateMilestonesComponent } from './milestones-component.ts';
import { evaluateSupportComponent } from './support-component.ts';
import { evaluateUsageComponent } from './usage-component.ts';

export function evaluateHealthComponents(
  onboarding: Onboarding,
  facts: OnboardingFacts,
  thresholds: Thresholds,
): HealthComponents {
  return {
    usage: evaluateUsageComponent(onboarding, facts, thresholds),
    engagement: evaluateEngagementComponent(onboarding, facts, thresholds),
    milestones: evaluateMilestonesComponent(onboarding, facts),
    criteria: evaluateCriteriaComponent(facts),
    support: evaluateSupportComponent(facts, thresholds),
  };
}

/**
 * Health score = weighted mean of the known components (usage 30, engagement 20, milestones 20, criteria 20,
 * support 10; unknown ones left out and the others rescaled to 100 %), rounded, minus 10 per open high and
 * 20 per open critical signal, clamped to 0–100. Acknowledged and snoozed signals still cost their penalty: their
 * condition holds, and handling it is not fixing it (only escalation stops).
 * With no known component the base is 100: missing data is not bad data.
 */
export function evaluateHealthScore(
  components: HealthComponents,
  signals: readonly Pick<Signal, 'severity'>[],
  thresholds: Thresholds,
): number {
  const { weights, penaltyPerOpenHigh, penaltyPerOpenCritical } = thresholds.health;
  let weighted = 0;
  let totalWeight = 0;
  for (const key of Object.keys(weights) as (keyof HealthComponents)[]) {
    const value = components[key];
    if (value === null) continue;
    weighted += weights[key] * value;
    totalWeight += weights[key];
  }
  const base = totalWeight === 0 ? 100 : Math.round(weighted / totalWeight);
  let penalty = 0;
  for (const signal of signals) {
    if (signal.severity === 'critical') penalty += penaltyPerOpenCritical;
    else if (signal.severity === 'high') penalty += penaltyPerOpenHigh;
  }
  return Math.min(100, Math.max(0, Math.round(base - penalty)));
}
