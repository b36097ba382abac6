/**
 * Rule: a milestone past its due date and not done (by a person or by its rule, docs/PRODUCT.md §3.1), nor skipped
 * → warning; high when a day-7/30/60 checkpoint or the day-90 review is missed.
 */
import type { Milestone } from '../../domain/index.ts';
import { DAY_MS } from '../../time/calendar.ts';
import { toIsoDate } from '../../time/iso.ts';
import { checkpointKinds, valueReviewKind } from '../method-calendar.ts';
import type { SignalRule } from './signal-rule.ts';

export const evaluateMilestoneOverdue: SignalRule = (onboarding, facts) => {
  const overdue = onboarding.milestones.filter((_m, i) => facts.completion.milestones[i]?.status === 'late');
  if (overdue.length === 0) return null;
  const missedCheckpoints = overdue.filter(isMandatoryCheckpoint);
  const checkpointMissed = missedCheckpoints.length > 0;
  const worst = (checkpointMissed ? missedCheckpoints : overdue).reduce((found, m) =>
    m.dueDate < found.dueDate ? m : found,
  );
  const late = (facts.today - worst.dueDate) / DAY_MS;
  const others = overdue.length > 1 ? ` (+${overdue.length - 1} more overdue)` : '';
  return {
    type: 'milestone_overdue',
    severity: checkpointMissed ? 'high' : 'warning',
    evidence: `"${worst.name}" was due ${toIsoDate(worst.dueDate)} and is ${late} ${late === 1 ? 'day' : 'days'} overdue${others}.`,
    action: checkpointMissed
      ? 'Hold the missed checkpoint this week; re-plan with the customer.'
      : 'Re-plan the overdue milestone with the customer.',
  };
};

/** The method's mandatory meetings: the day-7/30/60 checkpoints and the day-90 value review. */
function isMandatoryCheckpoint(milestone: Milestone): boolean {
  return checkpointKinds.has(milestone.kind) || milestone.kind === valueReviewKind;
}
