/**
 * Rule → high when any holds: 3+ open tickets; an open high/urgent ticket older than 7 days;
 * 2+ tickets of the same category opened within the last 30 days with one of them still open.
 */
import { DAY_MS } from '../../time/calendar.ts';
import type { SignalRule } from './signal-rule.ts';
import { toReasonList } from './to-reason-list.ts';

export const evaluateUnresolvedTickets: SignalRule = (_onboarding, facts, thresholds) => {
  const { minOpen, priorityAgeDays, sameCategoryWindowDays, sameCategoryMin } = thresholds.unresolvedTickets;
  const reasons: string[] = [];

  if (facts.openTickets.length >= minOpen) {
    reasons.push(`${facts.openTickets.length} open tickets (threshold: ${minOpen})`);
  }

  const oldUrgent = facts.openTickets.filter(
    (t) => (t.priority === 'high' || t.priority === 'urgent') && facts.now - t.openedAt > priorityAgeDays * DAY_MS,
  );
  const oldest = oldUrgent.reduce<(typeof oldUrgent)[number] | null>(
    (found, t) => (found === null || t.openedAt < found.openedAt ? t : found),
    null,
  );
  if (oldest !== null) {
    const age = Math.floor((facts.now - oldest.openedAt) / DAY_MS);
    reasons.push(
      `${oldest.priority}-priority ticket ${oldest.id} open for ${age} days (threshold: ${priorityAgeDays} days)`,
    );
  }

  const byCategory = new Map<string, { count: number; open: number }>();
  for (const ticket of facts.recentTickets) {
    if (ticket.category === null) continue;
    const entry = byCategory.get(ticket.category) ?? { count: 0, open: 0 };
    entry.count += 1;
    if (ticket.closedAt === null || ticket.closedAt > facts.now) entry.open += 1;
    byCategory.set(ticket.category, entry);
  }
  for (const [category, { count, open }] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    if (count < sameCategoryMin || open === 0) continue;
    reasons.push(
      `${count} "${category}" tickets opened in the last ${sameCategoryWindowDays} days, ${open} still open (threshold: ${sameCategoryMin})`,
    );
  }

  if (reasons.length === 0) return null;
  return {
    type: 'unresolved_tickets',
    severity: 'high',
    evidence: `${toReasonList(reasons)}.`,
    action: 'Fix the blocking tickets or escalate to the support lead.',
  };
};
