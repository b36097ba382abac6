import type { Instant } from '@liftoff/shared/domain/index';
import type { Clock } from '../../server/src/onboarding/ports/index.ts';

export interface FixedClock extends Clock {
  set(instant: Instant | string): void;
  advance(ms: number): void;
}

/** A clock that only moves when a test moves it; accepts an ISO string or epoch ms. */
export function createFixedClock(start: Instant | string = '2026-03-02T09:00:00.000Z'): FixedClock {
  let current = toInstant(start);
  return {
    now: () => current,
    set: (instant) => {
      current = toInstant(instant);
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

function toInstant(value: Instant | string): Instant {
  const instant = typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(instant)) throw new Error(`not an instant: ${String(value)}`);
  return instant;
}
