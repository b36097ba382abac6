import { succeed } from '../../../server/src/result.ts';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createWorker } from '../../../server/src/jobs/create-worker.ts';
import type { RunningServer } from '../../../server/src/http/start-server.ts';
import { createLogger } from '../../../server/src/logger.ts';
import type { CrmGateway, WritePlan } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import type { Store } from '../../../server/src/onboarding/ports/index.ts';
import { atDay } from '../../support/build-onboarding.ts';
import { buildOnboardingRecord, createTestStore, PORTAL } from '../../support/create-test-store.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { grantUsageApiKey, startUsageApp } from '../../support/start-usage-app.ts';

const FLUSH_MS = 5_000;
let server: RunningServer;
let store: Store;
let clock: FixedClock;
let apiKey: string;
const plans: WritePlan[] = [];

/** A CRM that accepts every write and keeps the plans, to read what reached HubSpot. */
const recordingCrm: CrmGateway = {
  readDeals: async () => [],
  readCompanyDeals: async () => [],
  readDealContacts: async () => [],
  readCompanyContexts: async () => [],
  readOwners: async () => succeed([]),
  findChangedCompanies: async (since) => ({ companyIds: [], watermark: since }),
  applyWritePlan: async (plan) => {
    plans.push(plan);
    return plan.companies.map((write) => ({ target: 'company' as const, id: write.id, ok: true as const }));
  },
  addStakeholderLabels: async () => [],
};

beforeEach(async () => {
  ({ store, clock } = await createTestStore());
  clock.set(atDay(15));
  apiKey = await grantUsageApiKey(store, PORTAL);
  await store.onboardings.save(buildOnboardingRecord());
  server = await startUsageApp({ store, clock, flushIntervalMs: FLUSH_MS });
});

afterEach(async () => {
  await server.stop(1_000);
  await store.close();
});

it('a login at day 15 resolves the open no_first_login signal and updates the company properties', async () => {
  const worker = createWorker({
    store,
    crmFor: () => recordingCrm,
    clock,
    sleep: async () => undefined,
    logger: createLogger({ level: 'silent' }),
  });
  // The hourly sweep has raised no_first_login (day ≥ 14, no login ever) and stored it open.
  await store.inbox.append(
    [
      {
        portalId: PORTAL,
        source: 'scheduler',
        eventId: 'sweep',
        kind: 'sweep.reassess',
        companyId: '101',
        occurredAt: clock.now(),
        payload: null,
      },
    ],
    clock.now(),
  );
  await worker.drainOnce();
  const before = await store.onboardings.get(PORTAL, '101');
  expect(before?.onboarding.signals).toContainEqual(
    expect.objectContaining({ type: 'no_first_login', status: 'open' }),
  );

  const response = await fetch(`${server.url}/api/usage/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({
      events: [
        { eventId: 'first-login', type: 'login', userId: 'u1', companyId: '101', timestamp: clock.now() - 60_000 },
      ],
    }),
  });
  expect(response.status).toBe(200);
  clock.advance(FLUSH_MS);
  await worker.drainOnce();

  const after = await store.onboardings.get(PORTAL, '101');
  expect(after?.onboarding.signals).toContainEqual(
    expect.objectContaining({ type: 'no_first_login', status: 'resolved' }),
  );
  const companyWrite = plans.at(-1)?.companies[0];
  expect(companyWrite?.desired).toMatchObject({
    lastLoginAt: clock.now() - FLUSH_MS - 60_000,
    logins7d: 1,
    activeUsers7d: 1,
  });
  expect(companyWrite?.desired.openSignalTypes).not.toContain('no_first_login');
});
