import type { Onboarding, Signal } from '../domain/index.ts';
import { decideEscalationLevel } from './escalation.ts';
import type { OnboardingFacts } from './onboarding-facts.ts';
import { decideSignalAction } from './signal-action.ts';
import { signalRules } from './signals/signal-rules.ts';
import { compareSignals } from './signal-order.ts';
import { decideSignalState, toPriorByType } from './signal-state.ts';
import type { Thresholds } from './thresholds.ts';

/**
 * The signals whose condition holds now, with the CSM's prior handling, their escalation level and the action for
 * that level, sorted.
 * Only `in_progress` onboardings raise signals. A signal whose condition no longer holds is simply absent:
 * the service resolves it by diffing against the prior state.
 */
export function evaluateSignals(onboarding: Onboarding, facts: OnboardingFacts, thresholds: Thresholds): Signal[] {
  if (onboarding.status !== 'in_progress') return [];
  const priors = toPriorByType(onboarding.signals);
  const signals: Signal[] = [];
  for (const rule of signalRules) {
    const finding = rule(onboarding, facts, thresholds);
    if (finding === null) continue;
    const state = decideSignalState(priors.get(finding.type), finding.severity, facts.now, thresholds);
    const escalationLevel = decideEscalationLevel({ severity: finding.severity, ...state }, facts.now, thresholds);
    signals.push({
      type: finding.type,
      severity: finding.severity,
      ...state,
      escalationLevel,
      evidence: finding.evidence,
      action: decideSignalAction(finding, escalationLevel),
    });
  }
  return signals.sort(compareSignals);
}
