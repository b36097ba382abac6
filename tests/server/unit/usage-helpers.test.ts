import { describe, expect, it } from 'vitest';
import { rotateUsageApiKey } from '../../../server/src/onboarding/usage/rotate-usage-api-key.ts';
import { createUsageApiKey, toUsageApiKeyHash } from '../../../server/src/onboarding/usage/create-usage-api-key.ts';
import { parseUsageBatch } from '../../../server/src/http/schemas/parse-usage-batch.ts';
import { toFlushWindowEnd } from '../../../server/src/onboarding/usage/record-usage.ts';
import { instant } from '../../support/build-onboarding.ts';
import { createTestStore, PORTAL } from '../../support/create-test-store.ts';

const NOW = instant('2026-03-02T09:00:00.000Z');

function parseOne(event: Record<string, unknown>) {
  const parsed = parseUsageBatch({ events: [event] }, NOW);
  if (!parsed.ok) throw new Error('envelope refused');
  return parsed;
}

const login = { eventId: 'e1', type: 'login', userId: 'u1', companyId: '101', timestamp: '2026-03-02T08:00:00Z' };

describe('parseUsageBatch', () => {
  it.each([
    ['https://www.Acme.com/app?x=1', 'acme.com'],
    ['ACME.COM.', 'acme.com'],
    ['app.acme.co.uk', 'app.acme.co.uk'],
  ])('normalises the domain %s to %s', (companyDomain, domain) => {
    const parsed = parseOne({ ...login, companyId: undefined, companyDomain });
    expect(parsed.events[0]?.company).toEqual({ by: 'domain', domain });
  });

  it.each([
    ['a feature_used without its feature', { type: 'feature_used' }, 'feature'],
    ['both a company id and a domain', { companyDomain: 'acme.com' }, 'companyId'],
    ['a timestamp without an offset', { timestamp: '2026-03-02T08:00:00' }, 'timestamp'],
    ['a timestamp more than 5 minutes ahead', { timestamp: '2026-03-02T09:05:01Z' }, 'timestamp'],
    ['an unknown type', { type: 'logout' }, 'type'],
    ['an empty user id', { userId: ' ' }, 'userId'],
  ])('refuses %s', (_name, overrides, path) => {
    const parsed = parseOne({ ...login, ...overrides });
    expect(parsed.events).toEqual([]);
    expect(parsed.errors[0]?.issues.map((issue) => issue.path)).toContain(path);
  });

  it('accepts an ISO 8601 timestamp without seconds or with an offset other than Z', () => {
    expect(parseOne({ ...login, timestamp: '2026-03-02T08:00Z' }).events[0]?.at).toBe(
      Date.parse('2026-03-02T08:00:00Z'),
    );
    expect(parseOne({ ...login, timestamp: '2026-03-02T09:00:00+01:00' }).events[0]?.at).toBe(
      Date.parse('2026-03-02T08:00:00Z'),
    );
  });

  it('accepts a timestamp within the 5-minute clock skew', () => {
    expect(parseOne({ ...login, timestamp: '2026-03-02T09:04:59Z' }).events).toHaveLength(1);
  });

  it('maps feature_used to a feature use with its key', () => {
    const parsed = parseOne({ ...login, type: 'feature_used', feature: 'reports' });
    expect(parsed.events[0]).toMatchObject({
      kind: 'feature_use',
      feature: 'reports',
      at: instant('2026-03-02T08:00:00Z'),
    });
  });
});

describe('toFlushWindowEnd', () => {
  it.each([
    [0, 5_000, 5_000],
    [4_999, 5_000, 5_000],
    [5_000, 5_000, 10_000],
    [12_345, 1_000, 13_000],
  ])('puts %i in the window of %i ms ending at %i', (now, interval, end) => {
    expect(toFlushWindowEnd(now, interval)).toBe(end);
  });
});

describe('usage API keys', () => {
  it('creates distinct keys stored only as their SHA-256 digest', () => {
    const first = createUsageApiKey();
    const second = createUsageApiKey();
    expect(first.apiKey).not.toBe(second.apiKey);
    expect(first.keyHash).toBe(toUsageApiKeyHash(first.apiKey));
    expect(first.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.apiKey.endsWith(first.lastFour)).toBe(true);
  });

  it('rotation replaces every previous key unless asked to keep them', async () => {
    const { store } = await createTestStore();
    const first = await rotateUsageApiKey(store.portalSettings, PORTAL, { keepPrevious: false });
    const second = await rotateUsageApiKey(store.portalSettings, PORTAL, { keepPrevious: false });
    const find = (apiKey: string) => store.portalSettings.findPortalIdByUsageKeyHash(toUsageApiKeyHash(apiKey));
    expect(await find(first.apiKey)).toBeNull();
    expect(await find(second.apiKey)).toBe(PORTAL);
    const third = await rotateUsageApiKey(store.portalSettings, PORTAL, { keepPrevious: true });
    expect(third.validKeys).toBe(2);
    expect(await find(second.apiKey)).toBe(PORTAL);
    await store.close();
  });
});
