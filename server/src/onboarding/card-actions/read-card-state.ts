import type { Assessment } from '@liftoff/shared/domain/index';
import { evaluateOnboarding } from '@liftoff/shared/engine/evaluate-onboarding';
import type { StoredOnboarding } from '../ports.ts';
import type { CardDeps } from './card-deps.ts';

export interface CardState {
  stored: StoredOnboarding;
  assessment: Assessment;
}

/**
 * One company's onboarding as a card shows it: read from the store (never from HubSpot) and assessed by the engine
 * at this instant, so the day count, late milestones and escalation are current even between two sweeps.
 * Evaluating one onboarding takes microseconds; null when the company has no onboarding.
 */
export async function readCardState(
  deps: Pick<CardDeps, 'store' | 'clock'>,
  portalId: string,
  companyId: string,
): Promise<CardState | null> {
  const stored = await deps.store.onboardings.get(portalId, companyId);
  if (stored === null) return null;
  return { stored, assessment: evaluateOnboarding(stored.onboarding, deps.clock.now()) };
}
