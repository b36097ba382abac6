import { describe, expect, it } from 'vitest';
import { decidePacingDelay, decideWindowDelay } from '../../../server/src/hubspot/client/request-budget.ts';
import type { RateLimitSnapshot } from '../../../server/src/hubspot/client/parse-rate-limit-headers.ts';
import { parseRateLimitHeaders } from '../../../server/src/hubspot/client/parse-rate-limit-headers.ts';

function buildSnapshot(overrides: Partial<RateLimitSnapshot> = {}): RateLimitSnapshot {
  return {
    max: 190,
    remaining: 100,
    intervalMs: 10_000,
    dailyMax: null,
    dailyRemaining: null,
    observedAtMs: 0,
    ...overrides,
  };
}

describe('decideWindowDelay (at most `limit` starts in any rolling window)', () => {
  it.each([
    ['starts at once when the window is empty', [], 1_000, 0],
    ['starts at once below the limit', [0, 100], 1_000, 0],
    ['waits for the oldest start to leave when full', [0, 100, 200], 1_000, 9_000],
    ['ignores starts older than the window', [-20_000, 100, 200], 1_000, 0],
    ['starts at the instant the oldest leaves', [0, 100, 200], 10_000, 0],
    ['waits for the right start when over-full', [0, 100, 200, 300], 1_000, 9_100],
  ])('%s', (_rule, startsMs, nowMs, delayMs) => {
    expect(decideWindowDelay({ startsMs, nowMs, limit: 3, windowMs: 10_000 })).toBe(delayMs);
  });
});

describe('decidePacingDelay (slow down from HubSpot rate-limit headers before a 429)', () => {
  it.each([
    ['no headers seen: no delay', null, 1_000, 900, 0],
    ['plenty remaining: no delay', buildSnapshot({ remaining: 11 }), 1_000, 990, 0],
    ['few remaining: one call per interval / max', buildSnapshot({ remaining: 10 }), 1_000, 990, 42.63157894736844],
    ['few remaining, pace already respected: no delay', buildSnapshot({ remaining: 3 }), 1_000, 900, 0],
    ['few remaining, first call: no delay', buildSnapshot({ remaining: 3 }), 1_000, null, 0],
    ['none remaining: wait out the interval', buildSnapshot({ remaining: 0, observedAtMs: 500 }), 1_000, 990, 9_500],
    ['a stale answer (older than its interval): no delay', buildSnapshot({ remaining: 0 }), 10_000, 9_990, 0],
  ])('%s', (_rule, snapshot, nowMs, lastStartMs, delayMs) => {
    expect(decidePacingDelay(snapshot, nowMs, lastStartMs, 10)).toBeCloseTo(delayMs, 6);
  });
});

describe('parseRateLimitHeaders', () => {
  it('reads the window and daily headers whatever their case', () => {
    const headers = {
      'X-HubSpot-RateLimit-Max': '190',
      'X-HubSpot-RateLimit-Remaining': '7',
      'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
      'x-hubspot-ratelimit-daily': '1000000',
      'x-hubspot-ratelimit-daily-remaining': '999',
    };
    expect(parseRateLimitHeaders(headers, 42)).toEqual({
      max: 190,
      remaining: 7,
      intervalMs: 10_000,
      dailyMax: 1_000_000,
      dailyRemaining: 999,
      observedAtMs: 42,
    });
  });

  it.each([
    ['missing', {}],
    [
      'malformed',
      {
        'x-hubspot-ratelimit-max': 'lots',
        'x-hubspot-ratelimit-remaining': '1',
        'x-hubspot-ratelimit-interval-milliseconds': '1',
      },
    ],
    [
      'a zero max',
      {
        'x-hubspot-ratelimit-max': '0',
        'x-hubspot-ratelimit-remaining': '0',
        'x-hubspot-ratelimit-interval-milliseconds': '1',
      },
    ],
  ])('ignores %s headers', (_case, headers) => {
    expect(parseRateLimitHeaders(headers, 0)).toBeNull();
  });
});
