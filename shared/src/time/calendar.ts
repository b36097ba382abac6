import type { CalendarDate, Instant } from '../domain/time-values.ts';

/** One UTC calendar day in milliseconds (UTC has no daylight-saving shifts). */
export const DAY_MS = 86_400_000;

/** The UTC calendar date an instant falls on (00:00 UTC of that day). */
export function toCalendarDate(instant: Instant): CalendarDate {
  return Math.floor(instant / DAY_MS) * DAY_MS;
}

/** Day N of an onboarding: whole UTC days from the start date (day 0) to `now`, rounded down. */
export function dayNumber(start: CalendarDate, now: Instant): number {
  return Math.floor((now - start) / DAY_MS);
}

export function addDays(instant: Instant, days: number): Instant {
  return instant + days * DAY_MS;
}

/** "Past its due date" = the as-of date is after the due date (the due day itself is still on time). */
export function isPastDue(dueDate: CalendarDate, now: Instant): boolean {
  return toCalendarDate(now) > dueDate;
}
