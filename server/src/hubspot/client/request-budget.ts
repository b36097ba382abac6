import type { RateLimitSnapshot } from './parse-rate-limit-headers.ts';

/**
 * How many calls one portal may start (docs/HUBSPOT.md §6.4). Private apps on Professional
 * and Enterprise get 190 per rolling 10 s; we keep `burstHeadroom` of them in reserve for calls
 * made with the same token outside this client's queue (the queue itself never lets more than its
 * limit reach HubSpot in a window, whatever the latency: see createRequestQueue).
 * Search has its own budget (4/s in the older docs, 5/s in the newer: we take the stricter).
 * The v4 association batch endpoints spend neither (HubSpot's OpenAPI marks them exempt from the
 * ten-secondly budget): only `exemptConcurrency` bounds them, so they do not hog a connection pool.
 */
export interface RequestBudget {
  burstLimit: number;
  burstWindowMs: number;
  burstHeadroom: number;
  burstConcurrency: number;
  searchLimit: number;
  searchWindowMs: number;
  searchConcurrency: number;
  exemptConcurrency: number;
  /** When HubSpot reports this many calls left or fewer, start calls no faster than its average pace. */
  lowRemaining: number;
}

export const DEFAULT_REQUEST_BUDGET: RequestBudget = {
  burstLimit: 190,
  burstWindowMs: 10_000,
  burstHeadroom: 10,
  burstConcurrency: 8,
  searchLimit: 4,
  searchWindowMs: 1_000,
  searchConcurrency: 2,
  exemptConcurrency: 4,
  lowRemaining: 10,
};

export interface WindowState {
  /** Instants counted against the window, oldest first (older ones are ignored); the queue counts answers. */
  startsMs: readonly number[];
  nowMs: number;
  limit: number;
  windowMs: number;
}

/**
 * A rolling window (now − windowMs, now] never holds more than `limit` counted calls: when it is
 * full, wait until enough of the oldest have left it. Returns 0 when a call may start now.
 */
export function decideWindowDelay(state: WindowState): number {
  const inWindow = state.startsMs.filter((startMs) => startMs > state.nowMs - state.windowMs);
  if (inWindow.length < state.limit) return 0;
  const mustLeave = inWindow[inWindow.length - state.limit];
  return mustLeave === undefined ? 0 : mustLeave + state.windowMs - state.nowMs;
}

/**
 * Slow down before HubSpot answers 429, from the headers of its latest answer:
 * - remaining 0: sit out the whole interval from that answer (everything counted has left by then);
 * - remaining at or below `lowRemaining`: start calls at HubSpot's average pace, interval / max apart;
 * - otherwise, or once the answer is older than its interval: no delay.
 */
export function decidePacingDelay(
  snapshot: RateLimitSnapshot | null,
  nowMs: number,
  lastStartMs: number | null,
  lowRemaining: number,
): number {
  if (snapshot === null || nowMs - snapshot.observedAtMs >= snapshot.intervalMs) return 0;
  if (snapshot.remaining > lowRemaining) return 0;
  if (snapshot.remaining === 0) return snapshot.observedAtMs + snapshot.intervalMs - nowMs;
  if (lastStartMs === null) return 0;
  return Math.max(0, lastStartMs + snapshot.intervalMs / snapshot.max - nowMs);
}
