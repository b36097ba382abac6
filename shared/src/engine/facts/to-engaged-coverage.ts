import { stakeholderCircles } from '../../domain/index.ts';
import type { Onboarding, StakeholderCircle } from '../../domain/index.ts';
import { DAY_MS } from '../../time/calendar.ts';

/**
 * Contacts engaged within the window and the circles they cover, in the canonical circle order.
 * Read by the single_threaded rule, the engagement health component and the card's stakeholder view.
 */
export function toEngagedCoverage(
  onboarding: Onboarding,
  now: number,
  withinDays: number,
): { contacts: number; circles: StakeholderCircle[] } {
  const from = now - withinDays * DAY_MS;
  const engaged = onboarding.stakeholders.filter(
    (s) => s.lastEngagedAt !== null && s.lastEngagedAt > from && s.lastEngagedAt <= now,
  );
  const circles = stakeholderCircles.filter((circle) => engaged.some((s) => s.roles.includes(circle)));
  return { contacts: engaged.length, circles };
}
