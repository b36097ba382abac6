import { DAY_MS } from '@liftoff/shared/time/calendar';
import { HubSpotError } from './hubspot-error.ts';
import { parseHubSpotError } from './parse-hubspot-error.ts';

/**
 * What to do after a HubSpot call failed (docs/ARCHITECTURE.md §1, docs/HUBSPOT.md §6.4):
 * - 429 of the rolling window (TEN_SECONDLY_ROLLING) or of search ("secondly limit"): wait for
 *   Retry-After when sent, else the window HubSpot reports (X-HubSpot-RateLimit-Interval-Milliseconds),
 *   else our configured window; bounded by maxAttempts.
 * - 429 DAILY: halt the portal until the daily reset (midnight in the account's time zone) and fail.
 * - 5xx and socket errors: exponential backoff with equal jitter, bounded by maxAttempts.
 * - any other 4xx or unknown failure: fail at once with the typed error.
 */
export interface RetryPolicy {
  /** Total attempts per call, the first one included. */
  maxAttempts: number;
  /** Backoff before the 2nd attempt after a 5xx/network error; doubles per attempt up to maxBackoffMs. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Wait after a rolling-window 429 that names neither Retry-After nor the interval. */
  burstWindowMs: number;
  /** Wait after a search ("secondly") 429 that names neither Retry-After nor the interval. */
  secondlyWindowMs: number;
  /** The portal's time zone offset: HubSpot resets the daily cap at the account's midnight. */
  dailyResetUtcOffsetMinutes: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseBackoffMs: 500,
  maxBackoffMs: 30_000,
  burstWindowMs: 10_000,
  secondlyWindowMs: 1_000,
  dailyResetUtcOffsetMinutes: 0,
};

export type RetryDecision =
  | { action: 'retry'; delayMs: number; error: HubSpotError }
  | { action: 'fail'; error: HubSpotError }
  | { action: 'halt_until'; untilMs: number; error: HubSpotError };

export interface RetryContext {
  nowMs: number;
  /** A uniform draw in [0, 1) for the jitter, injected so the decision stays pure. */
  random: number;
  policy: RetryPolicy;
}

const SECONDLY_LIMIT_MESSAGE = 'You have reached your secondly limit.';
const MINUTE_MS = 60_000;

/** `attempt` is the 1-based number of the attempt that just failed. */
export function decideRetry(error: unknown, attempt: number, context: RetryContext): RetryDecision {
  const typed = parseHubSpotError(error);
  const { policy } = context;
  if (typed.kind === 'daily_limit') {
    const untilMs = toDailyResetMs(context.nowMs, policy.dailyResetUtcOffsetMinutes);
    return { action: 'halt_until', untilMs, error: withRetryAt(typed, untilMs) };
  }
  const retryable = typed.kind === 'rate_limited' || typed.kind === 'server' || typed.kind === 'network';
  if (!retryable || attempt >= policy.maxAttempts) return { action: 'fail', error: typed };
  const retryAfterMs = parseRetryAfterMs(typed.headers['retry-after'], context.nowMs);
  if (typed.kind === 'rate_limited') {
    return { action: 'retry', delayMs: retryAfterMs ?? toRateLimitWaitMs(typed, policy), error: typed };
  }
  return { action: 'retry', delayMs: retryAfterMs ?? toBackoffMs(attempt, context.random, policy), error: typed };
}

/** The next midnight in the account's time zone, as an epoch instant. */
export function toDailyResetMs(nowMs: number, utcOffsetMinutes: number): number {
  const offsetMs = utcOffsetMinutes * MINUTE_MS;
  return (Math.floor((nowMs + offsetMs) / DAY_MS) + 1) * DAY_MS - offsetMs;
}

function toRateLimitWaitMs(error: HubSpotError, policy: RetryPolicy): number {
  const intervalMs = Number(error.headers['x-hubspot-ratelimit-interval-milliseconds']);
  if (Number.isInteger(intervalMs) && intervalMs > 0) return intervalMs;
  const secondly = error.policyName === 'SECONDLY' || error.message === SECONDLY_LIMIT_MESSAGE;
  return secondly ? policy.secondlyWindowMs : policy.burstWindowMs;
}

/** Equal jitter: half the exponential step is fixed, half random, so retries spread without collapsing to 0. */
function toBackoffMs(attempt: number, random: number, policy: RetryPolicy): number {
  const stepMs = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** (attempt - 1));
  return Math.round(stepMs / 2 + (stepMs / 2) * random);
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfterMs(value: string | undefined, nowMs: number): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const dateMs = Date.parse(trimmed);
  return Number.isNaN(dateMs) ? null : Math.max(0, dateMs - nowMs);
}

function withRetryAt(error: HubSpotError, retryAtMs: number): HubSpotError {
  return new HubSpotError({
    kind: error.kind,
    message: error.message,
    status: error.status,
    correlationId: error.correlationId,
    policyName: error.policyName,
    category: error.category,
    headers: error.headers,
    retryAtMs,
  });
}
