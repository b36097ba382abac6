import type { CalendarDate } from '../../domain/index.ts';

/**
 * Share of the way a criterion is expected to have come by `today`: linear from its agreement date (0) to its due
 * date (1), clamped to 0–1; 1 from the due date on; null without a due date. On the agreement day nothing is
 * expected yet, so a criterion agreed today is on pace whatever its progress.
 */
export function toExpectedProgress(
  agreedOn: CalendarDate,
  dueDate: CalendarDate | null,
  today: CalendarDate,
): number | null {
  if (dueDate === null) return null;
  if (today >= dueDate) return 1;
  if (today <= agreedOn) return 0;
  return Math.min(1, (today - agreedOn) / (dueDate - agreedOn));
}
