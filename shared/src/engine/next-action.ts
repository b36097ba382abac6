import type {
  Instant,
  Milestone,
  MilestoneAssessment,
  MilestoneKind,
  OnboardingStatus,
  Phase,
  Signal,
} from '../domain/index.ts';
import { isPastDue } from '../time/calendar.ts';
import { toShortEnglishDate } from '../time/iso.ts';

/** What the CSM should do when nothing is unresolved and no milestone is due: the method's step for the phase. */
const phaseActions: Record<Phase, string> = {
  kickoff: 'Run the kickoff, capture each stakeholder’s KPI and walk the customer through the first-week steps.',
  activation: 'Drive first value: check key-feature use with the end users and hold the day-30 checkpoint.',
  adoption: 'Broaden adoption to more users and prepare the day-60 checkpoint.',
  value_review: 'Prepare the day-90 value review against the agreed success criteria.',
  overdue: 'Close the onboarding: hold the day-90 review and confirm the criteria with the validation owner.',
  completed: 'Onboarding complete: hand over to account management with the achieved criteria.',
};

/**
 * Next action (docs/PRODUCT.md §5), the first that applies: the action of the most severe open signal; else of the
 * most severe acknowledged one, "Follow up: …"; else of the most severe snoozed one, "After 12 Dec: …" (its end);
 * else the next due milestone's ("Hold the day-30 checkpoint by 10 Dec."); else the phase's default. Signals arrive
 * sorted, most severe first; the prefixes are on the next action only. A closed onboarding keeps its closing text
 * (churned or abandoned: record the lessons; completed: hand over).
 */
export function decideNextAction(
  status: OnboardingStatus,
  phase: Phase,
  sortedSignals: readonly Signal[],
  milestones: readonly Milestone[],
  milestoneStatuses: readonly Pick<MilestoneAssessment, 'status'>[],
  now: Instant,
): string {
  if (status === 'churned' || status === 'abandoned') {
    return `Onboarding ${status}: record the reasons for the cohort review.`;
  }
  if (status === 'completed') return phaseActions[phase];
  const open = sortedSignals.find((s) => s.status === 'open');
  if (open !== undefined) return open.action;
  const acknowledged = sortedSignals.find((s) => s.status === 'acknowledged');
  if (acknowledged !== undefined) return `Follow up: ${acknowledged.action}`;
  const snoozed = sortedSignals.find((s) => s.status === 'snoozed');
  if (snoozed !== undefined) {
    const until = snoozed.snoozedUntil === null ? 'the snooze' : toShortEnglishDate(snoozed.snoozedUntil);
    return `After ${until}: ${snoozed.action}`;
  }
  const next = toNextMilestoneToDo(milestones, milestoneStatuses);
  return next === undefined ? phaseActions[phase] : toMilestoneAction(next, now);
}

/**
 * The milestone still to do (effectively pending or late: neither done, by a person or by its rule, nor skipped)
 * with the earliest due date, the first listed on a tie; `statuses[i]` is the assessed status of `milestones[i]`.
 */
function toNextMilestoneToDo(
  milestones: readonly Milestone[],
  statuses: readonly Pick<MilestoneAssessment, 'status'>[],
): Milestone | undefined {
  let next: Milestone | undefined;
  milestones.forEach((m, i) => {
    const status = statuses[i]?.status;
    const toDo = status === 'pending' || status === 'late';
    if (toDo && (next === undefined || m.dueDate < next.dueDate)) next = m;
  });
  return next;
}

/** What doing each kind of milestone means; a custom milestone is named by its own name. */
const milestoneActions: Record<Exclude<MilestoneKind, 'custom'>, string> = {
  kickoff: 'Run the kickoff',
  first_login: 'Get the end users to log in',
  first_value: 'Deliver first value',
  checkpoint_d7: 'Hold the day-7 checkpoint',
  checkpoint_d30: 'Hold the day-30 checkpoint',
  checkpoint_d60: 'Hold the day-60 checkpoint',
  review_d90: 'Hold the day-90 review',
};

/** "Hold the day-30 checkpoint by 10 Dec."; past its due date, "… (was due 10 Dec)." */
function toMilestoneAction(milestone: Milestone, now: Instant): string {
  const name = milestone.name.trim();
  const what =
    milestone.kind !== 'custom'
      ? milestoneActions[milestone.kind]
      : name !== ''
        ? `Complete "${name}"`
        : 'Complete the next milestone';
  const due = toShortEnglishDate(milestone.dueDate);
  return isPastDue(milestone.dueDate, now) ? `${what} (was due ${due}).` : `${what} by ${due}.`;
}
