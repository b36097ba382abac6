import { afterEach, beforeEach, vi } from 'vitest';
import { createRequestQueue } from '../../server/src/hubspot/client/create-request-queue.ts';
import type { RequestQueue, RequestQueueOptions } from '../../server/src/hubspot/client/create-request-queue.ts';

/** Waits on the timers, which the tests of a file fake from instant 0 (useFakeTimersFromZero). */
export const sleepOnTimers = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Fakes the timers from instant 0 for each test of the file, so a queue's waits take no real time. */
export function useFakeTimersFromZero(): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** A queue of 10 calls per second, 4 at a time, on the faked timers. */
export function buildQueue(overrides: Partial<RequestQueueOptions> = {}): RequestQueue {
  return createRequestQueue({
    limit: 10,
    windowMs: 1_000,
    concurrency: 4,
    now: () => Date.now(),
    sleep: sleepOnTimers,
    ...overrides,
  });
}

/** Runs calls lasting `durationsMs` through the queue until all have answered; returns when each started. */
export async function runQueuedCalls(queue: RequestQueue, durationsMs: readonly number[]): Promise<number[]> {
  const startsMs: number[] = [];
  const done = Promise.all(
    durationsMs.map((durationMs) =>
      queue.run(async () => {
        startsMs.push(Date.now());
        await sleepOnTimers(durationMs);
      }),
    ),
  );
  await vi.runAllTimersAsync();
  await done;
  return startsMs;
}
