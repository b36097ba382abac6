import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, decideRetry, toDailyResetMs } from '../../../server/src/hubspot/client/decide-retry.ts';
import type { RetryContext, RetryPolicy } from '../../../server/src/hubspot/client/decide-retry.ts';
import { HubSpotError } from '../../../server/src/hubspot/client/hubspot-error.ts';

const NOW = Date.parse('2026-03-10T15:30:00.000Z');
const NEXT_UTC_MIDNIGHT = Date.parse('2026-03-11T00:00:00.000Z');

/** The shape the SDK throws: `ApiException {code, body, headers}`. */
function buildApiException(code: number, body: unknown = {}, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`HTTP-Code: ${code}`), { code, body, headers });
}

function buildContext(overrides: Partial<RetryContext> = {}, policy: Partial<RetryPolicy> = {}): RetryContext {
  return { nowMs: NOW, random: 0.5, policy: { ...DEFAULT_RETRY_POLICY, ...policy }, ...overrides };
}

const tenSecondlyBody = {
  status: 'error',
  message: 'You have reached your ten_secondly_rolling limit.',
  errorType: 'RATE_LIMIT',
  policyName: 'TEN_SECONDLY_ROLLING',
  correlationId: 'c-1',
};
const secondlyBody = { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT' };
const dailyBody = {
  status: 'error',
  message: 'You have reached your daily limit.',
  errorType: 'RATE_LIMIT',
  policyName: 'DAILY',
};

describe('decideRetry on rate limits', () => {
  it.each([
    ['a TEN_SECONDLY_ROLLING 429 waits the configured window', buildApiException(429, tenSecondlyBody), 10_000],
    [
      'a TEN_SECONDLY_ROLLING 429 waits the interval HubSpot reports',
      buildApiException(429, tenSecondlyBody, { 'X-HubSpot-RateLimit-Interval-Milliseconds': '1000' }),
      1_000,
    ],
    ['a search "secondly limit" 429 waits one second', buildApiException(429, secondlyBody), 1_000],
    [
      'a 429 with Retry-After in seconds waits that long',
      buildApiException(429, tenSecondlyBody, { 'retry-after': '3' }),
      3_000,
    ],
    [
      'a 429 with Retry-After as an HTTP date waits until then',
      buildApiException(429, tenSecondlyBody, { 'retry-after': 'Tue, 10 Mar 2026 15:30:07 GMT' }),
      7_000,
    ],
    ['a 429 naming no policy waits the configured window', buildApiException(429, { message: 'slow down' }), 10_000],
  ])('%s', (_rule, error, delayMs) => {
    expect(decideRetry(error, 1, buildContext())).toMatchObject({
      action: 'retry',
      delayMs,
      error: { kind: 'rate_limited', status: 429 },
    });
  });

  it('fails a 429 typed once the attempts are spent', () => {
    const decision = decideRetry(buildApiException(429, tenSecondlyBody), 5, buildContext());
    expect(decision).toMatchObject({ action: 'fail', error: { kind: 'rate_limited', correlationId: 'c-1' } });
  });

  it.each([
    ['UTC', 0, NEXT_UTC_MIDNIGHT],
    ['UTC−5 (the account is in New York)', -300, Date.parse('2026-03-11T05:00:00.000Z')],
    ['UTC+1 (the account is in Paris)', 60, Date.parse('2026-03-10T23:00:00.000Z')],
  ])('halts the portal until the daily reset at midnight %s', (_zone, offset, untilMs) => {
    const decision = decideRetry(
      buildApiException(429, dailyBody),
      1,
      buildContext({}, { dailyResetUtcOffsetMinutes: offset }),
    );
    expect(decision).toMatchObject({
      action: 'halt_until',
      untilMs,
      error: { kind: 'daily_limit', retryAtMs: untilMs },
    });
  });

  it('recognises a daily 429 that only says so in its message', () => {
    const decision = decideRetry(
      buildApiException(429, { message: 'You have reached your daily limit.' }),
      1,
      buildContext(),
    );
    expect(decision).toMatchObject({ action: 'halt_until', untilMs: NEXT_UTC_MIDNIGHT });
  });
});

describe('decideRetry on server and network failures', () => {
  it.each([
    ['500', buildApiException(500, { message: 'internal error' }), 'server'],
    ['502', buildApiException(502, 'Bad Gateway'), 'server'],
    ['503', buildApiException(503, { message: 'unavailable' }), 'server'],
    ['ECONNRESET', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'network'],
    [
      'fetch failed (ECONNRESET as cause)',
      new TypeError('fetch failed', { cause: Object.assign(new Error('read'), { code: 'ECONNRESET' }) }),
      'network',
    ],
    ['fetch failed (no cause)', new TypeError('fetch failed'), 'network'],
  ])('retries a %s with backoff', (_name, error, kind) => {
    expect(decideRetry(error, 1, buildContext({ random: 0 }))).toMatchObject({
      action: 'retry',
      delayMs: 250,
      error: { kind },
    });
  });

  it.each([
    [1, 0, 250],
    [1, 0.999, 500],
    [2, 0, 500],
    [2, 0.999, 1_000],
    [3, 0.5, 1_500],
    [4, 0, 2_000],
    [4, 0.999, 3_998],
  ])(
    'after attempt %i with random %f waits %i ms (equal jitter around 500 ms × 2^(attempt−1))',
    (attempt, random, delayMs) => {
      const decision = decideRetry(buildApiException(500), attempt, buildContext({ random }));
      expect(decision).toEqual(expect.objectContaining({ action: 'retry', delayMs }));
    },
  );

  it('caps the backoff at maxBackoffMs', () => {
    const decision = decideRetry(buildApiException(503), 9, buildContext({ random: 0.999 }, { maxAttempts: 10 }));
    expect(decision).toMatchObject({ action: 'retry', delayMs: 29_985 });
  });

  it('honours Retry-After on a 503', () => {
    const decision = decideRetry(buildApiException(503, {}, { 'Retry-After': '2' }), 1, buildContext());
    expect(decision).toMatchObject({ action: 'retry', delayMs: 2_000 });
  });

  it.each([
    [1, 'retry'],
    [4, 'retry'],
    [5, 'fail'],
    [6, 'fail'],
  ])('with 5 attempts allowed, a 500 after attempt %i means %s', (attempt, action) => {
    expect(decideRetry(buildApiException(500), attempt, buildContext()).action).toBe(action);
  });
});

describe('decideRetry on other failures', () => {
  it.each([
    [400, 'bad_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [422, 'bad_request'],
  ])('fails a %i at once as %s', (status, kind) => {
    const body = { status: 'error', message: 'nope', category: 'VALIDATION_ERROR', correlationId: 'c-9' };
    const decision = decideRetry(buildApiException(status, body), 1, buildContext());
    expect(decision).toMatchObject({
      action: 'fail',
      error: { kind, status, message: 'nope', category: 'VALIDATION_ERROR', correlationId: 'c-9' },
    });
  });

  it('fails an unknown error as unexpected, without echoing a bearer token', () => {
    const decision = decideRetry(
      new Error('No match for request {"authorization":"Bearer pat-na1-secret"}'),
      1,
      buildContext(),
    );
    expect(decision).toMatchObject({ action: 'fail', error: { kind: 'unexpected', status: null } });
    expect(decision.error.message).not.toContain('secret');
  });

  it('keeps a HubSpotError as it is', () => {
    const error = new HubSpotError({ kind: 'forbidden', message: 'missing scope', status: 403 });
    expect(decideRetry(error, 1, buildContext())).toEqual({ action: 'fail', error });
  });
});

describe('toDailyResetMs', () => {
  it('moves to the next day exactly at midnight', () => {
    expect(toDailyResetMs(NEXT_UTC_MIDNIGHT, 0)).toBe(NEXT_UTC_MIDNIGHT + 86_400_000);
  });
});
