import type { CalendarDate, Milestone, MilestoneKind } from '../domain/index.ts';

const checkpointKinds: ReadonlySet<MilestoneKind> = new Set([
  'checkpoint_d7',
  'checkpoint_d30',
  'checkpoint_d60',
  'review_d90',
]);

/** Due date of the earliest checkpoint (day 7/30/60, day-90 review) neither done nor skipped, overdue ones included. */
export function evaluateNextCheckpointDate(milestones: readonly Milestone[]): CalendarDate | null {
  let next: CalendarDate | null = null;
  for (const m of milestones) {
    if (!checkpointKinds.has(m.kind) || m.completedAt !== null || m.skipped) continue;
    if (next === null || m.dueDate < next) next = m.dueDate;
  }
  return next;
}
