/**
 * Every number the rules engine decides with, in one place (docs/PRODUCT.md §4–§5 defaults).
 * A portal overrides any subset of `Thresholds` through `mergeThresholds`; `healthFormula` below is fixed for now,
 * and the method's calendar (phase days, cohort horizons) lives beside this file in method-calendar.ts, never
 * overridable. The engine hard-codes none of these values.
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
  /** How long a person's handling holds: an acknowledgement of a high/critical signal, a snooze (from its start). */
  signalHandling: { reescalateAfterAcknowledgedDays: number; maxSnoozeDays: number };
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

/** docs/PRODUCT.md §4 signal thresholds and §5 health/risk numbers; each is overridable per portal. */
export const defaultThresholds: Thresholds = {
  /** A week in, the plan needs 3 measurable criteria: without them day 90 cannot prove value. */
  noCriteria: { fromDay: 7, minMeasurable: 3 },
  /** More than 5 criteria dilutes focus (the method asks for 3–5). */
  tooManyCriteria: { max: 5 },
  /** A first week longer than 5 steps is no longer one recommended path. */
  complexFirstWeek: { maxSteps: 5 },
  /** Two weeks without any login: the customer has not started (critical). */
  noFirstLogin: { fromDay: 14 },
  /** By day 30 first value is due: at least a login this week and a key feature used. */
  lowActivation: { fromDay: 30, minLogins7d: 1 },
  /** Halving week on week is a drop, once the earlier week had enough use (5) for the ratio to mean something. */
  usageDrop: { maxRatio: 0.5, minPriorWeek: 5 },
  /** Two unanswered touches in two weeks is silence; three is serious. */
  unansweredOutreach: { windowDays: 14, minOutbound: 2, highFromOutbound: 3 },
  /** Support is blocking when tickets pile up (3), an urgent one waits a week, or one problem recurs within a month. */
  unresolvedTickets: { minOpen: 3, priorityAgeDays: 7, sameCategoryWindowDays: 30, sameCategoryMin: 2 },
  /** Under half way with two weeks left, a criterion will likely be missed. */
  criterionAtRisk: { dueWithinDays: 14, minProgress: 0.5 },
  /** From day 7, one contact or one circle engaged in 30 days means the onboarding hangs on a single thread. */
  singleThreaded: { fromDay: 7, minCircles: 2, minEngagedContacts: 2, engagedWithinDays: 30 },
  /** Someone must sign off the criteria; named within the first week. */
  noValidationOwner: { fromDay: 7 },
  /** Without a baseline captured in the first two weeks, progress cannot be proven. */
  noBaseline: { fromDay: 14 },
  /** An open high/critical signal escalates after 3 days unhandled, and again after a week. */
  escalation: { level2FromDays: 3, level3FromDays: 7 },
  /**
   * Handling a problem is not fixing it: an acknowledged high/critical signal still holding 7 days after its
   * acknowledgement reads as open again (escalated from its detection); a snooze ends at most 14 days after it began.
   */
  signalHandling: { reescalateAfterAcknowledgedDays: 7, maxSnoozeDays: 14 },
  health: {
    /** docs/PRODUCT.md §5 weights: usage weighs most, support least. */
    weights: { usage: 30, engagement: 20, milestones: 20, criteria: 20, support: 10 },
    /** An open high signal costs 10 points, a critical one 20: the score reflects what is wrong now. */
    penaltyPerOpenHigh: 10,
    penaltyPerOpenCritical: 20,
    /** About one login per working day: the weekly logins the usage ramp expects from day 60 (`healthFormula`). */
    targetLogins7d: 5,
    /** Each open ticket costs 15 support points (twice for high/urgent, see healthFormula). */
    supportPenaltyPerOpenTicket: 15,
  },
  /** docs/PRODUCT.md §5 risk bands of the health score (signals can raise the level further). */
  risk: { criticalBelow: 30, highBelow: 50, mediumBelow: 70 },
};

/**
 * The health components' own numbers (docs/PRODUCT.md §5), fixed for now: each becomes an overridable `Thresholds.health`
 * key once the settings page labels it (server/src/onboarding/settings/threshold-settings.ts, typed by `Thresholds`).
 */
export const healthFormula = {
  /** Usage component: points for logins in the last 7 days (vs `health.targetLogins7d`); the rest for key features. */
  usageLoginPoints: 60,
  usageFeaturePoints: 40,
  /**
   * The usage ramp (docs/PRODUCT.md §5 "Pace, not absolutes"): nothing is expected before the first login is due
   * (`noFirstLogin.fromDay`, 14); from then weekly logins are expected to grow linearly to `health.targetLogins7d` by
   * this day, the end of adoption. One key feature is expected by `lowActivation.fromDay` (30), all of them by this day.
   */
  usageRampFullDay: 60,
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
