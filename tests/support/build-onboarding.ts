import type {
  CalendarDate,
  Criterion,
  Engagement,
  FeatureUse,
  FirstWeekStep,
  Instant,
  Login,
  Milestone,
  Onboarding,
  PriorSignal,
  Stakeholder,
  Ticket,
} from '@liftoff/shared/domain/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { parseIsoDate, parseIsoInstant } from '@liftoff/shared/time/iso';

/** Builders for engine inputs: neutral defaults (nothing done, nothing happened), overridable field by field. */

/** Day 0 of every built onboarding unless overridden: Monday 2026-02-02. */
export const START: CalendarDate = date('2026-02-02');

/** Noon UTC on day `n` of an onboarding started at `start` (noon keeps day boundaries out of the way). */
export function atDay(n: number, start: CalendarDate = START): Instant {
  return start + n * DAY_MS + DAY_MS / 2;
}

/** The calendar date of day `n`. */
export function dateOfDay(n: number, start: CalendarDate = START): CalendarDate {
  return start + n * DAY_MS;
}

export function date(iso: string): CalendarDate {
  const parsed = parseIsoDate(iso);
  if (parsed === null) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return parsed;
}

export function instant(iso: string): Instant {
  const parsed = parseIsoInstant(iso);
  if (parsed === null) throw new Error(`not an ISO instant: ${iso}`);
  return parsed;
}

export function buildOnboarding(overrides: Partial<Onboarding> = {}): Onboarding {
  return {
    companyId: '101',
    companyName: 'Acme SA',
    startDate: START,
    status: 'in_progress',
    usageTracked: true,
    keyFeatures: ['reports'],
    criteria: [],
    milestones: [],
    firstWeekSteps: [],
    stakeholders: [],
    activity: { logins: [], featureUses: [], engagements: [], tickets: [] },
    signals: [],
    closedAt: null,
    outcomeReason: null,
    reopenedAt: null,
    ...overrides,
  };
}

/** An onboarding that raises no signal when evaluated at `atDay(day)`: the baseline each test breaks. */
export function buildHealthyOnboarding(day: number, overrides: Partial<Onboarding> = {}): Onboarding {
  const now = atDay(day);
  return buildOnboarding({
    criteria: [1, 2, 3].map((i) =>
      buildCriterion({ id: `c${i}`, name: `Criterion ${i}`, current: 10, dueDate: dateOfDay(day + 60) }),
    ),
    stakeholders: [
      buildStakeholder({
        contactId: 'edm',
        roles: ['economic_decision_maker', 'validation_owner'],
        lastEngagedAt: now,
      }),
      buildStakeholder({ contactId: 'eu', roles: ['end_user'], lastEngagedAt: now }),
    ],
    activity: {
      logins: [buildLogin({ at: now - DAY_MS }), buildLogin({ at: now - 2 * DAY_MS, userId: 'u2' })],
      featureUses: [buildFeatureUse({ at: now - DAY_MS })],
      engagements: [],
      tickets: [],
    },
    ...overrides,
  });
}

export function buildCriterion(overrides: Partial<Criterion> = {}): Criterion {
  return {
    id: 'c1',
    name: '5 weekly active users',
    metric: 'weekly_active_users',
    unit: 'users',
    direction: 'increase',
    baseline: 0,
    target: 10,
    current: 0,
    agreedAt: null,
    dueDate: dateOfDay(60),
    status: 'in_progress',
    achievedAt: null,
    source: 'sales_promise',
    ownerContactId: null,
    handedOffTarget: 10,
    baselineDate: null,
    baselineEvidence: null,
    currentAt: null,
    promiseKept: null,
    ...overrides,
  };
}

export function buildMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: 'm1',
    name: 'Day-7 check-in',
    kind: 'checkpoint_d7',
    dueDate: dateOfDay(7),
    completedAt: null,
    skipped: false,
    skipReason: null,
    owner: null,
    completesWhen: null,
    manual: null,
    checklist: [],
    notes: null,
    ...overrides,
  };
}

export function buildFirstWeekStep(overrides: Partial<FirstWeekStep> = {}): FirstWeekStep {
  return { id: 's1', name: 'Connect SSO', doneAt: null, completesWhen: null, manual: null, ...overrides };
}

export function buildStakeholder(overrides: Partial<Stakeholder> = {}): Stakeholder {
  return {
    contactId: '9',
    name: 'Jane Roe',
    roles: ['end_user'],
    lastEngagedAt: null,
    taggedAt: null,
    kpi: null,
    ...overrides,
  };
}

export function buildLogin(overrides: Partial<Login> = {}): Login {
  return { at: atDay(1), userId: 'u1', ...overrides };
}

export function buildFeatureUse(overrides: Partial<FeatureUse> = {}): FeatureUse {
  return { at: atDay(1), userId: 'u1', feature: 'reports', ...overrides };
}

export function buildEngagement(overrides: Partial<Engagement> = {}): Engagement {
  return { at: atDay(1), type: 'email', direction: 'outbound', connected: false, contactId: null, ...overrides };
}

export function buildTicket(overrides: Partial<Ticket> = {}): Ticket {
  return { id: 't1', openedAt: atDay(1), closedAt: null, priority: 'medium', category: null, ...overrides };
}

export function buildPriorSignal(overrides: Partial<PriorSignal> = {}): PriorSignal {
  return {
    type: 'no_first_login',
    status: 'open',
    detectedAt: atDay(14),
    snoozedUntil: null,
    acknowledgedAt: null,
    snoozedAt: null,
    resolvedAt: null,
    resolvedBy: null,
    ...overrides,
  };
}

/** `count` logins by distinct or repeated users spread over the day before `before` (exclusive). */
export function buildLogins(count: number, before: Instant, users = count): Login[] {
  return Array.from({ length: count }, (_, i) => buildLogin({ at: before - 1 - i * 60_000, userId: `u${i % users}` }));
}

/** The onboarding as a store seeds it: its activity lives in the activity store, not on the record. */
export function withoutActivity<T extends { activity: unknown }>({
  activity: _activity,
  ...rest
}: T): Omit<T, 'activity'> {
  return rest;
}
