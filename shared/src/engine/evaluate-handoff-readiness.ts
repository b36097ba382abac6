import type { CalendarDate, StakeholderRole } from '../domain/index.ts';
import { stakeholderCircles } from '../domain/index.ts';
import { isMeasurable } from './facts/is-measurable.ts';

/** What the sales rep wrote on the deal before close, as the readiness score needs it. */
export interface HandoffFacts {
  criteria: readonly { baseline: number | null; target: number | null; dueDate: CalendarDate | null }[];
  /** The roles each contact carries, whether tagged in the card or labelled in HubSpot. */
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

/** The most each requirement earns (docs/PRODUCT.md §5); they add up to 100. */
export const handoffPoints: Readonly<Record<HandoffGapCode, number>> = {
  criteria_count: 40,
  criteria_baseline: 15,
  circles: 30,
  validation_owner: 15,
};

/** The method's 3–5 measurable criteria at handoff: fewer cannot prove value, more dilutes focus. */
export const handoffCriteriaLimits = { min: 3, max: 5 } as const;

/** Each circle tagged earns its share of the circles' points. */
const pointsPerCircle = handoffPoints.circles / stakeholderCircles.length;

const circleNames: Record<(typeof stakeholderCircles)[number], string> = {
  economic_decision_maker: 'economic decision maker',
  end_user: 'end user',
  technical_influencer: 'technical influencer',
};

/**
 * Handoff readiness 0–100 (docs/PRODUCT.md §5), with partial credit so every step sales takes shows: measurable
 * criteria (target and due date) 40 × min(n, 3)/3, nothing when more than 5 criteria are written (focus is lost);
 * criteria with a baseline 15 × their share; 10 per circle tagged; 15 for a validation owner. Each requirement's
 * points are rounded to a whole number (half up, in sales' favour), so the points the missing items cost add up to
 * exactly what the score lacks. A requirement short of its maximum is listed, in that order, with what it costs.
 */
export function evaluateHandoffReadiness(facts: HandoffFacts): HandoffReadiness {
  const missing: HandoffGap[] = [];
  const gap = (code: HandoffGapCode, earned: number, message: string): void => {
    const points = handoffPoints[code] - Math.round(earned);
    if (points > 0) missing.push({ code, message, points });
  };

  const { min, max } = handoffCriteriaLimits;
  const total = facts.criteria.length;
  const measurable = facts.criteria.filter(isMeasurable).length;
  if (total > max) {
    gap('criteria_count', 0, `${total} criteria: keep ${min}–${max}, move the rest to phase 2.`);
  } else {
    const credited = Math.min(measurable, min);
    gap(
      'criteria_count',
      (handoffPoints.criteria_count * credited) / min,
      `${measurable} measurable criteria: add ${min - credited} with a target and a due date.`,
    );
  }

  const withBaseline = facts.criteria.filter((c) => c.baseline !== null).length;
  if (total === 0) {
    gap('criteria_baseline', 0, 'No criteria yet, so no baseline to measure progress from.');
  } else {
    gap(
      'criteria_baseline',
      (handoffPoints.criteria_baseline * withBaseline) / total,
      `${total - withBaseline} of ${total} criteria have no baseline.`,
    );
  }

  const tagged = new Set(facts.contactRoles.flat());
  const untagged = stakeholderCircles.filter((circle) => !tagged.has(circle));
  gap(
    'circles',
    pointsPerCircle * (stakeholderCircles.length - untagged.length),
    `No contact tagged as ${untagged.map((circle) => circleNames[circle]).join(', ')}.`,
  );

  gap(
    'validation_owner',
    facts.validationOwnerContactId === null ? 0 : handoffPoints.validation_owner,
    'Name the validation owner.',
  );

  const lost = missing.reduce((sum, item) => sum + item.points, 0);
  return { score: 100 - lost, missing };
}
