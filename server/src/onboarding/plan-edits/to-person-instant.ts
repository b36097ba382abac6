import type { CalendarDate, Instant } from '@liftoff/shared/domain/index';
import { toCalendarDate } from '@liftoff/shared/time/calendar';
import { toIsoDate } from '@liftoff/shared/time/iso';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { ActionError } from '../ports/action-deps.ts';

/**
 * The instant a person's "done on <date>" stands for: now when the date is today (or not given), else 00:00 UTC of
 * that day, so a late tick does not move the activation day. A date before day 0 or after today is refused: a step
 * cannot be done before the onboarding started, nor in the future.
 */
export function toPersonInstant(
  field: string,
  date: CalendarDate | undefined,
  startDate: CalendarDate,
  now: Instant,
): Result<Instant, ActionError> {
  const today = toCalendarDate(now);
  if (date === undefined || date === today) return { ok: true, value: now };
  if (date > today || date < startDate) {
    return fail({
      code: 'invalid_request',
      message: `${field} must lie between the start date and today.`,
      issues: [{ path: field, message: `must be between ${toIsoDate(startDate)} and ${toIsoDate(today)}` }],
    });
  }
  return { ok: true, value: date };
}
