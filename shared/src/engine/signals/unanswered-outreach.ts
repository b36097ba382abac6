/**
 * Rule: at least 2 outbound emails/calls in the last 14 days and no reply (inbound email, connected call, meeting)
 * since the first of them → warning, high from 3 unanswered touches. The silent are the contacts those touches went
 * to; the action goes through someone else: the sponsor, else the economic decision maker, else the most recently
 * engaged other stakeholder (by name when known), and says only "change channel" when nobody else is known.
 */
import { stakeholderRoles } from '../../domain/index.ts';
import type { Instant, Stakeholder, StakeholderRole } from '../../domain/index.ts';
import { toIsoDate } from '../../time/iso.ts';
import type { SignalRule } from './signal-rule.ts';

export const evaluateUnansweredOutreach: SignalRule = (onboarding, facts, thresholds) => {
  const { windowDays, minOutbound, highFromOutbound } = thresholds.unansweredOutreach;
  const first = facts.firstOutreachInWindowAt;
  if (first === null || facts.outreachInWindow < minOutbound) return null;
  if (facts.lastReplyAt !== null && facts.lastReplyAt >= first) return null;
  const count = facts.outreachInWindow;
  const other = toOtherStakeholder(onboarding.stakeholders, new Set(facts.outreachInWindowContactIds), facts.now);
  return {
    type: 'unanswered_outreach',
    severity: count >= highFromOutbound ? 'high' : 'warning',
    evidence: `${count} outbound emails/calls in the last ${windowDays} days with no reply since ${toIsoDate(first)} (threshold: ${minOutbound}, high from ${highFromOutbound}).`,
    action: other === null ? 'Change channel.' : `Change channel and go through ${other}.`,
  };
};

/** Whom to go through instead of the silent contacts, described for the action; null when nobody else is known. */
function toOtherStakeholder(
  stakeholders: readonly Stakeholder[],
  silent: ReadonlySet<string>,
  now: Instant,
): string | null {
  const others = stakeholders.filter((s) => !silent.has(s.contactId));
  for (const role of preferredRoles) {
    const found = toMostRecentlyEngaged(
      others.filter((s) => s.roles.includes(role)),
      now,
    );
    if (found !== undefined) return describe(found, role);
  }
  const engaged = toMostRecentlyEngaged(
    others.filter((s) => engagedAt(s, now) !== null),
    now,
  );
  if (engaged === undefined) return null;
  return describe(
    engaged,
    stakeholderRoles.find((r) => engaged.roles.includes(r)),
  );
}

/** The escalation path of the method: the sponsor first, then the economic decision maker. */
const preferredRoles: readonly StakeholderRole[] = ['sponsor', 'economic_decision_maker'];

/** The most recently engaged (never engaged last), the first listed on a tie. */
function toMostRecentlyEngaged(stakeholders: readonly Stakeholder[], now: Instant): Stakeholder | undefined {
  let best: Stakeholder | undefined;
  for (const s of stakeholders) {
    if (best === undefined || (engagedAt(s, now) ?? -Infinity) > (engagedAt(best, now) ?? -Infinity)) best = s;
  }
  return best;
}

/** Last engagement as of now (a later one is not known yet when replaying an earlier instant). */
function engagedAt(stakeholder: Stakeholder, now: Instant): Instant | null {
  const at = stakeholder.lastEngagedAt;
  return at !== null && at <= now ? at : null;
}

/** "Jane Roe (sponsor)", "the sponsor" without a name, "another engaged contact" without name or role. */
function describe(stakeholder: Stakeholder, role: StakeholderRole | undefined): string {
  const label = role?.replaceAll('_', ' ');
  const name = stakeholder.name?.trim() ?? '';
  if (name !== '') return label === undefined ? name : `${name} (${label})`;
  return label === undefined ? 'another engaged contact' : `the ${label}`;
}
