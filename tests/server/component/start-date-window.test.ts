import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { date } from '../../support/build-onboarding.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import {
  buildPrimaryCompanyAssociation,
  buildSalesPipeline,
  startSyncTestService,
  SYNC_PORTAL,
} from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';
import { postWorkflowAction, startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/** Day 0 of an onboarding must be a date a CS team can mean; today is 2026-03-02 in these tests. */
describe('a start date far outside any onboarding, from a person', () => {
  let app: CardsTestApp;

  beforeEach(async () => {
    app = await startCardsTestApp();
  });

  afterEach(async () => {
    await app.stop();
  });

  it('is refused on the card with 400 and the field path, and nothing is started', async () => {
    const response = await app.call('POST', '/api/cards/companies/101/onboarding', {
      body: { templateId: 'standard', startDate: '9999-12-31' },
    });

    expect(response).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_request', issues: [{ path: 'startDate' }] } },
    });
    expect(await app.store.onboardings.get(PORTAL, '101')).toBeNull();
  });

  it('accepts the start of an onboarding for a deal closed two years ago', async () => {
    const response = await app.call('POST', '/api/cards/companies/101/onboarding', {
      body: { templateId: 'standard', startDate: '2024-03-02' },
    });

    expect(response).toMatchObject({ status: 201, body: { header: { startDate: '2024-03-02' } } });
  });

  it('is refused from a workflow with 400 and the input field path, and nothing is started', async () => {
    const response = await postWorkflowAction(app, 'start-onboarding', PORTAL, {
      templateId: 'standard',
      startDate: String(date('9999-12-31')),
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { code: 'invalid_request', issues: [{ path: 'inputFields.startDate' }] },
    });
    expect(await app.store.onboardings.get(PORTAL, '101')).toBeNull();
  });
});

describe('a closed-won deal whose close date is far outside any onboarding', () => {
  let service: SyncTestService;

  beforeEach(async () => {
    service = await startSyncTestService({
      clock: createFixedClock('2026-03-02T09:00:00.000Z'),
      dataset: {
        objects: {
          companies: [{ id: '42', properties: { name: 'Acme' } }],
          deals: [
            {
              id: '7',
              properties: { dealstage: 'closedwon', pipeline: 'default', closedate: '9999-12-31T00:00:00.000Z' },
            },
          ],
        },
        associations: [buildPrimaryCompanyAssociation('7', '42')],
        pipelines: {
          deals: [
            buildSalesPipeline([
              { id: 'closedwon', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
            ]),
          ],
        },
      },
    });
  });

  afterEach(async () => {
    await service.stop();
  });

  it('starts no onboarding and parks its event with the reason, for a person to start it by hand', async () => {
    await service.postWebhooks([
      {
        eventId: 100,
        subscriptionId: 1,
        portalId: Number(SYNC_PORTAL),
        occurredAt: Date.parse('2026-03-02T08:00:00.000Z'),
        subscriptionType: 'deal.propertyChange',
        objectId: 7,
        propertyName: 'dealstage',
        propertyValue: 'closedwon',
      },
    ]);

    const report = await service.drain();

    expect(report).toMatchObject({ claimed: 1, parked: 1 });
    expect(await service.store.onboardings.get(SYNC_PORTAL, '42')).toBeNull();
    const [parked] = await service.store.inbox.listParked(SYNC_PORTAL);
    expect(parked?.lastError).toMatch(/start_date_out_of_window.*9999-12-31/);
  });
});
