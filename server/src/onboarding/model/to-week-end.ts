import type { Instant } from '@liftoff/shared/domain/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';

/**
 * The week an instant falls in, named by its last day: the Sunday (UTC midnight) ending it, Monday to Sunday as in
 * ISO weeks. The epoch's day 0 was a Thursday.
 */
export function toWeekEnd(instant: Instant): Instant {
  const day = Math.floor(instant / DAY_MS);
  const weekday = (day + 4) % 7;
  return (day + ((7 - weekday) % 7)) * DAY_MS;
}
