import type { CalendarDate, StakeholderRole } from '../domain/index.ts';
import { stakeholderCircles } from '../domain/index.ts';
import { isMeasurable } from './facts/is-measurable.ts';

/** What the sales rep wrote on the deal before close, as the readiness score needs it. */
export interface HandoffFacts {
  criteria: readonly { baseline: number | null; target: number | null; dueDate: CalendarDate | null }[];
  /** The roles each tagged contact carries. */
  contactRoles: readonly (readonly StakeholderRole[])[];
  validationOwnerContactId: string | null;
}

export type HandoffGapCode = 'criteria_count' | 'criteria_baseline' | 'circles' | 'validation_owner';

export interface HandoffGap {
  code: HandoffGapCode;
  message: string;
  points: number;
}

export interface HandoffReadiness {
  score: number;
  missing: HandoffGap[];
}

/** Points per requirement (docs/PRODUCT.md §5); they add up to 100. */
export const handoffPoints: Readonly<Record<HandoffGapCode, number>> = {
  criteria_count: 40,
  criteria_baseline: 15,
  circles: 30,
  validation_owner: 15,
};

/** The method's 3–5 measurable criteria at handoff: fewer cannot prove value, more dilutes focus. */
export const handoffCriteriaLimits = { min: 3, max: 5 } as const;

const circleNames: Record<(typeof stakeholderCircles)[number], string> = {
  economic_decision_maker: 'economic decision maker',
  end_user: 'end user',
  technical_influencer: 'technical influencer',
};

/**
 * Handoff readiness 0–100 (docs/PRODUCT.md §5): 3–5 measurable criteria (target and due date) and no more than 5 in
 * all (40), every criterion with a baseline (15), all three circles tagged (30), a validation owner named (15).
 * Each requirement is met or not; what is missing is listed with the points it costs, in that order.
 */
export function evaluateHandoffReadiness(facts: HandoffFacts): HandoffReadiness {
  const missing: HandoffGap[] = [];
  const gap = (code: HandoffGapCode, message: string): void => {
    missing.push({ code, message, points: handoffPoints[code] });
  };

  const { min, max } = handoffCriteriaLimits;
  const measurable = facts.criteria.filter(isMeasurable).length;
  if (facts.criteria.length > max) {
    gap('criteria_count', `${facts.criteria.length} criteria: keep ${min}–${max}, move the rest to phase 2.`);
  } else if (measurable < min) {
    gap('criteria_count', `${measurable} measurable criteria: add ${min - measurable} with a target and a due date.`);
  }

  const withoutBaseline = facts.criteria.filter((c) => c.baseline === null).length;
  if (facts.criteria.length === 0) {
    gap('criteria_baseline', 'No criteria yet, so no baseline to measure progress from.');
  } else if (withoutBaseline > 0) {
    gap('criteria_baseline', `${withoutBaseline} of ${facts.criteria.length} criteria have no baseline.`);
  }

  const tagged = new Set(facts.contactRoles.flat());
  const untagged = stakeholderCircles.filter((circle) => !tagged.has(circle));
  if (untagged.length > 0) {
    gap('circles', `No contact tagged as ${untagged.map((circle) => circleNames[circle]).join(', ')}.`);
  }

  if (facts.validationOwnerContactId === null) gap('validation_owner', 'Name the validation owner.');

  const lost = missing.reduce((sum, item) => sum + item.points, 0);
  return { score: 100 - lost, missing };
}
