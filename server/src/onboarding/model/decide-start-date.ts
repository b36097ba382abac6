import type { CalendarDate, Instant } from '@liftoff/shared/domain/index';
import { addDays, toCalendarDate } from '@liftoff/shared/time/calendar';
import { toIsoDate } from '@liftoff/shared/time/iso';
import { fail, succeed } from '../../result.ts';
import type { Result } from '../../result.ts';

/** Day 0 may be planned ahead: a kickoff booked for a contract that starts within the year. */
export const MAX_START_DAYS_AHEAD = 365;

/**
 * Day 0 may be recorded after the fact: a CS team tracking the onboarding of a deal closed a few years ago (five
 * years covers any initial contract term). Older than that, or further ahead, a date is a typo (a year 9999 makes
 * day −2,912,108 and a cohort 9999-12), so it is refused rather than assessed.
 */
export const MAX_START_DAYS_BACK = 1_825;

/**
 * Whether `startDate` can be an onboarding's day 0 as of `now`: from MAX_START_DAYS_BACK days before today (UTC) to
 * MAX_START_DAYS_AHEAD days after it, both included. The one window of every start (card, workflow, closed-won deal);
 * the refusal names the date and the window.
 */
export function decideStartDate(startDate: CalendarDate, now: Instant): Result<CalendarDate, string> {
  const today = toCalendarDate(now);
  const earliest = addDays(today, -MAX_START_DAYS_BACK);
  const latest = addDays(today, MAX_START_DAYS_AHEAD);
  if (startDate >= earliest && startDate <= latest) return succeed(startDate);
  return fail(
    `${toIsoDate(startDate)} is outside the start window: expected a date from ${toIsoDate(earliest)} to ` +
      `${toIsoDate(latest)} (at most ${MAX_START_DAYS_BACK} days back, ${MAX_START_DAYS_AHEAD} days ahead)`,
  );
}
