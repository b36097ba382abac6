import type { FirstWeekStepView } from '@liftoff/shared/contract/index';
import type { FirstWeekStep, StepAssessment } from '@liftoff/shared/domain/index';
import { toIsoInstant } from '@liftoff/shared/time/iso';
import { toRuleLabel } from './to-rule-label.ts';

/** A first-week step as the engine judged it: done by its rule or by a person, and the person's mark if any. */
export function toFirstWeekStepView(step: FirstWeekStep, judged: StepAssessment | undefined): FirstWeekStepView {
  const doneAt = judged?.doneAt ?? null;
  return {
    id: step.id,
    name: step.name,
    done: judged?.done ?? false,
    doneAt: doneAt === null ? null : toIsoInstant(doneAt),
    completedBy: judged?.by ?? null,
    mark: step.manual,
    rule: toRuleLabel(step.completesWhen),
  };
}
