import type { CalendarDate, Milestone, MilestoneAssessment, MilestoneKind } from '../domain/index.ts';
import { checkpointKinds, valueReviewKind } from './method-calendar.ts';

const scheduledKinds: ReadonlySet<MilestoneKind> = new Set([...checkpointKinds, valueReviewKind]);

/**
 * Due date of the earliest checkpoint (day 7/30/60, day-90 review) neither done (by a person or by its rule) nor
 * skipped, overdue ones included. `assessed[i]` is the effective status of `milestones[i]`.
 */
export function evaluateNextCheckpointDate(
  milestones: readonly Milestone[],
  assessed: readonly MilestoneAssessment[],
): CalendarDate | null {
  let next: CalendarDate | null = null;
  for (let i = 0; i < milestones.length; i += 1) {
    const m = milestones[i] as Milestone;
    const status = assessed[i]?.status;
    if (!scheduledKinds.has(m.kind) || status === 'done' || status === 'skipped') continue;
    if (next === null || m.dueDate < next) next = m.dueDate;
  }
  return next;
}
