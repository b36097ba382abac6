/**
 * Every number the rules engine decides with, in one place (PRODUCT.md §4–§5 defaults).
 * A portal overrides any subset through `mergeThresholds`; the engine never hard-codes these values.
 */
export interface Thresholds {
  noCriteria: { fromDay: number; minMeasurable: number };
  tooManyCriteria: { max: number };
  complexFirstWeek: { maxSteps: number };
  noFirstLogin: { fromDay: number };
  lowActivation: { fromDay: number; minLogins7d: number };
  /** Fires when this week's figure is below `maxRatio` of last week's, last week having at least `minPriorWeek`. */
  usageDrop: { maxRatio: number; minPriorWeek: number };
  unansweredOutreach: { windowDays: number; minOutbound: number; highFromOutbound: number };
  unresolvedTickets: {
    minOpen: number;
    /** An open high/urgent ticket older than this many days fires. */
    priorityAgeDays: number;
    sameCategoryWindowDays: number;
    sameCategoryMin: number;
  };
  criterionAtRisk: { dueWithinDays: number; minProgress: number };
  singleThreaded: { fromDay: number; minCircles: number; minEngagedContacts: number; engagedWithinDays: number };
  noValidationOwner: { fromDay: number };
  noBaseline: { fromDay: number };
  escalation: { level2FromDays: number; level3FromDays: number };
  health: {
    /** Relative weights of the components; rescaled to the components that are known. */
    weights: { usage: number; engagement: number; milestones: number; criteria: number; support: number };
    penaltyPerOpenHigh: number;
    penaltyPerOpenCritical: number;
    /** Logins in the last 7 days that earn the full login half of the usage component. */
    targetLogins7d: number;
    /** Points the support component loses per open ticket, and again per open high/urgent one. */
    supportPenaltyPerOpenTicket: number;
  };
  risk: { criticalBelow: number; highBelow: number; mediumBelow: number };
}

export const defaultThresholds: Thresholds = {
  noCriteria: { fromDay: 7, minMeasurable: 3 },
  tooManyCriteria: { max: 5 },
  complexFirstWeek: { maxSteps: 5 },
  noFirstLogin: { fromDay: 14 },
  lowActivation: { fromDay: 30, minLogins7d: 1 },
  usageDrop: { maxRatio: 0.5, minPriorWeek: 5 },
  unansweredOutreach: { windowDays: 14, minOutbound: 2, highFromOutbound: 3 },
  unresolvedTickets: { minOpen: 3, priorityAgeDays: 7, sameCategoryWindowDays: 30, sameCategoryMin: 2 },
  criterionAtRisk: { dueWithinDays: 14, minProgress: 0.5 },
  singleThreaded: { fromDay: 7, minCircles: 2, minEngagedContacts: 2, engagedWithinDays: 30 },
  noValidationOwner: { fromDay: 7 },
  noBaseline: { fromDay: 14 },
  escalation: { level2FromDays: 3, level3FromDays: 7 },
  health: {
    weights: { usage: 30, engagement: 20, milestones: 20, criteria: 20, support: 10 },
    penaltyPerOpenHigh: 10,
    penaltyPerOpenCritical: 20,
    targetLogins7d: 5,
    supportPenaltyPerOpenTicket: 15,
  },
  risk: { criticalBelow: 30, highBelow: 50, mediumBelow: 70 },
};

/**
 * The health components' own numbers (PRODUCT.md §5), fixed for now: each becomes an overridable `Thresholds.health`
 * key once the settings page labels it (server/src/onboarding/settings/threshold-settings.ts, typed by `Thresholds`).
 */
export const healthFormula = {
  /** Usage component: points for logins in the last 7 days (vs `health.targetLogins7d`); the rest for key features. */
  usageLoginPoints: 60,
  usageFeaturePoints: 40,
  /** Engagement responsiveness: 100 minus this per outbound email/call still waiting for a reply (floor 0)... */
  responsivenessPenaltyPerUnanswered: 25,
  /** ...counting the outbound touches of this many last days: older silence is history, not responsiveness. */
  responsivenessWindowDays: 30,
  /** Engagement coverage credit for a circle only tagged, not engaged (engaged counts 1): known but not involved. */
  taggedCircleCredit: 0.5,
  /** Milestones component credit for a milestone done late (on time counts 1, overdue 0): late beats never. */
  lateMilestoneCredit: 0.5,
  /** An open high/urgent ticket costs the support component this many times `health.supportPenaltyPerOpenTicket`. */
  highPriorityTicketPenaltyFactor: 2,
} as const;

/** Any subset of the thresholds, at any depth (a portal's settings). */
export type ThresholdOverrides = DeepPartial<Thresholds>;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** The defaults with a portal's overrides applied; unspecified (or undefined) values keep their default. */
export function mergeThresholds(overrides: ThresholdOverrides = {}): Thresholds {
  return mergeDeep(defaultThresholds, overrides);
}

function mergeDeep<T extends object>(base: T, overrides: DeepPartial<T>): T {
  const merged = { ...base };
  for (const key of Object.keys(base) as (keyof T)[]) {
    const override = overrides[key];
    if (override === undefined) continue;
    const current = base[key];
    merged[key] = (
      typeof current === 'object' && current !== null
        ? mergeDeep(current, override as DeepPartial<typeof current>)
        : override
    ) as T[keyof T];
  }
  return merged;
}
