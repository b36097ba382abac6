import { describe, expect, it } from 'vitest';
import { buildQueue, runQueuedCalls, useFakeTimersFromZero } from '../../support/run-queued-calls.ts';

/** Runs calls lasting `durationsMs` through a 2-per-second lane; returns when each started. */
function runCalls(durationsMs: readonly number[]): Promise<number[]> {
  return runQueuedCalls(buildQueue({ limit: 2 }), durationsMs);
}

describe('a request queue under latency', () => {
  useFakeTimersFromZero();

  it('keeps a slow call in the window until a whole window after its answer, since HubSpot may count it on arrival', async () => {
    const startsMs = await runCalls([400, 400, 10]);
    expect(startsMs).toEqual([0, 0, 1_400]);
  });

  it('never has more calls in flight than the window allows', async () => {
    const startsMs = await runCalls([5_000, 5_000, 10]);
    expect(startsMs).toEqual([0, 0, 6_000]);
  });
});
