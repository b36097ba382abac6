import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toInboxReport } from '../../../server/src/cli/to-inbox-report.ts';
import { createScheduler } from '../../../server/src/jobs/create-scheduler.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { signRequest } from '../../support/sign-request.ts';
import {
  startSyncTestService,
  SYNC_CLIENT_SECRET,
  SYNC_PORTAL as PORTAL,
  SYNC_PUBLIC_BASE_URL,
} from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';

const HOUR_MS = 3_600_000;

/**
 * An onboarding started (from the card, or a workflow enrolling the wrong object) for a company id HubSpot does not
 * know: the simulated HubSpot holds company 42 only, and the onboarding is started for company 999.
 */
describe('an onboarding whose company HubSpot does not know', () => {
  let service: SyncTestService;
  let clock: FixedClock;

  beforeEach(async () => {
    clock = createFixedClock('2026-03-02T09:00:00.000Z');
    service = await startSyncTestService({
      clock,
      dataset: { objects: { companies: [{ id: '42', properties: { name: 'Acme' } }] } },
    });
  });

  afterEach(async () => {
    await service.stop();
    expect(service.violations).toEqual([]);
  });

  /** A card request signed as HubSpot signs `hubspot.fetch` for the portal's user 77. */
  async function callCard(method: 'GET' | 'POST', path: string, body?: unknown) {
    const query = `?userId=77&portalId=${PORTAL}`;
    const text = body === undefined ? undefined : JSON.stringify(body);
    const headers = signRequest({
      method,
      url: `${SYNC_PUBLIC_BASE_URL}${path}${query}`,
      body: text ?? '',
      clientSecret: SYNC_CLIENT_SECRET,
      timestamp: clock.now(),
    });
    const response = await fetch(`${service.server.url}${path}${query}`, {
      method,
      headers: { ...headers, ...(text === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(text === undefined ? {} : { body: text }),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  async function startOnUnknownCompany() {
    const started = await callCard('POST', '/api/cards/companies/999/onboarding', {
      templateId: 'standard',
      startDate: '2026-03-02',
    });
    expect(started.status).toBe(201);
  }

  it('is parked at its first refresh, with the reason npm run inbox shows', async () => {
    await startOnUnknownCompany();

    const report = await service.drain();

    expect(report).toMatchObject({ claimed: 1, completed: 0, retried: 0, parked: 1 });
    const parked = await service.store.inbox.listParked(PORTAL);
    expect(parked).toMatchObject([{ companyId: '999', lastError: expect.stringContaining('company_not_found') }]);
    const inboxReport = toInboxReport(PORTAL, await service.store.inbox.counts(PORTAL), parked);
    expect(inboxReport).toMatch(/company 999.*\n.*company_not_found: HubSpot does not know company 999/);
  });

  it('is shown parked on the card, answered from the store without asking HubSpot', async () => {
    await startOnUnknownCompany();
    await service.drain();
    const callsBefore = service.hubspot.stats().calls;

    const card = await callCard('GET', '/api/cards/companies/999/onboarding');

    expect(card).toMatchObject({
      status: 200,
      body: { kind: 'onboarding', onboarding: { companyId: '999', parked: { reason: 'company_not_found' } } },
    });
    expect(service.hubspot.stats().calls).toBe(callsBefore);
  });

  it('is never retried: later sweeps leave it parked and never ask HubSpot about it again', async () => {
    await startOnUnknownCompany();
    await service.drain();
    const scheduler = createScheduler({
      store: service.store,
      portalIds: [PORTAL],
      intervalMs: HOUR_MS,
      clock,
      sleep: () => Promise.resolve(),
      logger: createLogger({ level: 'silent' }),
    });
    const recordCalls = () => {
      const { byRoute } = service.hubspot.stats();
      return ['read', 'update'].map((verb) => byRoute[`POST /crm/v3/objects/{type}/batch/${verb}`] ?? 0);
    };
    const callsBefore = recordCalls();

    const reports = [];
    for (let hour = 1; hour <= 24; hour += 1) {
      clock.advance(HOUR_MS);
      await scheduler.sweepOnce();
      reports.push(await service.drain());
    }

    expect(reports.reduce((sum, report) => sum + report.retried + report.parked, 0)).toBe(0);
    expect(await service.store.inbox.counts(PORTAL)).toMatchObject({ pending: 0, processing: 0, parked: 1 });
    expect(recordCalls()).toEqual(callsBefore);
  });
});
