import type { CalendarDate, Milestone, MilestoneKind } from '../domain/index.ts';
import { checkpointKinds, valueReviewKind } from './method-calendar.ts';

const scheduledKinds: ReadonlySet<MilestoneKind> = new Set([...checkpointKinds, valueReviewKind]);

/** Due date of the earliest checkpoint (day 7/30/60, day-90 review) neither done nor skipped, overdue ones included. */
export function evaluateNextCheckpointDate(milestones: readonly Milestone[]): CalendarDate | null {
  let next: CalendarDate | null = null;
  for (const m of milestones) {
    if (!scheduledKinds.has(m.kind) || m.completedAt !== null || m.skipped) continue;
    if (next === null || m.dueDate < next) next = m.dueDate;
  }
  return next;
}
