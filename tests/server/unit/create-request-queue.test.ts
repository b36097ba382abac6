import { describe, expect, it, vi } from 'vitest';
import { buildQueue, runQueuedCalls, sleepOnTimers, useFakeTimersFromZero } from '../../support/run-queued-calls.ts';

/** The most starts any rolling window (s − windowMs, s] ending at a start s contains. */
function countBusiestWindow(startsMs: readonly number[], windowMs: number): number {
  return Math.max(0, ...startsMs.map((end) => startsMs.filter((s) => s > end - windowMs && s <= end).length));
}

const repeat = (count: number, durationMs: number) => Array.from({ length: count }, () => durationMs);

describe('a request queue', () => {
  useFakeTimersFromZero();

  it('never starts more than the budget in any rolling window', async () => {
    const startsMs = await runQueuedCalls(buildQueue(), repeat(35, 30));
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
          await sleepOnTimers(100);
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
    const startsMs = await runQueuedCalls(queue, repeat(3, 10));
    expect(Math.min(...startsMs)).toBe(5_000);
  });

  it('adds the extra delay decided from outside (header pacing)', async () => {
    const queue = buildQueue({
      limit: 100,
      concurrency: 1,
      decideExtraDelay: (nowMs, lastStartMs) => (lastStartMs === null ? 0 : Math.max(0, lastStartMs + 200 - nowMs)),
    });
    const startsMs = await runQueuedCalls(queue, repeat(4, 10));
    expect(startsMs).toEqual([0, 200, 400, 600]);
  });

  it('passes the task result and its failure through', async () => {
    const queue = buildQueue();
    await expect(queue.run(async () => 'ok')).resolves.toBe('ok');
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
