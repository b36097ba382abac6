import type { CalendarDate, Criterion } from '@liftoff/shared/domain/index';
import { toIsoDate } from '@liftoff/shared/time/iso';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { ActionError } from '../ports/action-deps.ts';

export interface BaselineInput {
  baseline: number | null;
  /** undefined: today when the baseline value is new, else the date it has. */
  baselineDate: CalendarDate | undefined;
  /** undefined: the evidence it has. */
  baselineEvidence: string | null | undefined;
}

/**
 * Where an agreed baseline comes from (docs/PRODUCT.md §3: baseline value, date, evidence link). A baseline measured
 * today needs no date; one taken from an earlier export carries that day, never a future one. The same value agreed
 * again keeps its date; a new value is dated today unless the person says otherwise. No baseline, no date nor evidence.
 */
export function decideBaselineRecord(
  criterion: Pick<Criterion, 'baseline' | 'baselineDate' | 'baselineEvidence'>,
  input: BaselineInput,
  today: CalendarDate,
): Result<{ baselineDate: CalendarDate | null; baselineEvidence: string | null }, ActionError> {
  if (input.baselineDate !== undefined && input.baselineDate > today) {
    return fail({
      code: 'invalid_request',
      message: 'A baseline is measured on or before today.',
      issues: [{ path: 'baselineDate', message: `must not be after ${toIsoDate(today)}` }],
    });
  }
  if (input.baseline === null) return { ok: true, value: { baselineDate: null, baselineEvidence: null } };
  const unchanged = input.baseline === criterion.baseline;
  const baselineDate = input.baselineDate ?? (unchanged ? (criterion.baselineDate ?? today) : today);
  const baselineEvidence = input.baselineEvidence === undefined ? criterion.baselineEvidence : input.baselineEvidence;
  return { ok: true, value: { baselineDate, baselineEvidence } };
}
