import type { CalendarDate, Instant, Onboarding, Ticket } from '../domain/index.ts';
import { DAY_MS, dayNumber, toCalendarDate } from '../time/calendar.ts';
import { toCompletionFacts } from './facts/to-completion-facts.ts';
import type { CompletionFacts } from './facts/to-completion-facts.ts';
import { toJudgedCriteria } from './facts/to-judged-criteria.ts';
import type { JudgedCriterion } from './facts/to-judged-criteria.ts';
import { usageWeekDays } from './method-calendar.ts';
import { healthFormula } from './thresholds.ts';
import type { Thresholds } from './thresholds.ts';

/**
 * What the rules read about one onboarding at `now`, computed in one pass over each activity list
 * so that no rule sorts or re-scans events (10k onboardings × 200 events must evaluate in < 1 s).
 * Events after `now` are ignored, so replaying an earlier instant gives the answer of that instant.
 */
export interface OnboardingFacts {
  now: Instant;
  today: CalendarDate;
  day: number;
  /** First login and first key-feature use count from the start date (day 0) onwards. */
  firstLoginAt: Instant | null;
  lastLoginAt: Instant | null;
  firstKeyFeatureUseAt: Instant | null;
  /** Key features used since the start date; any feature when the plan names no key feature. */
  keyFeaturesUsed: string[];
  /** "Last 7 days" = (now − 7 d, now]; "prior 7 days" = (now − 14 d, now − 7 d]. */
  logins7d: number;
  loginsPrior7d: number;
  activeUsers7d: number;
  activeUsersPrior7d: number;
  /** Outbound emails and calls in the outreach window, and the earliest of them. */
  outreachInWindow: number;
  firstOutreachInWindowAt: Instant | null;
  /** The distinct contacts those outbound touches went to, when known: who is silent (unanswered_outreach). */
  outreachInWindowContactIds: string[];
  /** Latest inbound email, connected call or meeting. */
  lastReplyAt: Instant | null;
  /** Outbound emails and calls in the last 30 days (`healthFormula`) made after the latest reply. */
  unansweredOutreach30d: number;
  /** Opened at or before now and not closed by now. */
  openTickets: Ticket[];
  /** Opened within the same-category window, open or not. */
  recentTickets: Ticket[];
  /** Each first-week step's and milestone's effective completion, by a person or by its rule (docs/PRODUCT.md §3.1). */
  completion: CompletionFacts;
  /** Each criterion judged now (computed current and baseline, direction-aware progress, pace, latched achievement). */
  criteria: JudgedCriterion[];
}

export function toOnboardingFacts(onboarding: Onboarding, now: Instant, thresholds: Thresholds): OnboardingFacts {
  const start = onboarding.startDate;
  const { logins, featureUses, engagements, tickets } = onboarding.activity;
  const weekAgo = now - usageWeekDays * DAY_MS;
  const twoWeeksAgo = now - 2 * usageWeekDays * DAY_MS;

  let firstLoginAt: Instant | null = null;
  let lastLoginAt: Instant | null = null;
  let logins7d = 0;
  let loginsPrior7d = 0;
  const users7d = new Set<string>();
  const usersPrior7d = new Set<string>();
  for (const login of logins) {
    const at = login.at;
    if (at > now) continue;
    if (at > weekAgo) {
      logins7d += 1;
      users7d.add(login.userId);
    } else if (at > twoWeeksAgo) {
      loginsPrior7d += 1;
      usersPrior7d.add(login.userId);
    }
    if (at < start) continue;
    if (firstLoginAt === null || at < firstLoginAt) firstLoginAt = at;
    if (lastLoginAt === null || at > lastLoginAt) lastLoginAt = at;
  }

  const keyFeatures = onboarding.keyFeatures.length > 0 ? new Set(onboarding.keyFeatures) : null;
  const usedFeatures = new Set<string>();
  let firstKeyFeatureUseAt: Instant | null = null;
  for (const use of featureUses) {
    const at = use.at;
    if (at > now || at < start) continue;
    if (keyFeatures !== null && !keyFeatures.has(use.feature)) continue;
    usedFeatures.add(use.feature);
    if (firstKeyFeatureUseAt === null || at < firstKeyFeatureUseAt) firstKeyFeatureUseAt = at;
  }
  const keyFeaturesUsed =
    keyFeatures === null ? [...usedFeatures].sort() : onboarding.keyFeatures.filter((f) => usedFeatures.has(f));

  const outreachFrom = now - thresholds.unansweredOutreach.windowDays * DAY_MS;
  const monthAgo = now - healthFormula.responsivenessWindowDays * DAY_MS;
  let outreachInWindow = 0;
  let firstOutreachInWindowAt: Instant | null = null;
  const outreachContactIds = new Set<string>();
  let lastReplyAt: Instant | null = null;
  for (const engagement of engagements) {
    const at = engagement.at;
    if (at > now) continue;
    if (isReply(engagement)) {
      if (lastReplyAt === null || at > lastReplyAt) lastReplyAt = at;
    } else if (engagement.direction === 'outbound' && at > outreachFrom) {
      outreachInWindow += 1;
      if (firstOutreachInWindowAt === null || at < firstOutreachInWindowAt) firstOutreachInWindowAt = at;
      if (engagement.contactId !== null) outreachContactIds.add(engagement.contactId);
    }
  }
  let unansweredOutreach30d = 0;
  const unansweredFrom = Math.max(monthAgo, lastReplyAt ?? -Infinity);
  for (const engagement of engagements) {
    if (engagement.at > now || engagement.at <= unansweredFrom) continue;
    if (engagement.direction === 'outbound' && !isReply(engagement)) unansweredOutreach30d += 1;
  }

  const categoryFrom = now - thresholds.unresolvedTickets.sameCategoryWindowDays * DAY_MS;
  const openTickets: Ticket[] = [];
  const recentTickets: Ticket[] = [];
  for (const ticket of tickets) {
    if (ticket.openedAt > now) continue;
    if (ticket.closedAt === null || ticket.closedAt > now) openTickets.push(ticket);
    if (ticket.openedAt > categoryFrom) recentTickets.push(ticket);
  }

  return {
    now,
    today: toCalendarDate(now),
    day: dayNumber(start, now),
    firstLoginAt,
    lastLoginAt,
    firstKeyFeatureUseAt,
    keyFeaturesUsed,
    logins7d,
    loginsPrior7d,
    activeUsers7d: users7d.size,
    activeUsersPrior7d: usersPrior7d.size,
    outreachInWindow,
    firstOutreachInWindowAt,
    outreachInWindowContactIds: [...outreachContactIds],
    lastReplyAt,
    unansweredOutreach30d,
    openTickets,
    recentTickets,
    completion: toCompletionFacts(onboarding, now, { firstLoginAt, firstKeyFeatureUseAt }),
    criteria: toJudgedCriteria(onboarding, now),
  };
}

/** A reply is an inbound email, a connected call (either direction) or a meeting (docs/EVALUATE.md). */
function isReply(engagement: Onboarding['activity']['engagements'][number]): boolean {
  if (engagement.type === 'meeting') return true;
  if (engagement.type === 'call') return engagement.connected;
  return engagement.direction === 'inbound';
}
