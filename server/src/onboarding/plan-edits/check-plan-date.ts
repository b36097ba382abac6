import type { CalendarDate } from '@liftoff/shared/domain/index';
import { addDays } from '@liftoff/shared/time/calendar';
import { toIsoDate } from '@liftoff/shared/time/iso';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { ActionError } from '../ports/action-deps.ts';

/**
 * How far a plan reaches: a milestone or a criterion is due within two years of day 0. The method's plan runs 90
 * days, a phase 2 a few months more; a date such as 9999-12-31 is a typo, and would hide an overdue checkpoint for good.
 */
export const PLAN_HORIZON_DAYS = 730;

/** A due date of the plan: on or after day 0, and within the plan's horizon. */
export function checkPlanDate(field: string, date: CalendarDate, startDate: CalendarDate): Result<void, ActionError> {
  const last = addDays(startDate, PLAN_HORIZON_DAYS);
  if (date >= startDate && date <= last) return { ok: true, value: undefined };
  return fail({
    code: 'invalid_request',
    message: `${field} must lie between the start date and ${PLAN_HORIZON_DAYS} days after it.`,
    issues: [{ path: field, message: `must be between ${toIsoDate(startDate)} and ${toIsoDate(last)}` }],
  });
}
