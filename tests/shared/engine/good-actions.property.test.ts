import { phases, riskLevels, signalTypes } from '@liftoff/shared/domain/index';
import type { Assessment, Criterion, Instant, Onboarding, Phase, SignalType } from '@liftoff/shared/domain/index';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import { DAY_MS, toCalendarDate } from '@liftoff/shared/time/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOnboardingCaseArb } from '../../support/arbitrary-onboarding.ts';
import type { OnboardingCase } from '../../support/arbitrary-onboarding.ts';

/**
 * docs/PRODUCT.md §5: doing the right thing never lowers the score or raises the risk. Each action below is applied
 * at `now` to generated onboardings (tests/support/arbitrary-onboarding.ts); the health score never drops and the risk
 * level never rises. Each property also counts, over its own runs, the phases and signal types the generated
 * onboardings had, and fails unless every phase and every signal type of the domain occurred.
 */

const runs = 1_000;
/** Signal types docs/PRODUCT.md §4 lists that the domain does not have yet. */
const notYetInDomain: ReadonlySet<string> = new Set(['validation_overdue', 'no_quick_win', 'report_overdue']);
const expectedTypes = signalTypes.filter((type) => !notYetInDomain.has(type));

/** A good action at `now`: the onboarding after it (the parameters come from the generator). */
interface GoodAction<P> {
  name: string;
  params: fc.Arbitrary<P>;
  apply: (onboarding: Onboarding, now: Instant, params: P, before: Assessment) => Onboarding;
}

const activityWith = (onboarding: Onboarding, extra: Partial<Onboarding['activity']>): Onboarding => ({
  ...onboarding,
  activity: { ...onboarding.activity, ...extra },
});

/** An index into a list, or null for the list's own "nothing to pick" case. */
const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

const login: GoodAction<{ userId: string }> = {
  name: 'a login now',
  params: fc.record({ userId: fc.constantFrom('u1', 'u2', 'n1', 'b0') }),
  apply: (onboarding, now, { userId }) =>
    activityWith(onboarding, { logins: [...onboarding.activity.logins, { at: now, userId }] }),
};

const keyFeatureUse: GoodAction<{ index: number; userId: string }> = {
  name: 'a key-feature use now',
  params: fc.record({ index: fc.nat(), userId: fc.constantFrom('u1', 'n1') }),
  apply: (onboarding, now, { index, userId }) => {
    const feature = pick(onboarding.keyFeatures, index) ?? 'reports';
    const featureUses = [...onboarding.activity.featureUses, { at: now, userId, feature }];
    return activityWith(onboarding, { featureUses });
  },
};

const criterionAgreed: GoodAction<{
  daysToGo: number;
  metric: { metric: string | null; direction: Criterion['direction'] };
  baseline: number | null;
  gap: number;
  current: number | null;
  status: Criterion['status'];
}> = {
  name: 'a criterion agreed with more than 14 days to go',
  params: fc.record({
    daysToGo: fc.integer({ min: 15, max: 80 }),
    metric: fc.constantFrom(
      { metric: 'weekly_active_users', direction: 'increase' as const },
      { metric: 'logins_7d', direction: 'increase' as const },
      { metric: 'days_to_first_value', direction: 'decrease' as const },
      { metric: 'cycle_time_hours', direction: 'decrease' as const },
      { metric: 'nps', direction: 'increase' as const },
    ),
    baseline: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    gap: fc.integer({ min: 1, max: 30 }),
    current: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    status: fc.constantFrom('in_progress' as const, 'not_started' as const),
  }),
  apply: (onboarding, now, { daysToGo, metric, baseline, gap, current, status }) => {
    const today = toCalendarDate(now);
    const from = baseline ?? (metric.direction === 'increase' ? 0 : 40);
    const criterion: Criterion = {
      id: 'agreed-now',
      name: 'Agreed now',
      metric: metric.metric,
      unit: null,
      direction: metric.direction,
      baseline,
      target: Math.max(0, metric.direction === 'increase' ? from + gap : from - gap),
      current,
      agreedAt: today,
      dueDate: today + daysToGo * DAY_MS,
      status,
      achievedAt: null,
      source: 'customer',
      ownerContactId: null,
      handedOffTarget: null,
      baselineDate: null,
      baselineEvidence: null,
      currentAt: null,
      promiseKept: null,
    };
    return { ...onboarding, criteria: [...onboarding.criteria, criterion] };
  },
};

/** Milestones the engine reads as pending now (not done by a person or by its rule, not skipped, not yet due). */
const openMilestoneIndexes = (before: Assessment) =>
  before.milestones.flatMap((m, i) => (m.status === 'pending' ? [i] : []));
const milestoneDoneOnTime: GoodAction<{ index: number }> = {
  name: 'a milestone done on time',
  params: fc.record({ index: fc.nat() }),
  apply: (onboarding, now, { index }, before) => {
    const chosen = pick(openMilestoneIndexes(before), index);
    if (chosen === undefined) return onboarding;
    const milestones = onboarding.milestones.map((m, i) =>
      i === chosen ? { ...m, completedAt: now, manual: 'done' as const } : m,
    );
    return { ...onboarding, milestones };
  },
};
/** Adds a pending milestone due in 5 days when the engine reads none as pending. */
const withOpenMilestone = ({ onboarding, now }: OnboardingCase): OnboardingCase =>
  openMilestoneIndexes(evaluateOnboarding(onboarding, now)).length > 0
    ? { onboarding, now }
    : {
        now,
        onboarding: {
          ...onboarding,
          milestones: [
            ...onboarding.milestones,
            {
              id: 'open',
              name: 'Open milestone',
              kind: 'custom',
              dueDate: toCalendarDate(now) + 5 * DAY_MS,
              completedAt: null,
              skipped: false,
              skipReason: null,
              owner: null,
              completesWhen: null,
              manual: null,
              checklist: [],
              notes: null,
            },
          ],
        },
      };

const reply: GoodAction<{ kind: 'email' | 'call' | 'meeting'; contactId: string | null }> = {
  name: 'a reply now',
  params: fc.record({
    kind: fc.constantFrom('email' as const, 'call' as const, 'meeting' as const),
    contactId: fc.option(fc.constantFrom('c1', 'c2', 'c3'), { nil: null }),
  }),
  apply: (onboarding, now, { kind, contactId }) => {
    const engagement = {
      at: now,
      type: kind,
      direction: kind === 'email' ? ('inbound' as const) : ('outbound' as const),
      connected: true,
      contactId,
    };
    return activityWith(onboarding, { engagements: [...onboarding.activity.engagements, engagement] });
  },
};

const isOpenTicket = (t: Onboarding['activity']['tickets'][number], now: Instant) =>
  t.openedAt <= now && (t.closedAt === null || t.closedAt > now);
const ticketClosed: GoodAction<{ index: number }> = {
  name: 'a ticket closed now',
  params: fc.record({ index: fc.nat() }),
  apply: (onboarding, now, { index }) => {
    const chosen = pick(
      onboarding.activity.tickets.filter((t) => isOpenTicket(t, now)),
      index,
    );
    if (chosen === undefined) return onboarding;
    const tickets = onboarding.activity.tickets.map((t) => (t === chosen ? { ...t, closedAt: now } : t));
    return activityWith(onboarding, { tickets });
  },
};
const withOpenTicket = ({ onboarding, now }: OnboardingCase): OnboardingCase =>
  onboarding.activity.tickets.some((t) => isOpenTicket(t, now))
    ? { onboarding, now }
    : {
        now,
        onboarding: activityWith(onboarding, {
          tickets: [
            ...onboarding.activity.tickets,
            { id: 'open', openedAt: now - 9 * DAY_MS, closedAt: null, priority: 'urgent', category: 'sso' },
          ],
        }),
      };

/** First-week steps the engine reads as not done now (by a person or by its rule). */
const openStepIndexes = (before: Assessment) => before.firstWeekSteps.flatMap((step, i) => (step.done ? [] : [i]));
const stepDone: GoodAction<{ index: number }> = {
  name: 'a first-week step done now',
  params: fc.record({ index: fc.nat() }),
  apply: (onboarding, now, { index }, before) => {
    const chosen = pick(openStepIndexes(before), index);
    if (chosen === undefined) return onboarding;
    const firstWeekSteps = onboarding.firstWeekSteps.map((s, i) =>
      i === chosen ? { ...s, doneAt: now, manual: 'done' as const } : s,
    );
    return { ...onboarding, firstWeekSteps };
  },
};
/** Adds a step nobody did when the engine reads every step as done. */
const withOpenStep = ({ onboarding, now }: OnboardingCase): OnboardingCase =>
  openStepIndexes(evaluateOnboarding(onboarding, now)).length > 0
    ? { onboarding, now }
    : {
        now,
        onboarding: {
          ...onboarding,
          firstWeekSteps: [
            ...onboarding.firstWeekSteps,
            { id: 'open', name: 'Open step', doneAt: null, completesWhen: null, manual: null },
          ],
        },
      };

const riskRank = (assessment: Assessment) => riskLevels.indexOf(assessment.riskLevel);

/** Runs the action over `runs` generated onboardings; returns what the generator covered. */
function checkNeverWorse<P>(
  action: GoodAction<P>,
  prepare: (c: OnboardingCase) => OnboardingCase = (c) => c,
): { phases: Set<Phase>; types: Set<SignalType> } {
  const seenPhases = new Set<Phase>();
  const seenTypes = new Set<SignalType>();
  fc.assert(
    fc.property(createOnboardingCaseArb().map(prepare), action.params, ({ onboarding, now }, params) => {
      const before = evaluateOnboarding(onboarding, now);
      const after = evaluateOnboarding(action.apply(onboarding, now, params, before), now);
      seenPhases.add(before.phase);
      for (const signal of before.signals) seenTypes.add(signal.type);
      expect(after.healthScore).toBeGreaterThanOrEqual(before.healthScore);
      expect(riskRank(after)).toBeLessThanOrEqual(riskRank(before));
    }),
    { numRuns: runs },
  );
  return { phases: seenPhases, types: seenTypes };
}

const cases = [
  { name: login.name, check: () => checkNeverWorse(login) },
  { name: keyFeatureUse.name, check: () => checkNeverWorse(keyFeatureUse) },
  { name: criterionAgreed.name, check: () => checkNeverWorse(criterionAgreed) },
  { name: milestoneDoneOnTime.name, check: () => checkNeverWorse(milestoneDoneOnTime, withOpenMilestone) },
  { name: reply.name, check: () => checkNeverWorse(reply) },
  { name: ticketClosed.name, check: () => checkNeverWorse(ticketClosed, withOpenTicket) },
  { name: stepDone.name, check: () => checkNeverWorse(stepDone, withOpenStep) },
];

describe('doing the right thing never lowers the score or raises the risk', () => {
  it.each(cases)(
    '$name, over generated onboardings of every phase and signal',
    ({ check }) => {
      const covered = check();
      expect([...phases].filter((phase) => !covered.phases.has(phase))).toEqual([]);
      expect(expectedTypes.filter((type) => !covered.types.has(type))).toEqual([]);
    },
    30_000,
  );
});
