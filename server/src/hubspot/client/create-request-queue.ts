import PQueue from 'p-queue';
import { decideWindowDelay } from './request-budget.ts';

/**
 * One lane of a portal's HubSpot traffic: p-queue bounds how many calls are in flight, and a
 * rolling window bounds how many may reach HubSpot per window (p-queue's own interval is a fixed
 * window, which lets up to twice the budget through around a window boundary).
 *
 * HubSpot counts a call when it arrives, somewhere between our start and its answer. Counting
 * starts lets a window overflow whenever an earlier call took longer to arrive than a later one
 * (a 429 on the 4-per-second search lane, measured in the benchmark). So a call holds its slot
 * while in flight and keeps it for a whole window after its answer: whatever the latency, no
 * window at HubSpot's end can hold more than `limit` of our calls.
 */
export interface RequestQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Holds every call of this lane until `untilMs` (after a 429, the whole lane waits, not one call). */
  pauseUntil(untilMs: number): void;
}

export interface RequestQueueOptions {
  limit: number;
  windowMs: number;
  /** At most this many in flight, and never more than `limit` (an in-flight call holds a slot). */
  concurrency: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** An extra wait decided from outside the window, e.g. pacing from HubSpot's rate-limit headers. */
  decideExtraDelay?: (nowMs: number, lastStartMs: number | null) => number;
}

export function createRequestQueue(options: RequestQueueOptions): RequestQueue {
  const queue = new PQueue({ concurrency: Math.max(1, Math.min(options.concurrency, options.limit)) });
  const answeredAtMs: number[] = [];
  let inFlight = 0;
  let lastStartMs: number | null = null;
  let pausedUntilMs = 0;

  async function acquireSlot(): Promise<void> {
    for (;;) {
      const nowMs = options.now();
      while (answeredAtMs.length > 0 && (answeredAtMs[0] ?? nowMs) <= nowMs - options.windowMs) answeredAtMs.shift();
      const delayMs = Math.max(
        pausedUntilMs - nowMs,
        decideWindowDelay({
          startsMs: answeredAtMs,
          nowMs,
          limit: options.limit - inFlight,
          windowMs: options.windowMs,
        }),
        options.decideExtraDelay?.(nowMs, lastStartMs) ?? 0,
      );
      if (delayMs <= 0) {
        inFlight += 1;
        lastStartMs = nowMs;
        return;
      }
      await options.sleep(delayMs);
    }
  }

  function releaseSlot(): void {
    inFlight -= 1;
    answeredAtMs.push(options.now());
  }

  return {
    run: (task) =>
      queue.add(async () => {
        await acquireSlot();
        try {
          return await task();
        } finally {
          releaseSlot();
        }
      }),
    pauseUntil: (untilMs) => {
      pausedUntilMs = Math.max(pausedUntilMs, untilMs);
    },
  };
}
