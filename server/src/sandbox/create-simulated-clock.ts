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

/** The demo's clock, which the sandbox's replay can also hold still at any instant of its history. */
export interface SimulatedClock extends Clock {
  /** Stops the clock at `at`: it answers `at` until it is held elsewhere or runs again. */
  hold(at: Instant): void;
  /** Runs again at `speed` from the later of the held instant and real time. */
  run(): void;
}

/**
 * The demo's clock: it runs `speed` times faster than real time from `start`, so days pass in seconds and the
 * time-based signals (no login by day 14, overdue checkpoints, escalation after 3 and 7 days) appear and
 * escalate while one watches. Running, it never runs backwards, and with a speed of at least 1 it is never behind
 * real time, so inbox events stamped with real time are always due. Held, it is the replay's clock: the sandbox
 * plays its months of history at the instants they happened, whatever time the replay itself takes, so the same
 * script always gives the same store.
 */
export function createSimulatedClock(options: SimulatedClockOptions): SimulatedClock {
  const { speed, realClock } = options;
  let base = options.start;
  let realBase = realClock.now();
  let held: Instant | null = null;
  const now = (): Instant => held ?? base + Math.round((realClock.now() - realBase) * speed);
  return {
    now,
    hold: (at) => {
      held = at;
    },
    run: () => {
      base = Math.max(now(), realClock.now());
      realBase = realClock.now();
      held = null;
    },
  };
}
