import type { Onboarding } from '@liftoff/shared/domain/index';
import type { UsageEventInput } from '../onboarding/ports/index.ts';

/** An onboarding's logins and feature uses as the usage API would have received them, each with a unique event id. */
export function toUsageEvents(onboarding: Onboarding): UsageEventInput[] {
  const { companyId, activity } = onboarding;
  return [
    ...activity.logins.map((login, k): UsageEventInput => ({
      eventId: `${companyId}-login-${k}`,
      companyId,
      kind: 'login',
      ...login,
    })),
    ...activity.featureUses.map((use, k): UsageEventInput => ({
      eventId: `${companyId}-feature-${k}`,
      companyId,
      kind: 'feature_use',
      ...use,
    })),
  ];
}
