import PQueue from 'p-queue';
import { decideWindowDelay } from './request-budget.ts';

/**
 * One lane of a portal's HubSpot traffic: p-queue bounds how many calls are in flight, and a
 * rolling window of start instants bounds how many start per window (p-queue's own interval is a
 * fixed window, which lets up to twice the budget through around a window boundary).
 */
export interface RequestQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Holds every call of this lane until `untilMs` (after a 429, the whole lane waits, not one call). */
  pauseUntil(untilMs: number): void;
}

export interface RequestQueueOptions {
  limit: number;
  windowMs: number;
  concurrency: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** An extra wait decided from outside the window, e.g. pacing from HubSpot's rate-limit headers. */
  decideExtraDelay?: (nowMs: number, lastStartMs: number | null) => number;
}

export function createRequestQueue(options: RequestQueueOptions): RequestQueue {
  const queue = new PQueue({ concurrency: options.concurrency });
  const startsMs: number[] = [];
  let pausedUntilMs = 0;

  async function acquireSlot(): Promise<void> {
    for (;;) {
      const nowMs = options.now();
      while (startsMs.length > 0 && (startsMs[0] ?? nowMs) <= nowMs - options.windowMs) startsMs.shift();
      const delayMs = Math.max(
        pausedUntilMs - nowMs,
        decideWindowDelay({ startsMs, nowMs, limit: options.limit, windowMs: options.windowMs }),
        options.decideExtraDelay?.(nowMs, startsMs.at(-1) ?? null) ?? 0,
      );
      if (delayMs <= 0) {
        startsMs.push(nowMs);
        return;
      }
      await options.sleep(delayMs);
    }
  }

  return {
    run: (task) =>
      queue.add(async () => {
        await acquireSlot();
        return task();
      }),
    pauseUntil: (untilMs) => {
      pausedUntilMs = Math.max(pausedUntilMs, untilMs);
    },
  };
}
