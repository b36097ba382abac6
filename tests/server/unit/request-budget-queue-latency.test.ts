import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestQueue } from '../../../server/src/hubspot/create-request-queue.ts';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs calls lasting `durationsMs` through a 2-per-second lane; returns when each started. */
async function runCalls(durationsMs: readonly number[]): Promise<number[]> {
  const queue = createRequestQueue({ limit: 2, windowMs: 1_000, concurrency: 4, now: () => Date.now(), sleep });
  const startsMs: number[] = [];
  const done = Promise.all(
    durationsMs.map((durationMs) =>
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

describe('a request queue under latency', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps a slow call in the window until a whole window after its answer, since HubSpot may count it on arrival', async () => {
    const startsMs = await runCalls([400, 400, 10]);
    expect(startsMs).toEqual([0, 0, 1_400]);
  });

  it('never has more calls in flight than the window allows', async () => {
    const startsMs = await runCalls([5_000, 5_000, 10]);
    expect(startsMs).toEqual([0, 0, 6_000]);
  });
});
