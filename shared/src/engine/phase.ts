import type { OnboardingStatus, Phase } from '../domain/index.ts';
import { phaseLastDay } from './method-calendar.ts';

/**
 * Phase by day (the method's calendar, method-calendar.ts): kickoff 0–7, activation 8–30, adoption 31–60, value_review 61–90, then overdue;
 * a completed onboarding is `completed` whatever its day. Before day 0 it is still kickoff.
 */
export function decidePhase(status: OnboardingStatus, day: number): Phase {
  if (status === 'completed') return 'completed';
  if (day <= phaseLastDay.kickoff) return 'kickoff';
  if (day <= phaseLastDay.activation) return 'activation';
  if (day <= phaseLastDay.adoption) return 'adoption';
  if (day <= phaseLastDay.value_review) return 'value_review';
  return 'overdue';
}
