import {
  manualMarks,
  milestoneKinds,
  signalResolvers,
  signalStatuses,
  signalTypes,
  stakeholderRoles,
  ticketPriorities,
} from '@liftoff/shared/domain/index';
import type {
  ChecklistItem,
  CompletionRule,
  Criterion,
  CriterionDirection,
  Instant,
  Login,
  Onboarding,
} from '@liftoff/shared/domain/index';
import { DAY_MS, toCalendarDate } from '@liftoff/shared/time/calendar';
import fc from 'fast-check';
import { START } from './build-onboarding.ts';

/**
 * Generated onboardings evaluated at a generated `now`, built around that instant so that every window of the rules
 * (7, 14 and 30 days, due dates, the day-14 and day-30 thresholds) is hit: days from before the start to past day 90
 * in every phase, activity dense in the weeks before `now` (with login bursts week on week for usage_drop, and a
 * few events after `now` that the engine must ignore), criteria due around `now`, prior signals in every state.
 * Criteria bound to a computed metric keep that metric's sense (more users and logins, fewer days to first value),
 * so that "a login" or "a key-feature use" is what the criterion asks for.
 */
export interface OnboardingCase {
  onboarding: Onboarding;
  now: Instant;
}

const maybe = <T>(arb: fc.Arbitrary<T>, freq = 1) => fc.option(arb, { nil: null, freq });
const userArb = fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7');
const featureArb = fc.constantFrom('reports', 'automations', 'settings');

/** Day of the onboarding at `now`, drawn evenly across the phases (kickoff, activation, adoption, review, overdue). */
const dayArb = fc.oneof(
  fc.integer({ min: -4, max: 7 }),
  fc.integer({ min: 8, max: 30 }),
  fc.integer({ min: 31, max: 60 }),
  fc.integer({ min: 61, max: 90 }),
  fc.integer({ min: 91, max: 130 }),
);

/** The computed metrics with their sense, and metrics a person enters (either sense). */
const metricArb: fc.Arbitrary<{ metric: string | null; direction: CriterionDirection | null }> = fc.constantFrom(
  { metric: 'weekly_active_users', direction: 'increase' },
  { metric: 'logins_7d', direction: 'increase' },
  { metric: 'active_users_30d', direction: 'increase' },
  { metric: 'feature_uses_30d:reports', direction: 'increase' },
  { metric: 'days_to_first_value', direction: 'decrease' },
  { metric: 'cycle_time_hours', direction: null },
  { metric: 'nps', direction: null },
  { metric: null, direction: null },
);

const completionRuleArb: fc.Arbitrary<CompletionRule> = fc.oneof(
  fc.constant({ rule: 'first_login' as const }),
  fc.record({ rule: fc.constant('key_feature_used' as const), feature: maybe(featureArb) }),
  fc.record({ rule: fc.constant('active_users' as const), atLeast: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ rule: fc.constant('milestone_done' as const), milestoneKind: fc.constantFrom(...milestoneKinds) }),
);

export function createOnboardingCaseArb(): fc.Arbitrary<OnboardingCase> {
  return fc
    .tuple(dayArb, fc.integer({ min: 0, max: DAY_MS - 1 }))
    .chain(([day, msOfDay]) => toCaseArb(START + day * DAY_MS + msOfDay));
}

function toCaseArb(now: Instant): fc.Arbitrary<OnboardingCase> {
  const today = toCalendarDate(now);
  const day = Math.floor((today - START) / DAY_MS);
  /** An instant from 45 days before now to 2 days after it (events after now must be ignored). */
  const recentArb = fc.integer({ min: now - 45 * DAY_MS, max: now + 2 * DAY_MS });
  const pastArb = fc.integer({ min: now - 45 * DAY_MS, max: now });
  const dateAroundNowArb = fc.integer({ min: -25, max: 70 }).map((d) => today + d * DAY_MS);
  const planDateArb = fc.integer({ min: -5, max: 95 }).map((d) => START + d * DAY_MS);

  const burstArb = fc.record({
    weeksAgo: fc.integer({ min: 0, max: 3 }),
    count: fc.integer({ min: 0, max: 9 }),
    users: fc.integer({ min: 1, max: 6 }),
  });
  const someLoginsArb = fc
    .tuple(
      fc.array(fc.record({ at: recentArb, userId: userArb }), { maxLength: 25 }),
      fc.array(burstArb, { maxLength: 3 }),
    )
    .map(([scattered, bursts]) => [
      ...scattered,
      ...bursts.flatMap(({ weeksAgo, count, users }) =>
        Array.from({ length: count }, (_, i): Login => ({
          at: now - weeksAgo * 7 * DAY_MS - Math.floor(((i + 1) * 7 * DAY_MS) / (count + 1)),
          userId: `b${i % users}`,
        })),
      ),
    ]);

  /** Now and then nobody has logged in at all (no_first_login). */
  const loginsArb = fc.oneof(
    { arbitrary: fc.constant<Login[]>([]), weight: 1 },
    { arbitrary: someLoginsArb, weight: 5 },
  );

  const criterionArb: fc.Arbitrary<Criterion> = fc
    .record({
      id: fc.string({ maxLength: 3 }),
      name: fc.string({ maxLength: 8 }),
      sense: metricArb,
      freeDirection: fc.constantFrom<CriterionDirection>('increase', 'decrease'),
      baseline: maybe(fc.integer({ min: 0, max: 60 })),
      gap: fc.integer({ min: -10, max: 40 }),
      hasTarget: fc.boolean(),
      current: maybe(fc.double({ min: -5, max: 80, noNaN: true }), 2),
      agreedAt: maybe(fc.integer({ min: -15, max: Math.max(-15, day + 5) }).map((d) => START + d * DAY_MS)),
      dueDate: maybe(dateAroundNowArb, 4),
      status: fc.constantFrom(
        'in_progress',
        'in_progress',
        'in_progress',
        'not_started',
        'achieved',
        'missed',
        'retired',
      ) as fc.Arbitrary<Criterion['status']>,
      achievedAt: maybe(pastArb, 5),
    })
    .map(({ sense, freeDirection, baseline, gap, hasTarget, ...rest }) => {
      const direction = sense.direction ?? freeDirection;
      // A computed metric's target lies on its sense's side of a given baseline.
      const magnitude = sense.direction === null ? gap : Math.abs(gap);
      const from = baseline ?? (direction === 'increase' ? 0 : 30);
      const target = hasTarget ? Math.max(0, direction === 'increase' ? from + magnitude : from - magnitude) : null;
      return {
        ...rest,
        metric: sense.metric,
        unit: null,
        direction,
        baseline,
        target,
        source: 'csm' as const,
        ownerContactId: null,
        handedOffTarget: null,
        baselineDate: null,
        baselineEvidence: null,
        currentAt: null,
        promiseKept: null,
      };
    });

  return fc
    .record({
      companyId: fc.constant('101'),
      companyName: fc.constant(null),
      startDate: fc.constant(START),
      status: fc.constantFrom(
        'in_progress',
        'in_progress',
        'in_progress',
        'in_progress',
        'completed',
        'churned',
        'abandoned',
      ),
      usageTracked: fc.constantFrom(true, true, true, false),
      keyFeatures: fc.subarray(['reports', 'automations']),
      criteria: fc.array(criterionArb, { maxLength: 7 }),
      milestones: fc.array(
        fc.record({
          id: fc.string({ maxLength: 3 }),
          name: fc.string({ maxLength: 8 }),
          kind: fc.constantFrom(...milestoneKinds),
          dueDate: fc.oneof(planDateArb, dateAroundNowArb),
          completedAt: maybe(recentArb, 2),
          skipped: fc.constantFrom(false, false, false, false, true),
          skipReason: fc.constant(null),
          owner: fc.constant(null),
          completesWhen: maybe(completionRuleArb, 3),
          manual: maybe(fc.constantFrom(...manualMarks), 4),
          checklist: fc.constant<ChecklistItem[]>([]),
          notes: fc.constant(null),
        }),
        { maxLength: 7 },
      ),
      firstWeekSteps: fc.array(
        fc.record({
          id: fc.string({ maxLength: 3 }),
          name: fc.string({ maxLength: 8 }),
          doneAt: maybe(recentArb),
          completesWhen: maybe(completionRuleArb, 3),
          manual: maybe(fc.constantFrom(...manualMarks), 4),
        }),
        { maxLength: 7 },
      ),
      stakeholders: fc.array(
        fc.record({
          contactId: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'),
          name: fc.constant(null),
          roles: fc.subarray([...stakeholderRoles]),
          lastEngagedAt: maybe(fc.integer({ min: now - 60 * DAY_MS, max: now })),
          taggedAt: fc.constant(null),
          kpi: fc.constant(null),
        }),
        { maxLength: 5 },
      ),
      activity: fc.record({
        logins: loginsArb,
        featureUses: fc.array(fc.record({ at: recentArb, userId: userArb, feature: featureArb }), { maxLength: 12 }),
        engagements: fc.array(
          fc.record({
            at: fc.integer({ min: now - 30 * DAY_MS, max: now + DAY_MS }),
            type: fc.constantFrom('email', 'call', 'meeting'),
            direction: fc.constantFrom('outbound', 'outbound', 'inbound'),
            connected: fc.boolean(),
            contactId: maybe(fc.constantFrom('c1', 'c2', 'c3')),
          }),
          { maxLength: 8 },
        ),
        tickets: fc.array(
          fc.record({
            id: fc.string({ maxLength: 3 }),
            openedAt: recentArb,
            closedAt: maybe(recentArb),
            priority: maybe(fc.constantFrom(...ticketPriorities)),
            category: maybe(fc.constantFrom('sso', 'billing')),
          }),
          { maxLength: 6 },
        ),
      }),
      signals: fc.array(
        fc.record({
          type: fc.constantFrom(...signalTypes),
          status: fc.constantFrom(...signalStatuses),
          detectedAt: pastArb,
          snoozedUntil: maybe(recentArb),
          acknowledgedAt: maybe(pastArb),
          snoozedAt: maybe(pastArb),
          resolvedAt: maybe(pastArb),
          resolvedBy: maybe(fc.constantFrom(...signalResolvers)),
        }),
        { maxLength: 4 },
      ),
      closedAt: fc.constant(null),
      outcomeReason: fc.constant(null),
      reopenedAt: fc.constant(null),
    })
    .map((onboarding) => ({ onboarding, now }));
}
