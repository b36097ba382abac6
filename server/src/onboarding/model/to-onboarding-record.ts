import type { OnboardingRecord, StoredOnboarding } from '../ports/index.ts';

/** A stored onboarding saved back with `changes`; its activity belongs to the ActivityStore, so it is left out. */
export function toOnboardingRecord(
  stored: StoredOnboarding,
  changes: Partial<OnboardingRecord['onboarding']>,
): OnboardingRecord {
  const { activity: _activity, ...onboarding } = stored.onboarding;
  return {
    portalId: stored.portalId,
    dealId: stored.dealId,
    templateId: stored.templateId,
    createdAt: stored.createdAt,
    onboarding: { ...onboarding, ...changes },
  };
}
