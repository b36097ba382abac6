import type { Instant } from '@liftoff/shared/domain/index';
import type { Clock } from '../onboarding/ports/index.ts';

export interface SimulatedClockOptions {
  /** The simulated instant when the clock is created. */
  start: Instant;
  /** Simulated milliseconds per real millisecond: 1 is real time, 86 400 a day per second. */
  speed: number;
  /** Where real time comes from. */
  realClock: Clock;
}

/**
 * The demo's clock: it runs `speed` times faster than real time from `start`, so days pass in seconds and the
 * time-based signals (no login by day 14, overdue checkpoints, escalation after 3 and 7 days) appear and
 * escalate while one watches. It never runs backwards, and with a speed of at least 1 it is never behind real
 * time, so inbox events stamped with real time are always due.
 */
export function createSimulatedClock(options: SimulatedClockOptions): Clock {
  const { start, speed, realClock } = options;
  const realStart = realClock.now();
  return { now: () => start + Math.round((realClock.now() - realStart) * speed) };
}
