import type { Assessment, Instant, Onboarding } from '../domain/index.ts';
import { evaluateActivation } from './activation.ts';
import { evaluateCompletion } from './completion.ts';
import { decideCompanyEscalationLevel } from './escalation.ts';
import { evaluateSignals } from './evaluate-signals.ts';
import { evaluateHealthComponents, evaluateHealthScore } from './health/health-score.ts';
import { decideNextAction } from './next-action.ts';
import { evaluateNextCheckpointDate } from './next-checkpoint-date.ts';
import { toOnboardingFacts } from './onboarding-facts.ts';
import { decidePhase } from './phase.ts';
import { decideRiskLevel, decideRiskReason } from './risk-level.ts';
import { defaultThresholds } from './thresholds.ts';
import type { Thresholds } from './thresholds.ts';

/**
 * The rules engine's one entry point: (onboarding, now) → assessment. Pure and deterministic: the same input and
 * `now` always give the same assessment; nothing here reads the clock, the environment or the network.
 */
export function evaluateOnboarding(
  onboarding: Onboarding,
  now: Instant,
  thresholds: Thresholds = defaultThresholds,
): Assessment {
  const facts = toOnboardingFacts(onboarding, now, thresholds);
  const signals = evaluateSignals(onboarding, facts, thresholds);
  const components = evaluateHealthComponents(onboarding, facts, thresholds);
  const healthScore = evaluateHealthScore(components, signals, thresholds);
  const phase = decidePhase(onboarding.status, facts.day);
  const riskLevel = decideRiskLevel(healthScore, signals, thresholds);
  return {
    companyId: onboarding.companyId,
    asOf: now,
    day: facts.day,
    phase,
    healthScore,
    components,
    riskLevel,
    riskReason: decideRiskReason(riskLevel, signals),
    escalationLevel: decideCompanyEscalationLevel(signals),
    signals,
    activation: evaluateActivation(onboarding, facts),
    nextAction: decideNextAction(
      onboarding.status,
      phase,
      signals,
      onboarding.milestones,
      facts.completion.milestones,
      now,
    ),
    nextCheckpointDate: evaluateNextCheckpointDate(onboarding.milestones, facts.completion.milestones),
    criteriaMet: facts.criteria.filter((c) => c.achieved).length,
    criteriaTotal: facts.criteria.filter((c) => c.counts).length,
    criteria: facts.criteria.map((c) => c.assessment),
    firstWeekSteps: facts.completion.steps,
    milestones: facts.completion.milestones,
    completion: evaluateCompletion(onboarding, facts),
    usage: {
      lastLoginAt: facts.lastLoginAt,
      logins7d: facts.logins7d,
      activeUsers7d: facts.activeUsers7d,
      keyFeaturesUsed: facts.keyFeaturesUsed,
    },
  };
}
