import type { Onboarding } from '@liftoff/shared/domain/index';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { ActionError } from '../ports/action-deps.ts';
import type { PlanChanges } from './plan-edit.ts';

/**
 * The method asks for one first-week path of 3–5 steps (`complex_first_week`): the CSM trims a longer plan by
 * removing a step. A step already done stays: it is part of how the customer reached first value.
 */
export function removeFirstWeekStep(
  onboarding: Pick<Onboarding, 'firstWeekSteps'>,
  stepId: string,
  isDone: (stepId: string) => boolean,
): Result<PlanChanges, ActionError> {
  const step = onboarding.firstWeekSteps.find((candidate) => candidate.id === stepId);
  if (step === undefined)
    return fail({ code: 'not_found', message: `No first-week step ${stepId} on this onboarding.` });
  if (isDone(step.id)) return fail({ code: 'conflict', message: `${step.name} is done: it stays in the plan.` });
  return {
    ok: true,
    value: { firstWeekSteps: onboarding.firstWeekSteps.filter((candidate) => candidate.id !== stepId) },
  };
}
