import { Client } from '@hubspot/api-client';
import type { RequestContext, ResponseContext } from '@hubspot/api-client/lib/codegen/crm/companies/http/http.js';
import { describe, expect, it } from 'vitest';
import { createPortalClient } from '../../server/src/hubspot/client/create-portal-client.ts';
import type { PortalClientOptions } from '../../server/src/hubspot/client/create-portal-client.ts';
import { HubSpotError } from '../../server/src/hubspot/client/hubspot-error.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import { useHubSpotContract } from '../support/hubspot-contract.ts';

const BATCH_READ = '/crm/v3/objects/companies/batch/read';
const RATE_LIMIT_REASON = 'rate-limit bodies are not in the OpenAPI documents';

const batchReadResponse = {
  status: 'COMPLETE',
  results: [
    {
      id: '512',
      properties: { name: 'Acme' },
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-06T10:00:00.000Z',
      archived: false,
    },
  ],
  startedAt: '2026-01-06T10:00:00.000Z',
  completedAt: '2026-01-06T10:00:01.000Z',
};

const tenSecondlyBody = {
  status: 'error',
  message: 'You have reached your ten_secondly_rolling limit.',
  errorType: 'RATE_LIMIT',
  policyName: 'TEN_SECONDLY_ROLLING',
  correlationId: 'c-429',
};

const STAMP = '2026-01-06T10:00:00.000Z';
const CORRELATION_ID = '8c3e0a4e-5b0f-4a43-9d7e-2f1b6a0c9d11';

function buildErrorBody(message: string, category: string) {
  return { message, category, correlationId: CORRELATION_ID };
}

function buildRateLimitHeaders(remaining: number, overrides: Record<string, string> = {}) {
  return {
    'X-HubSpot-RateLimit-Max': '190',
    'X-HubSpot-RateLimit-Remaining': String(remaining),
    'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
    ...overrides,
  };
}

/** A portal client on a test clock: `sleep` records each wait and moves the clock, so no test really waits. */
function buildPortalClient(overrides: Partial<PortalClientOptions> = {}) {
  const clock = createFixedClock('2026-03-10T15:30:00.000Z');
  const sleeps: number[] = [];
  const client = createPortalClient({
    portalId: '4242',
    accessToken: 'test-token',
    now: clock.now,
    random: () => 0,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.advance(ms);
    },
    ...overrides,
  });
  const readCompany = () =>
    client.call('burst', 'companies.batch.read', (sdk) =>
      sdk.crm.companies.batchApi.read({ inputs: [{ id: '512' }], properties: ['name'], propertiesWithHistory: [] }),
    );
  return { client, clock, sleeps, readCompany };
}

describe('a portal client calling HubSpot through the real SDK', () => {
  const hubspot = useHubSpotContract();

  it('returns what HubSpot answered and counts the call under its label', async () => {
    hubspot.on('POST', BATCH_READ).reply(200, batchReadResponse, buildRateLimitHeaders(150));
    const { client, readCompany, sleeps } = buildPortalClient();

    const response = await readCompany();

    expect(response.results[0]?.properties['name']).toBe('Acme');
    expect(sleeps).toEqual([]);
    expect(client.stats()).toEqual({
      calls: 1,
      rateLimited: 0,
      retries: 0,
      byLabel: { 'companies.batch.read': 1 },
      byLane: { burst: 1, search: 0, exempt: 0 },
    });
  });

  it('counts an SDK call made outside `call` as unlabelled, in the burst lane', async () => {
    hubspot.on('POST', BATCH_READ).reply(200, batchReadResponse, buildRateLimitHeaders(150));
    const { client } = buildPortalClient();

    await client.sdk.crm.companies.batchApi.read({
      inputs: [{ id: '512' }],
      properties: [],
      propertiesWithHistory: [],
    });

    expect(client.stats()).toMatchObject({ calls: 1, byLabel: { unlabelled: 1 }, byLane: { burst: 1 } });
  });

  it("runs a caller's own call-time middleware after the client's, and still counts the call", async () => {
    hubspot.on('POST', BATCH_READ).reply(200, batchReadResponse);
    const { client } = buildPortalClient();
    const seen: number[] = [];
    const ownMiddleware = {
      pre: (context: RequestContext) => Promise.resolve(context),
      post: (context: ResponseContext) => {
        seen.push(context.httpStatusCode);
        return Promise.resolve(context);
      },
    };

    await client.call('burst', 'companies.batch.read', (sdk) =>
      sdk.crm.companies.batchApi.read({ inputs: [{ id: '512' }], properties: [], propertiesWithHistory: [] }, false, {
        middleware: [ownMiddleware],
      }),
    );

    expect(seen).toEqual([200]);
    expect(client.stats().calls).toBe(1);
  });

  it("counts calls even when another client's SDK retries (a process-wide decorator) wrap the API methods", async () => {
    hubspot.on('POST', BATCH_READ).reply(200, batchReadResponse);
    const { client, readCompany } = buildPortalClient();
    // The SDK applies the decorators of the latest `new Client()` to every API object it creates afterwards.
    new Client({ accessToken: 'other-token', numberOfApiCallRetries: 1 });

    await readCompany();

    expect(client.stats().calls).toBe(1);
  });

  it('retries a TEN_SECONDLY_ROLLING 429 after the window HubSpot reports, then succeeds', async () => {
    hubspot
      .on('POST', BATCH_READ)
      .replyUnchecked(429, tenSecondlyBody, { reason: RATE_LIMIT_REASON, headers: buildRateLimitHeaders(0) });
    hubspot.on('POST', BATCH_READ).reply(200, batchReadResponse, buildRateLimitHeaders(180));
    const { client, readCompany, sleeps } = buildPortalClient();

    await expect(readCompany()).resolves.toMatchObject({ status: 'COMPLETE' });

    expect(sleeps).toEqual([10_000]);
    expect(client.stats()).toMatchObject({ calls: 2, rateLimited: 1, retries: 1 });
    expect(hubspot.requests()).toHaveLength(2);
  });

  it('retries a 500 with backoff, then succeeds', async () => {
    hubspot.on('POST', BATCH_READ).reply(500, buildErrorBody('internal error', 'INTERNAL_ERROR'));
    hubspot.on('POST', BATCH_READ).reply(500, buildErrorBody('internal error', 'INTERNAL_ERROR'));
    hubspot.on('POST', BATCH_READ).reply(200, batchReadResponse);
    const { client, readCompany, sleeps } = buildPortalClient();

    await expect(readCompany()).resolves.toMatchObject({ status: 'COMPLETE' });

    expect(sleeps).toEqual([250, 500]);
    expect(client.stats()).toMatchObject({ calls: 3, rateLimited: 0, retries: 2 });
  });

  it('gives up on a 503 after the configured attempts, with a typed error', async () => {
    hubspot.on('POST', BATCH_READ).times(2).reply(503, buildErrorBody('unavailable', 'SERVICE_UNAVAILABLE'));
    const { readCompany } = buildPortalClient({ retry: { maxAttempts: 2 } });

    await expect(readCompany()).rejects.toMatchObject({ name: 'HubSpotError', kind: 'server', status: 503 });
  });

  it('fails a 404 at once as not_found, without retrying', async () => {
    hubspot.on('POST', BATCH_READ).reply(404, buildErrorBody('Object not found', 'OBJECT_NOT_FOUND'));
    const { client, readCompany, sleeps } = buildPortalClient();

    const failure = await readCompany().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(HubSpotError);
    expect(failure).toMatchObject({
      kind: 'not_found',
      status: 404,
      category: 'OBJECT_NOT_FOUND',
      correlationId: CORRELATION_ID,
    });
    expect(sleeps).toEqual([]);
    expect(client.stats()).toMatchObject({ calls: 1, retries: 0 });
  });

  it('halts the portal on the daily limit: later calls fail fast without reaching HubSpot until the reset', async () => {
    const dailyBody = { status: 'error', message: 'You have reached your daily limit.', policyName: 'DAILY' };
    hubspot.on('POST', BATCH_READ).replyUnchecked(429, dailyBody, { reason: RATE_LIMIT_REASON });
    const { client, clock, readCompany } = buildPortalClient();
    const reset = Date.parse('2026-03-11T00:00:00.000Z');

    await expect(readCompany()).rejects.toMatchObject({ kind: 'daily_limit', status: 429, retryAtMs: reset });
    clock.set('2026-03-10T23:59:59.000Z');
    await expect(readCompany()).rejects.toMatchObject({ kind: 'daily_limit', status: null, retryAtMs: reset });

    expect(client.stats().calls).toBe(1);
    clock.set(reset);
    hubspot.on('POST', BATCH_READ).reply(200, batchReadResponse);
    await expect(readCompany()).resolves.toMatchObject({ status: 'COMPLETE' });
  });

  it('halts before a 429 when HubSpot reports no daily calls left', async () => {
    hubspot.on('POST', BATCH_READ).reply(
      200,
      batchReadResponse,
      buildRateLimitHeaders(150, {
        'X-HubSpot-RateLimit-Daily': '1000000',
        'X-HubSpot-RateLimit-Daily-Remaining': '0',
      }),
    );
    const { readCompany } = buildPortalClient();

    await readCompany();

    await expect(readCompany()).rejects.toMatchObject({ kind: 'daily_limit', status: null });
  });

  it('waits out the window before the next call when HubSpot reports none remaining', async () => {
    hubspot.on('POST', BATCH_READ).reply(200, batchReadResponse, buildRateLimitHeaders(0));
    hubspot.on('POST', BATCH_READ).reply(200, batchReadResponse, buildRateLimitHeaders(189));
    const { readCompany, sleeps } = buildPortalClient();

    await readCompany();
    await readCompany();

    expect(sleeps).toEqual([10_000]);
  });

  it('runs search calls in the search lane, four per second', async () => {
    const searchResponse = { total: 0, results: [] };
    hubspot.on('POST', '/crm/v3/objects/tickets/search').times(5).reply(200, searchResponse);
    const { client, sleeps } = buildPortalClient();
    const search = () =>
      client.call('search', 'tickets.search', (sdk) =>
        sdk.crm.tickets.searchApi.doSearch({
          filterGroups: [],
          properties: ['subject'],
          sorts: [],
          limit: 100,
          after: '0',
        }),
      );

    await Promise.all([search(), search(), search(), search(), search()]);

    expect(sleeps).toEqual([1_000]);
    expect(client.stats()).toMatchObject({ calls: 5, byLabel: { 'tickets.search': 5 } });
  });

  it('runs association batch reads in the exempt lane: they never wait for a spent burst window', async () => {
    const associationsResponse = { status: 'COMPLETE', results: [], startedAt: STAMP, completedAt: STAMP };
    hubspot.on('POST', '/crm/v4/associations/companies/contacts/batch/read').times(6).reply(200, associationsResponse);
    hubspot.on('POST', BATCH_READ).reply(200, batchReadResponse);
    const { client, readCompany, sleeps } = buildPortalClient({ budget: { burstLimit: 1, burstHeadroom: 0 } });
    const readAssociations = () =>
      client.call('exempt', 'companies.contacts.associations.batch.read', (sdk) =>
        sdk.crm.associations.v4.batchApi.getPage('companies', 'contacts', { inputs: [{ id: '512' }] }),
      );

    await readCompany();
    await Promise.all([1, 2, 3, 4, 5, 6].map(readAssociations));

    expect(sleeps).toEqual([]);
    expect(client.stats().byLane).toEqual({ burst: 1, search: 0, exempt: 6 });
  });
});
