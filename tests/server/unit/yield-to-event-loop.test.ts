import { describe, expect, it } from 'vitest';
import { yieldToEventLoop } from '../../../server/src/yield-to-event-loop.ts';

describe('yieldToEventLoop', () => {
  it('hands out one turn per event-loop iteration, in call order, so work queued meanwhile runs between', async () => {
    const order: string[] = [];
    const first = yieldToEventLoop().then(() => order.push('first turn'));
    const second = yieldToEventLoop().then(() => order.push('second turn'));
    setImmediate(() => {
      order.push('other work, iteration 1');
      setImmediate(() => order.push('other work, iteration 2'));
    });

    await Promise.all([first, second]);
    await new Promise((resolve) => setImmediate(resolve));

    // The second turn waits for the next iteration: the work that iteration 1 queued runs before it.
    expect(order).toEqual(['other work, iteration 1', 'first turn', 'other work, iteration 2', 'second turn']);
  });
});
