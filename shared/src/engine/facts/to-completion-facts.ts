import type {
  CompletedBy,
  CompletionRule,
  FirstWeekStep,
  Instant,
  Login,
  ManualMark,
  Milestone,
  MilestoneAssessment,
  MilestoneKind,
  Onboarding,
  StepAssessment,
} from '../../domain/index.ts';
import { DAY_MS, isPastDue } from '../../time/calendar.ts';
import { usageWeekDays } from '../method-calendar.ts';

/**
 * What data completes (docs/PRODUCT.md §3.1): the effective completion of every first-week step and milestone at
 * `now`, in plan order (index i is `onboarding.firstWeekSteps[i]` / `onboarding.milestones[i]`). Every rule that reads
 * a step or a milestone (milestone_overdue, the milestones health component, the next checkpoint date, activation,
 * the completion rule) reads it here, so a data-completed item is done everywhere at once.
 *
 * A person's word wins and is recorded as `by: 'person'`:
 * - `manual: 'not_done'` → not done, whatever the rule says;
 * - else a `doneAt` / `completedAt` (a person's tick, with the "done on" date they give) → done on that date, even
 *   when the rule held later or earlier; a date after `now` is not known yet at `now`, so the rule decides until then;
 * - `manual: 'done'` without a date → done on a date nobody knows: done everywhere, `doneAt: null`, dating nothing
 *   (it neither moves the activation day nor makes a milestone late).
 * Else the rule decides: done at the first instant it holds, `by: 'data'`; else not done.
 * A milestone is then `done`, else `skipped` (the CSM skipped it: its rule no longer applies, though a person may
 * still complete it), else `late` (past its due date), else `pending`.
 */
export interface CompletionFacts {
  steps: StepAssessment[];
  milestones: MilestoneAssessment[];
}

/** What the activity already says, computed by the onboarding facts' one pass over each list (from day 0, to now). */
export interface UsageEvidence {
  firstLoginAt: Instant | null;
  /** First use of a key feature; of any feature when the plan names no key feature. */
  firstKeyFeatureUseAt: Instant | null;
}

/**
 * The rules of a milestone with no rule of its own (`completesWhen: null`): a first-login milestone completes at the
 * first login, a first-value milestone at the first use of a key feature. Other kinds complete only by a person.
 */
const impliedRules: Partial<Record<MilestoneKind, CompletionRule>> = {
  first_login: { rule: 'first_login' },
  first_value: { rule: 'key_feature_used', feature: null },
};

export function toMilestoneRule(milestone: Pick<Milestone, 'kind' | 'completesWhen'>): CompletionRule | null {
  return milestone.completesWhen ?? impliedRules[milestone.kind] ?? null;
}

/** Internal: done on a date nobody gave (`manual: 'done'` without a date); it sorts before every real instant. */
const UNKNOWN_DATE = -Infinity;

/** A person's word at `now`: null = not done, a number = done then (maybe UNKNOWN_DATE), undefined = no word yet. */
function decidePersonWord(manual: ManualMark | null, date: Instant | null, now: Instant): Instant | null | undefined {
  if (manual === 'not_done') return null;
  if (date !== null) return date <= now ? date : undefined;
  return manual === 'done' ? UNKNOWN_DATE : undefined;
}

export function toCompletionFacts(onboarding: Onboarding, now: Instant, usage: UsageEvidence): CompletionFacts {
  const { milestones, firstWeekSteps } = onboarding;
  const evidence = toRuleEvidence(onboarding, now, usage);

  // Milestones first: a milestone_done rule (on a step or a milestone) reads their effective instants.
  const milestoneAt: (Instant | null)[] = new Array<Instant | null>(milestones.length);
  const milestoneBy: (CompletedBy | null)[] = new Array<CompletedBy | null>(milestones.length);
  // The milestones waiting on another milestone (milestone_done), and the kind each waits on.
  let waiting: { index: number; kind: MilestoneKind }[] | null = null;
  for (let i = 0; i < milestones.length; i += 1) {
    const milestone = milestones[i] as Milestone;
    const word = decidePersonWord(milestone.manual, milestone.completedAt, now);
    if (word !== undefined) {
      milestoneAt[i] = word;
      milestoneBy[i] = 'person';
      continue;
    }
    // A skip is a person's word too: the milestone left the plan, so its rule no longer completes it.
    if (milestone.skipped) {
      milestoneAt[i] = null;
      milestoneBy[i] = null;
      continue;
    }
    const rule = toMilestoneRule(milestone);
    const at = rule === null || rule.rule === 'milestone_done' ? null : toRuleInstant(rule, evidence);
    milestoneAt[i] = at;
    milestoneBy[i] = at === null ? null : 'data';
    if (rule?.rule === 'milestone_done') (waiting ??= []).push({ index: i, kind: rule.milestoneKind });
  }
  // milestone_done chains: done at the earliest effective completion of a milestone of the named kind. Repeated until
  // nothing moves (instants only move earlier), so a chain resolves in any plan order and a cycle of milestones that
  // wait on each other never completes itself: only a person or another rule can ground it.
  for (let moved = waiting !== null; moved;) {
    moved = false;
    for (const { index, kind } of waiting ?? []) {
      const at = toEarliestDoneOfKind(milestones, milestoneAt, kind);
      const current = milestoneAt[index] ?? null;
      if (at !== null && (current === null || at < current)) {
        milestoneAt[index] = at;
        milestoneBy[index] = 'data';
        moved = true;
      }
    }
  }

  const steps: StepAssessment[] = new Array<StepAssessment>(firstWeekSteps.length);
  for (let i = 0; i < firstWeekSteps.length; i += 1) {
    const step = firstWeekSteps[i] as FirstWeekStep;
    const word = decidePersonWord(step.manual, step.doneAt, now);
    let at: Instant | null;
    let by: CompletedBy | null;
    if (word !== undefined) {
      at = word;
      by = 'person';
    } else {
      const rule = step.completesWhen;
      at =
        rule === null
          ? null
          : rule.rule === 'milestone_done'
            ? toEarliestDoneOfKind(milestones, milestoneAt, rule.milestoneKind)
            : toRuleInstant(rule, evidence);
      by = at === null ? null : 'data';
    }
    steps[i] = { id: step.id, done: at !== null, doneAt: toDated(at), by };
  }

  const assessed: MilestoneAssessment[] = new Array<MilestoneAssessment>(milestones.length);
  for (let i = 0; i < milestones.length; i += 1) {
    const milestone = milestones[i] as Milestone;
    const at = milestoneAt[i] ?? null;
    const status =
      at !== null ? 'done' : milestone.skipped ? 'skipped' : isPastDue(milestone.dueDate, now) ? 'late' : 'pending';
    assessed[i] = { id: milestone.id, status, completedAt: toDated(at), by: milestoneBy[i] ?? null };
  }
  return { steps, milestones: assessed };
}

function toDated(at: Instant | null): Instant | null {
  return at === null || at === UNKNOWN_DATE ? null : at;
}

function toEarliestDoneOfKind(
  milestones: readonly Milestone[],
  milestoneAt: readonly (Instant | null)[],
  kind: MilestoneKind,
): Instant | null {
  let earliest: Instant | null = null;
  for (let j = 0; j < milestones.length; j += 1) {
    if ((milestones[j] as Milestone).kind !== kind) continue;
    const at = milestoneAt[j] ?? null;
    if (at !== null && (earliest === null || at < earliest)) earliest = at;
  }
  return earliest;
}

/**
 * The first instants the activity rules need, computed only for the rules the plan carries: the first use of each
 * named feature, and the first instant 1, 2, … N distinct users logged in within one 7-day window (N = the largest
 * `active_users` rule). Events before the start date (day 0) or after `now` never count. Plain arrays rather than
 * maps: a plan names a handful of features, and this runs for every onboarding at every evaluation.
 */
interface RuleEvidence extends UsageEvidence {
  /** The features `key_feature_used` rules name, and firstUseAt[j] the first use of features[j] (null = never). */
  features: readonly string[];
  firstUseAt: readonly (Instant | null)[];
  /** usersReachedAt[k − 1] = first instant k distinct users logged in within a window of 7 days. */
  usersReachedAt: readonly Instant[];
}

const never: readonly [] = [];

function toRuleEvidence(onboarding: Onboarding, now: Instant, usage: UsageEvidence): RuleEvidence {
  const { firstWeekSteps, milestones, activity, startDate } = onboarding;
  let features: string[] | null = null;
  let maxUsers = 0;
  for (let i = 0; i < firstWeekSteps.length + milestones.length; i += 1) {
    const rule =
      i < firstWeekSteps.length
        ? (firstWeekSteps[i] as FirstWeekStep).completesWhen
        : toMilestoneRule(milestones[i - firstWeekSteps.length] as Milestone);
    if (rule?.rule === 'key_feature_used' && rule.feature !== null) {
      features ??= [];
      if (!features.includes(rule.feature)) features.push(rule.feature);
    } else if (rule?.rule === 'active_users') {
      maxUsers = Math.max(maxUsers, toUserCount(rule.atLeast));
    }
  }

  let firstUseAt: readonly (Instant | null)[] = never;
  if (features !== null) {
    const firstUses: (Instant | null)[] = features.map(() => null);
    firstUseAt = firstUses;
    for (const use of activity.featureUses) {
      const at = use.at;
      if (at > now || at < startDate) continue;
      const j = features.indexOf(use.feature);
      if (j === -1) continue;
      const first = firstUses[j] ?? null;
      if (first === null || at < first) firstUses[j] = at;
    }
  }
  return {
    firstLoginAt: usage.firstLoginAt,
    firstKeyFeatureUseAt: usage.firstKeyFeatureUseAt,
    features: features ?? never,
    firstUseAt,
    usersReachedAt:
      maxUsers > 0 && usage.firstLoginAt !== null ? toUsersReachedAt(activity.logins, startDate, now, maxUsers) : never,
  };
}

/** An `active_users` rule asks for at least one user. */
function toUserCount(atLeast: number): number {
  return Math.max(1, Math.ceil(atLeast));
}

function toRuleInstant(
  rule: Exclude<CompletionRule, { rule: 'milestone_done' }>,
  evidence: RuleEvidence,
): Instant | null {
  switch (rule.rule) {
    case 'first_login':
      return evidence.firstLoginAt;
    case 'key_feature_used':
      return rule.feature === null
        ? evidence.firstKeyFeatureUseAt
        : (evidence.firstUseAt[evidence.features.indexOf(rule.feature)] ?? null);
    case 'active_users':
      return evidence.usersReachedAt[toUserCount(rule.atLeast) - 1] ?? null;
  }
}

/**
 * The first instant k distinct users logged in within one 7-day window, for k = 1 … maxUsers (shorter when never
 * reached). A window is the 7 days up to an instant, (t − 7 d, t], as in "users in the last 7 days": a login exactly
 * 7 days before another is outside its window. The count only grows when a login arrives, so each first instant is
 * the login of the k-th distinct user of some window. One pass over the logins in time order (sorted only when the
 * snapshot is not): the users in the window at t are those whose latest login is after t − 7 d, recounted only when
 * a user enters the window.
 */
function toUsersReachedAt(
  logins: readonly Login[],
  start: Instant,
  now: Instant,
  maxUsers: number,
): readonly Instant[] {
  let ordered = logins;
  let inRangeAndSorted = true;
  for (let i = 0; i < logins.length && inRangeAndSorted; i += 1) {
    const at = (logins[i] as Login).at;
    inRangeAndSorted = at >= start && at <= now && (i === 0 || (logins[i - 1] as Login).at <= at);
  }
  if (!inRangeAndSorted) ordered = logins.filter((l) => l.at >= start && l.at <= now).sort((a, b) => a.at - b.at);

  const reachedAt: Instant[] = [];
  const users: string[] = [];
  const latestAt: Instant[] = [];
  const windowMs = usageWeekDays * DAY_MS;
  for (const login of ordered) {
    const windowStart = login.at - windowMs;
    let u = users.indexOf(login.userId);
    const enters = u === -1 || (latestAt[u] as Instant) <= windowStart;
    if (u === -1) u = users.push(login.userId) - 1;
    latestAt[u] = login.at;
    if (!enters) continue;
    let inWindow = 0;
    for (const at of latestAt) if (at > windowStart) inWindow += 1;
    if (inWindow > reachedAt.length) reachedAt.push(login.at);
    if (reachedAt.length >= maxUsers) break;
  }
  return reachedAt;
}
