import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/src/http/start-server.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { toDomainCompanyKey } from '../../../server/src/onboarding/usage/to-domain-company-key.ts';
import type { InboxEvent, Store } from '../../../server/src/onboarding/ports/index.ts';
import { instant } from '../../support/build-onboarding.ts';
import { buildOnboardingRecord, createTestStore, OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { grantUsageApiKey, startUsageApp } from '../../support/start-usage-app.ts';

const FLUSH_MS = 5_000;
const NOW = '2026-03-02T09:00:01.000Z';

interface Harness {
  server: RunningServer;
  store: Store;
  clock: FixedClock;
  apiKey: string;
  logLines: string[];
}

let harness: Harness;

beforeEach(async () => {
  const { store, clock } = await createTestStore();
  clock.set(NOW);
  const apiKey = await grantUsageApiKey(store, PORTAL);
  await store.onboardings.save(buildOnboardingRecord());
  const logLines: string[] = [];
  const server = await startUsageApp({
    store,
    clock,
    flushIntervalMs: FLUSH_MS,
    logger: createLogger({ level: 'info', destination: { write: (line: string) => void logLines.push(line) } }),
  });
  await store.activity.attachCompanyDomains(PORTAL, [{ companyId: '101', domain: 'acme.com' }]);
  harness = { server, store, clock, apiKey, logLines };
});

afterEach(async () => {
  await harness.server.stop(1_000);
  await harness.store.close();
});

function login(eventId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { eventId, type: 'login', userId: 'u1', companyId: '101', timestamp: '2026-03-02T08:30:00Z', ...overrides };
}

function featureUse(eventId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...login(eventId), type: 'feature_used', feature: 'reports', ...overrides };
}

async function postUsage(
  body: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${harness.apiKey}` },
) {
  const response = await fetch(`${harness.server.url}/api/usage/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function readDueInbox(): Promise<InboxEvent[]> {
  return harness.store.inbox.claim(1_000, harness.clock.now(), 60_000);
}

describe('POST /api/usage/events authentication', () => {
  it.each([
    ['no key', {}],
    ['an unknown bearer key', { authorization: 'Bearer lfu_not-a-key' }],
    ['a malformed authorization header', { authorization: 'Basic abc' }],
    ['an unknown x-api-key', { 'x-api-key': 'lfu_nope' }],
  ])('refuses %s with 401 unauthorized and records nothing', async (_name, headers) => {
    const response = await postUsage({ events: [login('e1')] }, headers);
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'unauthorized' } });
    const snapshot = await harness.store.activity.getSnapshot(PORTAL, '101');
    expect(snapshot.logins).toEqual([]);
  });

  it('accepts the key in X-API-Key as well as a bearer token', async () => {
    const response = await postUsage({ events: [login('e1')] }, { 'x-api-key': harness.apiKey });
    expect(response).toMatchObject({ status: 200, body: { accepted: 1 } });
  });

  it('attributes the events to the portal owning the key, never to another', async () => {
    await postUsage({ events: [login('e1')] });
    expect((await harness.store.activity.getSnapshot(OTHER_PORTAL, '101')).logins).toEqual([]);
    expect((await harness.store.activity.getSnapshot(PORTAL, '101')).logins).toHaveLength(1);
  });

  it('never writes the key to the logs', async () => {
    await postUsage({ events: [login('e1')] }, { 'x-api-key': 'lfu_wrong-key-value' });
    await postUsage({ events: [login('e2')] });
    const logs = harness.logLines.join('\n');
    expect(logs).not.toContain(harness.apiKey);
    expect(logs).not.toContain('lfu_wrong-key-value');
  });
});

describe('POST /api/usage/events validation', () => {
  it('keeps the good events of a batch and reports each bad one by index', async () => {
    const response = await postUsage({
      events: [
        login('e1'),
        login('e2', { timestamp: 'yesterday' }),
        featureUse('e3'),
        featureUse('e4', { feature: undefined }),
        login('e5', { companyId: undefined }),
        'not an event',
        login('e7', { timestamp: '2026-03-02T10:00:00Z' }),
      ],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ accepted: 2, duplicates: 0, rejected: 5 });
    const errors = response.body.errors as { index: number; issues: { path: string }[] }[];
    expect(errors.map((error) => [error.index, error.issues[0]?.path])).toEqual([
      [1, 'timestamp'],
      [3, 'feature'],
      [4, 'companyId'],
      [5, ''],
      [6, 'timestamp'],
    ]);
    const snapshot = await harness.store.activity.getSnapshot(PORTAL, '101');
    expect(snapshot.logins).toEqual([{ at: instant('2026-03-02T08:30:00.000Z'), userId: 'u1' }]);
    expect(snapshot.featureUses).toEqual([
      { at: instant('2026-03-02T08:30:00.000Z'), userId: 'u1', feature: 'reports' },
    ]);
  });

  it.each([
    ['an empty batch', { events: [] }],
    ['a batch over 1,000 events', { events: Array.from({ length: 1_001 }, (_, i) => login(`e${i}`)) }],
    ['a body without events', [login('e1')]],
  ])('refuses %s whole with 400 invalid_request', async (_name, body) => {
    const response = await postUsage(body);
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });

  it('refuses a body that is not JSON with 400 once the key is checked', async () => {
    expect((await postUsage('{"events": [')).status).toBe(400);
  });

  it('accepts epoch-millisecond timestamps and numeric company ids', async () => {
    const response = await postUsage({ events: [login('e1', { timestamp: instant(NOW) - 60_000, companyId: 101 })] });
    expect(response.body).toMatchObject({ accepted: 1, rejected: 0 });
  });
});

describe('POST /api/usage/events idempotency and companies', () => {
  it('counts a redelivered event id once', async () => {
    await postUsage({ events: [login('e1'), login('e2')] });
    const again = await postUsage({ events: [login('e2'), login('e3')] });
    expect(again.body).toMatchObject({ accepted: 1, duplicates: 1 });
    expect((await harness.store.activity.getSnapshot(PORTAL, '101')).logins).toHaveLength(3);
  });

  it('keeps usage of a company without an onboarding, reports it, and counts it once the onboarding starts', async () => {
    const response = await postUsage({ events: [login('e1', { companyId: '202' })] });
    expect(response.body).toMatchObject({ accepted: 1, unknownCompanyIds: ['202'] });
    expect(await readDueInbox()).toEqual([]);

    const { onboarding } = buildOnboardingRecord();
    await harness.store.onboardings.save(buildOnboardingRecord({ onboarding: { ...onboarding, companyId: '202' } }));
    const stored = await harness.store.onboardings.get(PORTAL, '202');
    expect(stored?.onboarding.activity.logins).toEqual([{ at: instant('2026-03-02T08:30:00.000Z'), userId: 'u1' }]);
  });

  it('attributes events sent by domain to the matching company and keeps unmatched domains apart', async () => {
    const response = await postUsage({
      events: [
        login('e1', { companyId: undefined, companyDomain: 'https://www.ACME.com/app' }),
        login('e2', { companyId: undefined, companyDomain: 'unknown.io' }),
      ],
    });
    expect(response.body).toMatchObject({ accepted: 2, unknownCompanyIds: [], unresolvedDomains: ['unknown.io'] });
    expect((await harness.store.activity.getSnapshot(PORTAL, '101')).logins).toHaveLength(1);
    expect((await harness.store.activity.getSnapshot(PORTAL, toDomainCompanyKey('unknown.io'))).logins).toHaveLength(1);
  });

  it('attaches usage kept under a domain to its company once a refresh learns the domain, then files new usage directly', async () => {
    await postUsage({ events: [login('e1', { companyId: undefined, companyDomain: 'unknown.io' })] });

    expect(
      await harness.store.activity.attachCompanyDomains(PORTAL, [{ companyId: '101', domain: 'unknown.io' }]),
    ).toEqual(['101']);
    expect((await harness.store.activity.getSnapshot(PORTAL, '101')).logins).toHaveLength(1);
    expect((await harness.store.activity.getSnapshot(PORTAL, toDomainCompanyKey('unknown.io'))).logins).toEqual([]);

    const later = await postUsage({ events: [login('e2', { companyId: undefined, companyDomain: 'unknown.io' })] });
    expect(later.body).toMatchObject({ accepted: 1, unresolvedDomains: [] });
    expect((await harness.store.activity.getSnapshot(PORTAL, '101')).logins).toHaveLength(2);
    expect(
      await harness.store.activity.attachCompanyDomains(PORTAL, [{ companyId: '101', domain: 'unknown.io' }]),
    ).toEqual([]);
  });
});

describe('POST /api/usage/events re-assessment requests', () => {
  it('asks for one re-assessment per company per flush window, due when the window closes', async () => {
    await postUsage({ events: [login('e1')] });
    harness.clock.advance(1_000);
    await postUsage({ events: [login('e2')] });
    expect(await readDueInbox()).toEqual([]);

    harness.clock.set(instant('2026-03-02T09:00:05.000Z'));
    const due = await readDueInbox();
    expect(due).toMatchObject([{ source: 'usage', kind: 'usage.recorded', companyId: '101' }]);
    await harness.store.inbox.complete(due.map((event) => event.id));

    await postUsage({ events: [login('e3')] });
    harness.clock.advance(FLUSH_MS);
    expect(await readDueInbox()).toHaveLength(1);
  });

  it('takes a 10,000-event burst from concurrent requests without losing or doubling an event', async () => {
    const batches = Array.from({ length: 10 }, (_, batch) => ({
      events: Array.from({ length: 1_000 }, (_, i) =>
        login(`b${batch}-${i}`, { userId: `u${i % 37}`, timestamp: instant(NOW) - (batch * 1_000 + i) * 1_000 }),
      ),
    }));
    const responses = await Promise.all(batches.map((batch) => postUsage(batch)));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(responses.reduce((sum, response) => sum + Number(response.body.accepted), 0)).toBe(10_000);
    expect((await harness.store.activity.getSnapshot(PORTAL, '101')).logins).toHaveLength(10_000);
    harness.clock.advance(FLUSH_MS);
    expect(await readDueInbox()).toHaveLength(1);
  });
});
