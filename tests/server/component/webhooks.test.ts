import { buildAssociationChangeFields } from '../../support/build-webhook-inbox-event.ts';
import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toInboxReport } from '../../../server/src/cli/to-inbox-report.ts';
import { createAppWithRoutes } from '../../../server/src/http/create-app.ts';
import { createRouteTable } from '../../../server/src/http/routes.ts';
import type { Route } from '../../../server/src/http/routes.ts';
import {
  readVerifiedHubSpotCaller,
  requireHubSpotSignature,
} from '../../../server/src/http/middleware/require-hubspot-signature.ts';
import { startServer } from '../../../server/src/http/start-server.ts';
import type { RunningServer } from '../../../server/src/http/start-server.ts';
import { createLogger } from '../../../server/src/logger.ts';
import type { InboxEvent, Store } from '../../../server/src/onboarding/ports/index.ts';
import { createTestStore } from '../../support/create-test-store.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { signRequest } from '../../support/sign-request.ts';

const PUBLIC_BASE_URL = 'https://liftoff.example.com';
const CLIENT_SECRET = 'test-client-secret';
const ACCESS_TOKEN = 'pat-na1-never-logged';
const PORTAL_ID = '62515';

interface Harness {
  server: RunningServer;
  store: Store;
  clock: FixedClock;
  logLines: string[];
  /** The next inbox append rejects with this error (a locked or failing database). */
  failNextAppend(error: Error): void;
}

let harness: Harness;

beforeEach(async () => {
  const { store, clock } = await createTestStore();
  const logLines: string[] = [];
  let appendFailure: Error | null = null;
  const routes = createRouteTable({
    config: {
      publicBaseUrl: PUBLIC_BASE_URL,
      hubspot: { accessToken: ACCESS_TOKEN, clientSecret: CLIENT_SECRET },
      portals: { mode: 'static', portalId: PORTAL_ID },
      usageFlushIntervalMs: 60_000,
    },
    store,
    clock,
    wallClock: clock,
    webhookInbox: {
      append: async (events, receivedAt) => {
        const failure = appendFailure;
        appendFailure = null;
        if (failure !== null) throw failure;
        return store.inbox.append(events, receivedAt);
      },
    },
    createEventId: () => 'webhooks-test',
    templates: defaultTemplates,
    crmFor: () => null,
  });
  const app = createAppWithRoutes(
    createLogger({ level: 'info', destination: { write: (line: string) => void logLines.push(line) } }),
    [...buildExtraRoutes(clock), ...routes],
  );
  harness = {
    server: await startServer(app, { port: 0, host: '127.0.0.1' }),
    store,
    clock,
    logLines,
    failNextAppend: (error) => {
      appendFailure = error;
    },
  };
});

afterEach(async () => {
  await harness.server.stop(1_000);
  await harness.store.close();
});

/** Every event in the inbox, read back through the worker's claim. */
async function readInbox(): Promise<InboxEvent[]> {
  const events = await harness.store.inbox.claim(1_000, harness.clock.now(), 60_000);
  return events.sort((a, b) => a.id - b.id);
}

/** Routes the way the card and workflow engineers mount theirs: a router behind requireHubSpotSignature. */
function buildExtraRoutes(clock: FixedClock): Route[] {
  const signed = [requireHubSpotSignature({ clientSecret: CLIENT_SECRET, publicBaseUrl: PUBLIC_BASE_URL, clock })];
  return [
    {
      method: 'GET',
      path: '/api/cards/whoami',
      guard: signed,
      handler: (_req, res) => {
        res.json(readVerifiedHubSpotCaller(res.locals));
      },
    },
    {
      method: 'POST',
      path: '/api/cards/explode',
      guard: signed,
      handler: () => {
        throw new Error('database password is hunter2');
      },
    },
  ];
}

function buildEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventId: 100,
    subscriptionId: 2345,
    portalId: 62515,
    appId: 54321,
    occurredAt: Date.parse('2026-03-02T08:59:00.000Z'),
    subscriptionType: 'object.propertyChange',
    attemptNumber: 0,
    objectId: 123,
    objectTypeId: '0-2',
    changeSource: 'CRM',
    propertyName: 'liftoff_last_login',
    propertyValue: '2026-03-01',
    ...overrides,
  };
}

interface SendOptions {
  method?: string;
  path?: string;
  body?: string;
  contentType?: string;
  sign?: 'public' | 'local' | 'none' | 'whole-url';
  secret?: string;
  timestamp?: number;
  headers?: Record<string, string>;
}

async function send(options: SendOptions = {}): Promise<Response> {
  const method = options.method ?? 'POST';
  const path = options.path ?? '/webhooks/hubspot';
  const sign = options.sign ?? 'public';
  const signedBase = sign === 'local' ? harness.server.url : PUBLIC_BASE_URL;
  const signature =
    sign === 'none'
      ? {}
      : signRequest({
          method,
          url: signedBase + path,
          body: options.body ?? '',
          clientSecret: options.secret ?? CLIENT_SECRET,
          timestamp: options.timestamp ?? harness.clock.now(),
          decoding: sign === 'whole-url' ? 'whole' : 'table',
        });
  return fetch(harness.server.url + path, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': options.contentType ?? 'application/json' }),
      ...signature,
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: options.body }),
  });
}

describe('POST /webhooks/hubspot', () => {
  it('stores a signed delivery in the inbox and acknowledges it with 200', async () => {
    const body = JSON.stringify([buildEvent(), buildEvent({ eventId: 101, objectTypeId: '0-3', objectId: 9 })]);

    const response = await send({ body });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 2, duplicates: 0 });
    expect(await readInbox()).toEqual([
      expect.objectContaining({
        portalId: PORTAL_ID,
        source: 'hubspot',
        eventId: '100:s2345:o123:@1772441940000',
        kind: 'crm.change',
        companyId: '123',
        occurredAt: Date.parse('2026-03-02T08:59:00.000Z'),
        payload: buildEvent(),
        change: { kind: 'company_changed', companyId: '123' },
        receivedAt: harness.clock.now(),
      }),
      expect.objectContaining({ eventId: '101:s2345:o9:@1772441940000', companyId: null }),
    ]);
  });

  it('ignores a duplicate delivery of the same event ids', async () => {
    const body = JSON.stringify([buildEvent()]);
    await send({ body });

    const retry = await send({ body: JSON.stringify([buildEvent({ attemptNumber: 1 })]) });

    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ accepted: 0, duplicates: 1 });
    expect(await readInbox()).toHaveLength(1);
  });

  // HubSpot's eventId is not unique; an event is eventId + subscriptionId + object ids + occurredAt.
  it('stores a different event under a reused eventId, and skips a retry of either', async () => {
    const reused = [
      buildEvent({ subscriptionId: 2346 }),
      buildEvent({ objectId: 124 }),
      buildEvent({ occurredAt: Date.parse('2026-03-02T08:59:30.000Z') }),
      buildEvent(buildAssociationChangeFields([55, '0-2'], [7, '0-3'])),
      buildEvent(buildAssociationChangeFields([7, '0-3'], [55, '0-2'])),
    ];
    await send({ body: JSON.stringify([buildEvent()]) });

    const response = await send({ body: JSON.stringify(reused) });

    expect(await response.json()).toEqual({ accepted: 5, duplicates: 0 });
    const retries = [buildEvent(), ...reused].map((event) => ({ ...event, attemptNumber: 1 }));
    expect(await (await send({ body: JSON.stringify(retries) })).json()).toEqual({ accepted: 0, duplicates: 6 });
    expect(new Set((await readInbox()).map((event) => event.eventId)).size).toBe(6);
  });

  it('accepts and stores an unknown subscription type instead of rejecting the batch', async () => {
    const body = JSON.stringify([buildEvent({ subscriptionType: 'object.somethingNew', objectTypeId: '2-999' })]);

    const response = await send({ body });

    expect(response.status).toBe(200);
    expect(await readInbox()).toEqual([
      expect.objectContaining({
        kind: 'crm.change',
        companyId: null,
        change: { kind: 'activity_changed' },
      }),
    ]);
  });

  it.each([
    ['legacy company.propertyChange', { subscriptionType: 'company.propertyChange', objectTypeId: undefined }, '123'],
    [
      'generic association change from a deal to a company',
      buildAssociationChangeFields([7, '0-3'], [55, '0-2']),
      '55',
    ],
    [
      'legacy COMPANY_TO_DEAL association change',
      {
        subscriptionType: 'company.associationChange',
        objectId: undefined,
        associationType: 'COMPANY_TO_DEAL',
        fromObjectId: 56,
        toObjectId: 8,
      },
      '56',
    ],
    ['a deal property change', { objectTypeId: '0-3' }, null],
  ])('records the company of a %s', async (_label, overrides, companyId) => {
    await send({ body: JSON.stringify([buildEvent(overrides)]) });
    expect((await readInbox())[0]?.companyId).toBe(companyId);
  });

  it.each<[string, SendOptions]>([
    ['the signature headers are missing', { sign: 'none' }],
    ['it was signed with another secret', { secret: 'someone-elses-secret' }],
    ['the timestamp is more than 5 minutes old', { timestamp: Date.parse('2026-03-02T08:54:59.999Z') }],
    ['it was signed over the local URL instead of PUBLIC_BASE_URL', { sign: 'local' }],
  ])('answers 401 and stores nothing when %s', async (_label, options) => {
    const response = await send({ body: JSON.stringify([buildEvent()]), ...options });

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_signature', message: expect.any(String) },
    });
    expect(await readInbox()).toEqual([]);
  });

  it('answers 401 and stores nothing when the body was tampered with after signing', async () => {
    const signed = JSON.stringify([buildEvent()]);
    const headers = signRequest({
      method: 'POST',
      url: `${PUBLIC_BASE_URL}/webhooks/hubspot`,
      body: signed,
      clientSecret: CLIENT_SECRET,
      timestamp: harness.clock.now(),
    });

    const response = await fetch(`${harness.server.url}/webhooks/hubspot`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: signed.replace('liftoff_last_login', 'liftoff_health_score'),
    });

    expect(response.status).toBe(401);
    expect(await readInbox()).toEqual([]);
  });

  // HubSpot drops the whole batch's retries on a 4xx, so one unreadable event must not cost the rest.
  it('reads null as absent, stores the readable events and parks an unreadable one with its reason', async () => {
    const withNulls = buildEvent({
      eventId: 102,
      objectTypeId: '0-3',
      objectId: 9,
      propertyName: null,
      changeFlag: null,
    });
    const unreadable = buildEvent({ eventId: 'abc', occurredAt: undefined });
    const body = JSON.stringify([buildEvent(), withNulls, unreadable]);

    const response = await send({ body });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 3, duplicates: 0 });
    const parked = await harness.store.inbox.listParked(PORTAL_ID);
    expect(parked).toEqual([
      expect.objectContaining({
        portalId: PORTAL_ID,
        source: 'hubspot',
        status: 'parked',
        payload: JSON.parse(JSON.stringify(unreadable)) as unknown,
        lastError: expect.stringMatching(/eventId.*occurredAt|occurredAt.*eventId/),
      }),
    ]);
    expect(await readInbox()).toEqual([
      expect.objectContaining({ companyId: '123', change: { kind: 'company_changed', companyId: '123' } }),
      expect.objectContaining({
        companyId: null,
        payload: expect.not.objectContaining({ propertyName: null }),
        change: { kind: 'ignored', reason: 'deal propertyChange other than a stage change' },
      }),
    ]);
    const counts = await harness.store.inbox.counts(PORTAL_ID);
    const report = toInboxReport(PORTAL_ID, counts, parked);
    expect(report).toContain('1 parked');
    expect(report).toContain(parked[0]?.lastError ?? 'a reason');

    const retry = JSON.stringify([buildEvent({ attemptNumber: 1 }), withNulls, { ...unreadable, attemptNumber: 1 }]);
    expect(await (await send({ body: retry })).json()).toEqual({ accepted: 0, duplicates: 3 });
  });

  it('parks a malformed event with its zod issue paths and stores the rest of the batch', async () => {
    const body = JSON.stringify([buildEvent(), buildEvent({ eventId: 'abc', occurredAt: undefined })]);

    const response = await send({ body });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 2, duplicates: 0 });
    const [parked] = await harness.store.inbox.listParked(PORTAL_ID);
    expect(parked?.lastError).toMatch(/^unreadable HubSpot webhook event: /);
    expect(parked?.lastError).toContain('eventId: ');
    expect(parked?.lastError).toContain('occurredAt: ');
    expect(await readInbox()).toEqual([expect.objectContaining({ eventId: '100:s2345:o123:@1772441940000' })]);
  });

  it('answers 400 when the body is an object rather than an array of events', async () => {
    const response = await send({ body: JSON.stringify(buildEvent()) });
    expect(response.status).toBe(400);
    expect(await readInbox()).toEqual([]);
  });

  it('answers 400 for a signed body that is not JSON, but 401 when it is not signed either', async () => {
    expect((await send({ body: '[{"eventId": 1,' })).status).toBe(400);
    expect((await send({ body: '[{"eventId": 1,', sign: 'none' })).status).toBe(401);
  });

  it('answers 415 for a signed body that is not application/json', async () => {
    const response = await send({ body: 'eventId=1', contentType: 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
  });

  it('answers 413 for a body over 1 MB', async () => {
    const response = await send({ body: JSON.stringify([buildEvent({ padding: 'x'.repeat(1_100_000) })]) });
    expect(response.status).toBe(413);
    expect(await readInbox()).toEqual([]);
  });

  it('answers 500 without internals when the inbox cannot be written, so HubSpot retries', async () => {
    harness.failNextAppend(new Error('SQLITE_BUSY: database is locked at /srv/liftoff.db'));

    const response = await send({ body: JSON.stringify([buildEvent()]) });

    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(text).not.toContain('SQLITE');
  });

  it.each([
    ['table decoding', 'public'],
    ['whole-URL decoding', 'whole-url'],
  ] as const)('verifies a percent-encoded query over the public URL (%s)', async (_label, sign) => {
    const response = await send({
      path: '/webhooks/hubspot?owner=ana%40acme.com&note=a%20b&range=%281%2C2%29',
      body: JSON.stringify([buildEvent()]),
      sign,
    });
    expect(response.status).toBe(200);
  });

  it('logs JSON lines with a request id and no secret, token or signature', async () => {
    const response = await send({
      body: JSON.stringify([buildEvent()]),
      headers: { 'x-request-id': 'req-42', authorization: `Bearer ${ACCESS_TOKEN}` },
    });
    const signature = signRequest({
      method: 'POST',
      url: `${PUBLIC_BASE_URL}/webhooks/hubspot`,
      body: JSON.stringify([buildEvent()]),
      clientSecret: CLIENT_SECRET,
      timestamp: harness.clock.now(),
    })['x-hubspot-signature-v3'];

    expect(response.headers.get('x-request-id')).toBe('req-42');
    const lines = harness.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ requestId: 'req-42', status: 200, path: '/webhooks/hubspot' }),
    );
    const everything = harness.logLines.join('\n');
    for (const secret of [CLIENT_SECRET, ACCESS_TOKEN, signature]) expect(everything).not.toContain(secret);
  });
});

describe('requireHubSpotSignature on routes mounted by others', () => {
  it('puts the signed portalId and userId on res.locals for card fetches', async () => {
    const response = await send({ method: 'GET', path: '/api/cards/whoami?userId=82088707&portalId=62515' });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ portalId: '62515', userId: '82088707' });
  });

  it('rejects a card fetch whose query was changed after signing', async () => {
    const headers = signRequest({
      method: 'GET',
      url: `${PUBLIC_BASE_URL}/api/cards/whoami?portalId=62515`,
      clientSecret: CLIENT_SECRET,
      timestamp: harness.clock.now(),
    });
    const response = await fetch(`${harness.server.url}/api/cards/whoami?portalId=99999`, { headers: { ...headers } });
    expect(response.status).toBe(401);
  });

  it('answers 500 with a generic message when a handler throws, keeping the cause in the logs only', async () => {
    const response = await send({ path: '/api/cards/explode', body: '{}' });

    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('hunter2');
    expect(harness.logLines.join('\n')).toContain('hunter2');
  });

  it('answers 404 in the error shape for an unknown route', async () => {
    const response = await fetch(`${harness.server.url}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
