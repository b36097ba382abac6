import { buildWebhookInboxEvent } from './build-webhook-inbox-event.ts';
import type { Assessment, Instant } from '@liftoff/shared/domain/index';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import type {
  InboxEventInput,
  OnboardingRecord,
  Store,
  UsageEventInput,
} from '../../server/src/onboarding/ports/index.ts';
import { createSqliteStore } from '../../server/src/store/sqlite/create-sqlite-store.ts';
import { buildOnboarding, instant } from './build-onboarding.ts';
import { createFixedClock } from './fixed-clock.ts';
import type { FixedClock } from './fixed-clock.ts';

export interface TestStore {
  store: Store;
  clock: FixedClock;
}

/** A real SQLite store (in memory unless a file path is given) on a clock only the test moves. */
export async function createTestStore(options: { path?: string; clock?: FixedClock } = {}): Promise<TestStore> {
  const clock = options.clock ?? createFixedClock();
  const store = await createSqliteStore({ path: options.path ?? ':memory:', clock });
  return { store, clock };
}

export const PORTAL = '1001';
export const OTHER_PORTAL = '2002';

export function buildInboxEvent(overrides: Partial<InboxEventInput> = {}): InboxEventInput {
  return {
    ...buildWebhookInboxEvent(
      'deal.propertyChange',
      { objectId: 7, propertyName: 'dealstage', propertyValue: 'closedwon' },
      { eventId: 'e1', portalId: PORTAL, occurredAt: instant('2026-03-02T08:59:00.000Z') },
    ),
    companyId: '101',
    ...overrides,
  };
}

export function buildOnboardingRecord(overrides: Partial<OnboardingRecord> = {}): OnboardingRecord {
  const { activity: _activity, ...onboarding } = buildOnboarding();
  return {
    portalId: PORTAL,
    dealId: '501',
    templateId: 'default',
    createdAt: instant('2026-02-02T10:00:00.000Z'),
    onboarding,
    ...overrides,
  };
}

/** A real assessment by the engine of a default onboarding of `companyId` at `asOf`. */
export function buildAssessment(companyId: string, asOf: Instant): Assessment {
  return evaluateOnboarding(buildOnboarding({ companyId }), asOf);
}

export function buildLoginEvent(
  eventId: string,
  at: Instant,
  overrides: Partial<{ companyId: string; userId: string }> = {},
) {
  return { eventId, companyId: '101', kind: 'login', at, userId: 'u1', ...overrides } satisfies UsageEventInput;
}

export function buildFeatureUseEvent(
  eventId: string,
  at: Instant,
  overrides: Partial<{ companyId: string; userId: string; feature: string }> = {},
) {
  return {
    eventId,
    companyId: '101',
    kind: 'feature_use',
    at,
    userId: 'u1',
    feature: 'reports',
    ...overrides,
  } satisfies UsageEventInput;
}
