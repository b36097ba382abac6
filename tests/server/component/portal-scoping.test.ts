import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildOnboarding, withoutActivity } from '../../support/build-onboarding.ts';
import { OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import { grantUsageApiKey } from '../../support/start-usage-app.ts';
import { postWorkflowAction, startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/**
 * One portal per deployment (static auth): the test app serves PORTAL. A signed request acts for the portal its
 * signed part names, or for PORTAL when it names none; a request naming any other portal reaches no data.
 */
let app: CardsTestApp;

beforeEach(async () => {
  app = await startCardsTestApp();
});

afterEach(async () => {
  await app.stop();
});

const refusal = { error: { code: 'portal_not_served', message: expect.stringContaining(OTHER_PORTAL) } };

describe('a signed request without a portal', () => {
  it('is answered for the portal this deployment serves', async () => {
    await app.seed(withoutActivity(buildOnboarding({ companyName: 'Served portal company' })));

    const response = await app.call('GET', '/api/cards/companies/101/onboarding', { portalId: null });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ kind: 'onboarding', onboarding: { companyName: 'Served portal company' } });
  });
});

describe('a signed request naming a portal this deployment does not serve', () => {
  it('is refused a card read with 403, even for a company id the served portal also has', async () => {
    await app.seed(withoutActivity(buildOnboarding()));

    const response = await app.call('GET', '/api/cards/companies/101/onboarding', { portalId: OTHER_PORTAL });

    expect(response).toMatchObject({ status: 403, body: refusal });
  });

  it('is refused the portfolio with 403', async () => {
    const response = await app.call('GET', '/api/portfolio', { portalId: OTHER_PORTAL });

    expect(response).toMatchObject({ status: 403, body: refusal });
  });

  it('is refused a usage API key with 403, and none is minted', async () => {
    const response = await app.call('POST', '/api/cards/settings/usage-key', { portalId: OTHER_PORTAL });

    expect(response).toMatchObject({ status: 403, body: refusal });
    expect(await app.store.portalSettings.get(OTHER_PORTAL)).toBeNull();
  });

  it('is refused a workflow action with 403, and nothing is started or queued', async () => {
    const response = await postWorkflowAction(app, 'start-onboarding', OTHER_PORTAL, { templateId: 'standard' });

    expect(response).toMatchObject({ status: 403, body: refusal });
    expect(await app.store.onboardings.get(OTHER_PORTAL, '101')).toBeNull();
    expect(await app.store.inbox.counts(OTHER_PORTAL)).toEqual({ pending: 0, processing: 0, done: 0, parked: 0 });
  });

  it('has its webhook events stored under no other portal: each is parked where npm run inbox shows it', async () => {
    const event = {
      eventId: 100,
      subscriptionId: 1,
      portalId: Number(OTHER_PORTAL),
      occurredAt: app.clock.now(),
      subscriptionType: 'company.propertyChange',
      objectId: 101,
      propertyName: 'name',
      propertyValue: 'Elsewhere',
    };

    const response = await app.call('POST', '/webhooks/hubspot', { body: [event], portalId: null });

    expect(response).toMatchObject({ status: 200, body: { accepted: 1, duplicates: 0 } });
    expect(await app.store.inbox.counts(OTHER_PORTAL)).toEqual({ pending: 0, processing: 0, done: 0, parked: 0 });
    const [parked, ...others] = await app.store.inbox.listParked(PORTAL);
    expect(others).toEqual([]);
    expect(parked).toMatchObject({ companyId: null, lastError: expect.stringContaining(`portal ${OTHER_PORTAL}`) });
  });

  it('is refused usage events sent with a key of another portal (one minted before portals were refused)', async () => {
    const apiKey = await grantUsageApiKey(app.store, OTHER_PORTAL);
    const response = await fetch(`${app.url}/api/usage/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({
        events: [{ eventId: 'e1', type: 'login', userId: 'u1', companyId: '101', timestamp: '2026-03-02T08:30:00Z' }],
      }),
    });

    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject(refusal);
    expect((await app.store.activity.getSnapshot(OTHER_PORTAL, '101')).logins).toEqual([]);
  });
});
