import type { Criterion, Engagement, Instant, Onboarding, Stakeholder, Ticket } from '../../domain/index.ts';

/**
 * The onboarding as it was known at an earlier instant, for the replay (docs/EVALUATE.md `--replay`):
 * - activity: only logins, feature uses and engagements at or before it, and tickets opened by then (a ticket
 *   closed later was still open);
 * - criteria: only those agreed by then (`agreedAt`; an undated one is kept, and the replay names the gap), a
 *   baseline only from its `baselineDate`, a person's `achieved` only from its `achievedAt`;
 * - stakeholders: roles only from `taggedAt`, and their last engagement as of then (the latest of `lastEngagedAt`
 *   and the engagements naming them, none after the instant);
 * - in progress, with no prior signal state: what matters is whether a rule holds, not how a CSM handled it.
 * The lists are sorted once here, so each instant only cuts prefixes off them.
 */
export function createOnboardingAsOf(onboarding: Onboarding): (at: Instant) => Onboarding {
  const logins = sortedBy(onboarding.activity.logins, (l) => l.at);
  const featureUses = sortedBy(onboarding.activity.featureUses, (u) => u.at);
  const engagements = sortedBy(onboarding.activity.engagements, (e) => e.at);
  const tickets = sortedBy(onboarding.activity.tickets, (t) => t.openedAt);
  const engagementsByContact = groupByContact(engagements);

  return (at) => ({
    ...onboarding,
    status: 'in_progress',
    closedAt: null,
    outcomeReason: null,
    signals: [],
    criteria: onboarding.criteria.filter((c) => c.agreedAt === null || c.agreedAt <= at).map((c) => asOf(c, at)),
    stakeholders: onboarding.stakeholders.map((s) => ({
      ...s,
      roles: s.taggedAt !== null && s.taggedAt > at ? [] : s.roles,
      lastEngagedAt: lastEngagedAt(s, engagementsByContact.get(s.contactId) ?? [], at),
    })),
    activity: {
      logins: logins.slice(
        0,
        countUpTo(logins, at, (l) => l.at),
      ),
      featureUses: featureUses.slice(
        0,
        countUpTo(featureUses, at, (u) => u.at),
      ),
      engagements: engagements.slice(
        0,
        countUpTo(engagements, at, (e) => e.at),
      ),
      tickets: tickets
        .slice(
          0,
          countUpTo(tickets, at, (t) => t.openedAt),
        )
        .map((t): Ticket => (t.closedAt !== null && t.closedAt > at ? { ...t, closedAt: null } : t)),
    },
  });
}

function asOf(criterion: Criterion, at: Instant): Criterion {
  const baselineLater = criterion.baselineDate !== null && criterion.baselineDate > at;
  const achievedLater = criterion.status === 'achieved' && criterion.achievedAt !== null && criterion.achievedAt > at;
  if (!baselineLater && !achievedLater) return criterion;
  return {
    ...criterion,
    baseline: baselineLater ? null : criterion.baseline,
    status: achievedLater ? 'in_progress' : criterion.status,
  };
}

function lastEngagedAt(stakeholder: Stakeholder, engagedAts: readonly Instant[], at: Instant): Instant | null {
  const known =
    stakeholder.lastEngagedAt !== null && stakeholder.lastEngagedAt <= at ? stakeholder.lastEngagedAt : null;
  const count = countUpTo(engagedAts, at, (t) => t);
  const fromActivity = count > 0 ? (engagedAts[count - 1] as Instant) : null;
  if (known === null) return fromActivity;
  return fromActivity === null ? known : Math.max(known, fromActivity);
}

/** Each contact's engagement instants, ascending (engagements are sorted already). */
function groupByContact(engagements: readonly Engagement[]): Map<string, Instant[]> {
  const byContact = new Map<string, Instant[]>();
  for (const engagement of engagements) {
    if (engagement.contactId === null) continue;
    const ats = byContact.get(engagement.contactId);
    if (ats === undefined) byContact.set(engagement.contactId, [engagement.at]);
    else ats.push(engagement.at);
  }
  return byContact;
}

function sortedBy<T>(items: readonly T[], key: (item: T) => Instant): T[] {
  return [...items].sort((a, b) => key(a) - key(b));
}

/** How many items of an ascending list have their instant at or before `at` (binary search). */
function countUpTo<T>(items: readonly T[], at: Instant, key: (item: T) => Instant): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(items[middle] as T) <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
