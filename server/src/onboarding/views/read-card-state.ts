import type { Assessment, Instant } from '@liftoff/shared/domain/index';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import type { Thresholds } from '@liftoff/shared/engine/index';
import { toPortalThresholds } from '../settings/parse-threshold-overrides.ts';
import type { PortalSettings, StoredOnboarding } from '../ports/index.ts';
import type { ActionDeps } from '../ports/action-deps.ts';

export interface CardState {
  stored: StoredOnboarding;
  assessment: Assessment;
  /** The portal's thresholds the assessment used; the view explains the score with the same ones. */
  thresholds: Thresholds;
}

/**
 * One company's onboarding as a card shows it: read from the store (never from HubSpot) and assessed by the engine
 * at this instant, so the day count, late milestones and escalation are current even between two sweeps.
 * Evaluating one onboarding takes microseconds; null when the company has no onboarding. Assessed with the
 * portal's threshold overrides, exactly as the worker's recompute does, so the card and HubSpot agree.
 */
export async function readCardState(
  deps: Pick<ActionDeps, 'store' | 'clock'>,
  portalId: string,
  companyId: string,
): Promise<CardState | null> {
  const [stored, settings] = await Promise.all([
    deps.store.onboardings.get(portalId, companyId),
    deps.store.portalSettings.get(portalId),
  ]);
  return stored === null ? null : toCardState(stored, settings, deps.clock.now());
}

/** A stored onboarding assessed at `now` with the portal's threshold overrides, for a caller that read both. */
export function toCardState(stored: StoredOnboarding, settings: PortalSettings | null, now: Instant): CardState {
  const thresholds = toPortalThresholds(settings?.thresholds);
  return { stored, assessment: evaluateOnboarding(stored.onboarding, now, thresholds), thresholds };
}
