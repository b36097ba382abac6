import type { OnboardingStatus, Phase } from '../domain/index.ts';

/**
 * Phase by day: kickoff 0–7, activation 8–30, adoption 31–60, value_review 61–90, then overdue;
 * a completed onboarding is `completed` whatever its day. Before day 0 it is still kickoff.
 */
export function decidePhase(status: OnboardingStatus, day: number): Phase {
  if (status === 'completed') return 'completed';
  if (day <= 7) return 'kickoff';
  if (day <= 30) return 'activation';
  if (day <= 60) return 'adoption';
  if (day <= 90) return 'value_review';
  return 'overdue';
}
