import type { OnboardingFacts } from '../onboarding-facts.ts';
import { healthFormula } from '../thresholds.ts';
import type { Thresholds } from '../thresholds.ts';

/**
 * Support component = 100 − 15 per open ticket − 15 more per open high/urgent ticket, floor 0.
 * No ticket is good news, never missing data.
 */
export function evaluateSupportComponent(facts: OnboardingFacts, thresholds: Thresholds): number {
  const perTicket = thresholds.health.supportPenaltyPerOpenTicket;
  let lost = 0;
  for (const ticket of facts.openTickets) {
    lost +=
      ticket.priority === 'high' || ticket.priority === 'urgent'
        ? healthFormula.highPriorityTicketPenaltyFactor * perTicket
        : perTicket;
  }
  return Math.max(0, 100 - lost);
}
