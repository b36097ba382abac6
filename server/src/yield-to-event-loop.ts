/** The last turn handed out: each caller's turn starts only after the one before it has run. */
let lastTurn: Promise<void> = Promise.resolve();

/**
 * Waits for a turn of the event loop of its own, so what is waiting (requests, timers) runs first. SQLite answers
 * synchronously, so a chain of awaits on it never leaves the microtask queue: without this, a worker busy with a
 * re-assessment storm would hold the loop for whole batches. Turns are handed out one per loop iteration, in call
 * order: four groups yielding at once then run one after another with requests in between, not back to back.
 */
export function yieldToEventLoop(): Promise<void> {
  const turn = lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  lastTurn = turn;
  return turn;
}
