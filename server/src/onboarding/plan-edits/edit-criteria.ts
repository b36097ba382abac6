import type { CalendarDate, Criterion, CriterionDirection, Instant, Onboarding } from '@liftoff/shared/domain/index';
import { toCalendarDate } from '@liftoff/shared/time/calendar';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { ActionError } from '../ports/action-deps.ts';
import type { PlanChanges } from './plan-edit.ts';
import { checkCriterionTerms } from './check-criterion-terms.ts';
import { checkPlanDate } from './check-plan-date.ts';
import { toFreeId } from './to-free-id.ts';

/** The criterion edits a person makes from the card, applied to the plan as a whole. */
export type CriterionEdit =
  | {
      kind: 'add_criterion';
      name: string;
      metric: string | null;
      unit: string | null;
      direction: CriterionDirection;
      terms: { baseline: number | null; target: number; dueDate: CalendarDate } | null;
    }
  | {
      kind: 'edit_criterion';
      criterionId: string;
      changes: { name?: string; metric?: string | null; unit?: string | null; direction?: CriterionDirection };
    }
  | { kind: 'retire_criterion'; criterionId: string };

/**
 * - Add: a criterion the CSM agreed with the customer (source `csm`), agreed today when it comes with a target and
 *   a due date, else a proposal still to agree. Its id follows the plan's own (`<company>-c<n>`).
 * - Edit: what it measures (name, metric, unit, direction). Changing the metric of an achieved criterion keeps
 *   the verdict: achievement is latched.
 * - Retire: out of the plan (phase 2, no longer relevant); it counts nowhere, and is kept for the record.
 */
export function editCriteria(
  onboarding: Pick<Onboarding, 'companyId' | 'criteria' | 'startDate'>,
  edit: CriterionEdit,
  now: Instant,
): Result<PlanChanges, ActionError> {
  if (edit.kind === 'add_criterion') {
    if (edit.terms !== null) {
      const inPlan = checkPlanDate('dueDate', edit.terms.dueDate, onboarding.startDate);
      if (!inPlan.ok) return inPlan;
      const sides = checkCriterionTerms({ direction: edit.direction, ...edit.terms });
      if (!sides.ok) return sides;
    }
    const criterion: Criterion = {
      id: toFreeId(onboarding.companyId, 'c', new Set(onboarding.criteria.map((c) => c.id))),
      name: edit.name,
      metric: edit.metric,
      unit: edit.unit,
      direction: edit.direction,
      baseline: edit.terms?.baseline ?? null,
      target: edit.terms?.target ?? null,
      current: null,
      agreedAt: edit.terms === null ? null : toCalendarDate(now),
      dueDate: edit.terms?.dueDate ?? null,
      status: 'not_started',
      achievedAt: null,
      source: 'csm',
      ownerContactId: null,
      // A criterion the CSM adds is no sales promise: nothing was handed off, nothing is judged kept.
      handedOffTarget: null,
      // A baseline agreed as the criterion is added is taken as measured today.
      baselineDate: edit.terms === null || edit.terms.baseline === null ? null : toCalendarDate(now),
      baselineEvidence: null,
      currentAt: null,
      promiseKept: null,
    };
    return { ok: true, value: { criteria: [...onboarding.criteria, criterion] } };
  }
  const criterion = onboarding.criteria.find((candidate) => candidate.id === edit.criterionId);
  if (criterion === undefined) {
    return fail({ code: 'not_found', message: `No criterion ${edit.criterionId} on this onboarding.` });
  }
  if (criterion.status === 'retired') {
    return fail({ code: 'conflict', message: `${criterion.name} is retired.` });
  }
  const changes: Partial<Criterion> = edit.kind === 'retire_criterion' ? { status: 'retired' } : edit.changes;
  return {
    ok: true,
    value: {
      criteria: onboarding.criteria.map((candidate) =>
        candidate.id === criterion.id ? { ...candidate, ...withoutUndefined(changes) } : candidate,
      ),
    },
  };
}

function withoutUndefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
