import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestQueue } from '../../../server/src/hubspot/create-request-queue.ts';
import type { RequestQueueOptions } from '../../../server/src/hubspot/create-request-queue.ts';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function buildQueue(overrides: Partial<RequestQueueOptions> = {}) {
  return createRequestQueue({ limit: 10, windowMs: 1_000, concurrency: 4, now: () => Date.now(), sleep, ...overrides });
}

/** The most starts any rolling window (s − windowMs, s] ending at a start s contains. */
function countBusiestWindow(startsMs: readonly number[], windowMs: number): number {
  return Math.max(0, ...startsMs.map((end) => startsMs.filter((s) => s > end - windowMs && s <= end).length));
}

async function runAll(queue: ReturnType<typeof buildQueue>, count: number, durationMs: number): Promise<number[]> {
  const startsMs: number[] = [];
  const done = Promise.all(
    Array.from({ length: count }, () =>
      queue.run(async () => {
        startsMs.push(Date.now());
        await sleep(durationMs);
      }),
    ),
  );
  await vi.runAllTimersAsync();
  await done;
  return startsMs;
}

describe('a request queue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never starts more than the budget in any rolling window', async () => {
    const startsMs = await runAll(buildQueue(), 35, 30);
    expect(startsMs).toHaveLength(35);
    expect(countBusiestWindow(startsMs, 1_000)).toBe(10);
    expect(Math.max(...startsMs)).toBeGreaterThanOrEqual(3_000);
  });

  it('keeps at most `concurrency` calls in flight', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const queue = buildQueue({ limit: 1_000, concurrency: 3 });
    const done = Promise.all(
      Array.from({ length: 12 }, () =>
        queue.run(async () => {
          inFlight += 1;
          mostInFlight = Math.max(mostInFlight, inFlight);
          await sleep(100);
          inFlight -= 1;
        }),
      ),
    );
    await vi.runAllTimersAsync();
    await done;
    expect(mostInFlight).toBe(3);
  });

  it('holds every call while paused after a 429', async () => {
    const queue = buildQueue();
    queue.pauseUntil(5_000);
    const startsMs = await runAll(queue, 3, 10);
    expect(Math.min(...startsMs)).toBe(5_000);
  });

  it('adds the extra delay decided from outside (header pacing)', async () => {
    const queue = buildQueue({
      limit: 100,
      concurrency: 1,
      decideExtraDelay: (nowMs, lastStartMs) => (lastStartMs === null ? 0 : Math.max(0, lastStartMs + 200 - nowMs)),
    });
    const startsMs = await runAll(queue, 4, 10);
    expect(startsMs).toEqual([0, 200, 400, 600]);
  });

  it('passes the task result and its failure through', async () => {
    const queue = buildQueue();
    await expect(queue.run(async () => 'ok')).resolves.toBe('ok');
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
