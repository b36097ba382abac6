import type { CalendarDate, Instant, ManualMark, Onboarding } from '@liftoff/shared/domain/index';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { ActionError } from '../ports/action-deps.ts';
import type { PlanChanges } from './plan-edit.ts';
import { toPersonInstant } from './to-person-instant.ts';

/**
 * A person's word on a first-week step (docs/PRODUCT.md §3.1), which always wins over its rule: `done` on the day
 * given, `not_done` although the data proves it, or null to hand it back to its rule (an "untick").
 */
export function markFirstWeekStep(
  onboarding: Pick<Onboarding, 'firstWeekSteps' | 'startDate'>,
  edit: { stepId: string; mark: ManualMark | null; doneOn: CalendarDate | undefined },
  now: Instant,
): Result<PlanChanges, ActionError> {
  const step = onboarding.firstWeekSteps.find((candidate) => candidate.id === edit.stepId);
  if (step === undefined)
    return fail({ code: 'not_found', message: `No first-week step ${edit.stepId} on this onboarding.` });
  if (edit.mark !== 'done' && edit.doneOn !== undefined) {
    return fail({
      code: 'invalid_request',
      message: 'doneOn goes with mark "done" only.',
      issues: [{ path: 'doneOn', message: 'only with mark "done"' }],
    });
  }
  let doneAt: Instant | null = null;
  if (edit.mark === 'done') {
    // Ticking a step a person already ticked keeps its first date unless the person gives another.
    const earlier = step.manual === 'not_done' ? null : step.doneAt;
    const at = toPersonInstant('doneOn', edit.doneOn, onboarding.startDate, now);
    if (!at.ok) return at;
    doneAt = earlier !== null && edit.doneOn === undefined ? earlier : at.value;
  }
  return {
    ok: true,
    value: {
      firstWeekSteps: onboarding.firstWeekSteps.map((candidate) =>
        candidate.id === step.id ? { ...candidate, manual: edit.mark, doneAt } : candidate,
      ),
    },
  };
}
