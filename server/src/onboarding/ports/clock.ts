import type { Instant } from '@liftoff/shared/domain/index';

/** The only source of time on the server side; tests and the demo drive it. */
export interface Clock {
  now(): Instant;
}
