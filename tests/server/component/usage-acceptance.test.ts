import { afterEach, beforeEach, expect, it } from 'vitest';
import { createApp } from '../../../server/src/app.ts';
import { createWorker } from '../../../server/src/jobs/create-worker.ts';
import { startServer } from '../../../server/src/http/start-server.ts';
import type { RunningServer } from '../../../server/src/http/start-server.ts';
import { createUsageRoutes } from '../../../server/src/http/usage-routes.ts';
import { createLogger } from '../../../server/src/logger.ts';
import type { CrmGateway, WritePlan } from '../../../server/src/onboarding/crm-gateway.ts';
import { createUsageApiKey } from '../../../server/src/onboarding/create-usage-api-key.ts';
import type { Store } from '../../../server/src/onboarding/ports.ts';
import { atDay } from '../../support/build-onboarding.ts';
import { buildOnboardingRecord, createTestStore, PORTAL } from '../../support/create-test-store.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';

const FLUSH_MS = 5_000;
let server: RunningServer;
let store: Store;
let clock: FixedClock;
let apiKey: string;
const plans: WritePlan[] = [];

/** A CRM that accepts every write and keeps the plans, to read what reached HubSpot. */
const recordingCrm: CrmGateway = {
  readDeals: async () => [],
  readDealContacts: async () => [],
  readCompanyContexts: async () => [],
  findChangedCompanies: async (since) => ({ companyIds: [], watermark: since }),
  applyWritePlan: async (plan) => {
    plans.push(plan);
    return plan.companies.map((write) => ({ target: 'company' as const, id: write.id, ok: true as const }));
  },
};

beforeEach(async () => {
  ({ store, clock } = await createTestStore());
  clock.set(atDay(15));
  const key = createUsageApiKey();
  apiKey = key.apiKey;
  await store.portalSettings.setMode(PORTAL, 'store_only');
  const settings = await store.portalSettings.get(PORTAL);
  if (settings === null) throw new Error('settings not created');
  await store.portalSettings.put({ ...settings, usageApiKeyHashes: [key.keyHash] });
  await store.onboardings.save(buildOnboardingRecord());
  const app = createApp({
    config: {
      publicBaseUrl: 'https://liftoff.example.com',
      hubspot: { accessToken: 't', clientSecret: 's', portalId: PORTAL },
    },
    logger: createLogger({ level: 'silent' }),
    clock,
    store,
    routes: [
      createUsageRoutes({
        activity: store.activity,
        inbox: store.inbox,
        onboardings: store.onboardings,
        portalSettings: store.portalSettings,
        clock,
        flushIntervalMs: FLUSH_MS,
      }),
    ],
  });
  server = await startServer(app, { port: 0, host: '127.0.0.1' });
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
