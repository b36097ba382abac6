import type { MilestoneView } from '@liftoff/shared/contract/index';
import type { Milestone, MilestoneAssessment } from '@liftoff/shared/domain/index';
import { toMilestoneRule } from '@liftoff/shared/engine/index';
import { toIsoDate, toIsoInstant } from '@liftoff/shared/time/iso';
import type { MilestoneReplan } from '../ports/index.ts';
import { toRuleLabel } from './to-rule-label.ts';

/**
 * A milestone as the engine judged it: its effective status and completion (by a person or by its rule), with what
 * the person set (mark, owner, skip reason) and its re-plans, oldest first.
 */
export function toMilestoneView(
  milestone: Milestone,
  judged: MilestoneAssessment | undefined,
  replans: readonly MilestoneReplan[],
): MilestoneView {
  const completedAt = judged?.completedAt ?? milestone.completedAt;
  return {
    id: milestone.id,
    name: milestone.name,
    kind: milestone.kind,
    dueDate: toIsoDate(milestone.dueDate),
    completedAt: completedAt === null ? null : toIsoInstant(completedAt),
    status: judged?.status ?? 'pending',
    completedBy: judged?.by ?? null,
    mark: milestone.manual,
    rule: toRuleLabel(toMilestoneRule(milestone)),
    owner: milestone.owner,
    skipReason: milestone.skipReason,
    replans: replans
      .filter((replan) => replan.milestoneId === milestone.id)
      .map((replan) => ({
        replannedAt: toIsoInstant(replan.at),
        byUserId: replan.authorId,
        previousDueDate: toIsoDate(replan.previousDueDate),
        reason: replan.reason,
      })),
    checklist: milestone.checklist.map((item) => ({ label: item.label, done: item.done })),
    notes: milestone.notes,
  };
}
