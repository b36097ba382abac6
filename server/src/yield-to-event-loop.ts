/**
 * Lets the event loop run what is waiting (requests, timers) before going on. SQLite answers synchronously, so a
 * chain of awaits on it never leaves the microtask queue: without this, a worker busy with a re-assessment storm
 * would hold the loop for whole batches and card requests would wait behind it.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
