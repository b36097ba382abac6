import type { Instant } from '@liftoff/shared/domain/index';

export interface EventRetryPolicy {
  /** Attempts after which the event is parked for an operator instead of retried. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Five attempts spread over about a quarter of an hour: long enough to ride out a HubSpot outage or a 429 storm. */
export const DEFAULT_EVENT_RETRY_POLICY: EventRetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 30_000,
  maxDelayMs: 600_000,
};

/**
 * When a failed event is tried again: exponential backoff from `baseDelayMs` (doubling per attempt, capped at
 * `maxDelayMs`), or null once `attempts` (the attempts made, this one included) reaches `maxAttempts`: the
 * event is then parked with its error, never dropped.
 */
export function decideEventRetry(
  attempts: number,
  now: Instant,
  policy: EventRetryPolicy = DEFAULT_EVENT_RETRY_POLICY,
): Instant | null {
  if (attempts >= policy.maxAttempts) return null;
  const delay = Math.min(policy.baseDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
  return now + delay;
}
