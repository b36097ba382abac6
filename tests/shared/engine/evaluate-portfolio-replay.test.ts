import { describe, expect, it } from 'vitest';
import type { Onboarding, ReplayRange } from '@liftoff/shared/domain/index';
import { evaluatePortfolioReplay } from '@liftoff/shared/engine/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import {
  START,
  atDay,
  buildCriterion,
  buildEngagement,
  buildFeatureUse,
  buildLogin,
  buildOnboarding,
  buildStakeholder,
  buildTicket,
  dateOfDay,
} from '../../support/build-onboarding.ts';

/** The instant the replay evaluates day `n` at: its last millisecond. */
const endOfDay = (n: number) => dateOfDay(n) + DAY_MS - 1;

/** Days `from` to `to` of an onboarding started at START, both included. */
const days = (from: number, to: number): ReplayRange => ({ from: dateOfDay(from), to: dateOfDay(to) });

const horizon = 120;

/**
 * An onboarding that raises no signal at any day-end up to `horizon`, with every input dated: three criteria on a
 * metric Liftoff computes, agreed at the start and due after the horizon; two stakeholders tagged at the start
 * covering two circles and a validation owner, met every 10 days; logins every other day and a key feature used.
 * Each test breaks one thing.
 */
function buildQuietOnboarding(overrides: Partial<Onboarding> = {}): Onboarding {
  const meetings = Array.from({ length: horizon / 10 + 1 }, (_, i) =>
    ['edm', 'eu'].map((contactId) =>
      buildEngagement({ at: atDay(i * 10), type: 'meeting', direction: 'inbound', contactId }),
    ),
  ).flat();
  return buildOnboarding({
    criteria: [1, 2, 3].map((i) =>
      buildCriterion({
        id: `c${i}`,
        name: `Criterion ${i}`,
        current: null,
        baseline: null,
        agreedAt: START,
        dueDate: dateOfDay(horizon + 60),
      }),
    ),
    stakeholders: [
      buildStakeholder({
        contactId: 'edm',
        roles: ['economic_decision_maker', 'validation_owner'],
        taggedAt: START,
        lastEngagedAt: atDay(horizon),
      }),
      buildStakeholder({ contactId: 'eu', roles: ['end_user'], taggedAt: START, lastEngagedAt: atDay(horizon) }),
    ],
    activity: {
      logins: Array.from({ length: horizon / 2 }, (_, i) => buildLogin({ at: atDay(i * 2 + 1), userId: `u${i % 2}` })),
      featureUses: [buildFeatureUse({ at: atDay(1) })],
      engagements: meetings,
      tickets: [],
    },
    ...overrides,
  });
}

const withoutUsage = (onboarding: Onboarding): Onboarding => ({
  ...onboarding,
  activity: { ...onboarding.activity, logins: [], featureUses: [] },
});

describe('evaluatePortfolioReplay', () => {
  it('raises nothing, day after day, on the quiet onboarding every other test breaks', () => {
    const replay = evaluatePortfolioReplay([buildQuietOnboarding()], days(0, horizon));
    expect(replay.notReplayable).toEqual([]);
    expect(replay.bySignal.every((row) => row.accounts === 0)).toBe(true);
  });

  it('dates a churn’s no_first_login at the end of day 14 and counts whole days from then to the close', () => {
    const churn = withoutUsage(
      buildQuietOnboarding({
        companyId: 'churn',
        status: 'churned',
        closedAt: atDay(40),
        outcomeReason: 'no_adoption',
      }),
    );
    const replay = evaluatePortfolioReplay([churn], days(0, 59));
    expect(replay.churned).toEqual([
      {
        companyId: 'churn',
        closedAt: atDay(40),
        // From 23:59:59.999 on day 14 to noon on day 40: 25.5 days, rounded down.
        signals: [{ type: 'no_first_login', firstDetectedAt: endOfDay(14), leadDays: 25 }],
      },
    ]);
    expect(replay.bySignal.find((row) => row.type === 'no_first_login')).toEqual({
      type: 'no_first_login',
      accounts: 1,
      churned: 1,
      medianLeadDays: 25,
    });
    expect(replay.unwarned).toEqual({ churned: [], count: 0 });
  });

  it('reports a churn no signal warned about as unwarned', () => {
    const quietChurn = buildQuietOnboarding({ companyId: 'quiet', status: 'churned', closedAt: atDay(40) });
    const replay = evaluatePortfolioReplay([quietChurn], days(0, 59));
    expect(replay.churned).toEqual([{ companyId: 'quiet', closedAt: atDay(40), signals: [] }]);
    expect(replay.unwarned).toEqual({ churned: ['quiet'], count: 1 });
  });

  it('reads activity only up to each day-end: a first login on day 20 leaves no_first_login dated day 14', () => {
    const churn = buildQuietOnboarding({
      companyId: 'churn',
      status: 'churned',
      closedAt: atDay(40),
      activity: {
        ...buildQuietOnboarding().activity,
        logins: [buildLogin({ at: atDay(20) })],
        featureUses: [buildFeatureUse({ at: atDay(20) })],
      },
    });
    const [churned] = evaluatePortfolioReplay([churn], days(0, 59)).churned;
    // No login in the 7 days up to the end of day 30 (the only one was on day 20): low_activation from then.
    expect(churned?.signals).toEqual([
      { type: 'no_first_login', firstDetectedAt: endOfDay(14), leadDays: 25 },
      { type: 'low_activation', firstDetectedAt: endOfDay(30), leadDays: 9 },
    ]);
  });

  it('counts a completed onboarding that had a signal among the accounts, not the churned', () => {
    const completed = buildQuietOnboarding({
      companyId: 'done',
      status: 'completed',
      closedAt: atDay(95),
      activity: {
        ...buildQuietOnboarding().activity,
        // Three tickets open from day 10 to day 20: unresolved_tickets holds from the end of day 10.
        tickets: ['t1', 't2', 't3'].map((id) => buildTicket({ id, openedAt: atDay(10), closedAt: atDay(20) })),
      },
    });
    const replay = evaluatePortfolioReplay([completed], days(0, horizon));
    expect(replay.churned).toEqual([]);
    expect(replay.bySignal.find((row) => row.type === 'unresolved_tickets')).toEqual({
      type: 'unresolved_tickets',
      accounts: 1,
      churned: 0,
      medianLeadDays: null,
    });
  });

  it('takes the median of the churned accounts’ lead days, halfway between the middle two', () => {
    const churns = [40, 45].map((closeDay) =>
      withoutUsage(buildQuietOnboarding({ companyId: `c${closeDay}`, status: 'churned', closedAt: atDay(closeDay) })),
    );
    const replay = evaluatePortfolioReplay(churns, days(0, 59));
    expect(replay.churned.map((c) => c.signals.map((s) => s.leadDays))).toEqual([[25], [30]]);
    expect(replay.bySignal.find((row) => row.type === 'no_first_login')).toMatchObject({
      accounts: 2,
      churned: 2,
      medianLeadDays: 27.5,
    });
  });

  it.each([
    {
      gap: 'a stakeholder without taggedAt',
      broken: { stakeholders: [buildStakeholder({ contactId: 'eu', roles: ['end_user'], taggedAt: null })] },
      notReplayable: ['single_threaded', 'no_validation_owner'],
      why: /taggedAt/,
    },
    {
      gap: 'a criterion without agreedAt',
      broken: { criteria: [buildCriterion({ current: null, baseline: null, agreedAt: null })] },
      notReplayable: ['no_criteria', 'too_many_criteria', 'criterion_at_risk', 'no_baseline'],
      why: /agreedAt/,
    },
    {
      gap: 'a skipped milestone',
      broken: {
        milestones: [
          {
            id: 'm1',
            name: 'Kickoff',
            kind: 'kickoff' as const,
            dueDate: dateOfDay(3),
            completedAt: null,
            skipped: true,
            skipReason: 'met at the closing',
            owner: null,
            completesWhen: null,
            manual: null,
            checklist: [],
            notes: null,
          },
        ],
      },
      notReplayable: ['milestone_overdue'],
      why: /skipped/,
    },
  ])('gives no lead time to the signals whose inputs have no history: $gap', ({ broken, notReplayable, why }) => {
    const churn = buildQuietOnboarding({ companyId: 'churn', status: 'churned', closedAt: atDay(40), ...broken });
    const replay = evaluatePortfolioReplay([churn, buildQuietOnboarding({ companyId: 'other' })], days(0, 59));
    expect(replay.notReplayable.map((n) => n.type)).toEqual(notReplayable);
    for (const { why: text } of replay.notReplayable) expect(text).toMatch(why);
    expect(replay.notReplayable[0]?.why).toMatch(/\(1 of 2 onboardings replayed\)$/);
    const replayedTypes = [
      ...replay.bySignal.map((row) => row.type),
      ...replay.churned.flatMap((c) => c.signals.map((s) => s.type)),
    ];
    expect(replayedTypes.filter((type) => notReplayable.includes(type))).toEqual([]);
  });

  it.each([
    { input: 'criteria only from their agreedAt', broken: { agreedAt: dateOfDay(10) }, type: 'no_criteria', day: 7 },
    {
      input: 'roles only from their taggedAt',
      broken: { taggedAt: dateOfDay(20) },
      type: 'no_validation_owner',
      day: 7,
    },
  ])('reads $input: $type holds from the end of day $day until then', ({ broken, type, day }) => {
    const base = buildQuietOnboarding();
    const churn = buildQuietOnboarding({
      companyId: 'churn',
      status: 'churned',
      closedAt: atDay(40),
      ...('agreedAt' in broken
        ? { criteria: base.criteria.map((c) => ({ ...c, ...broken })) }
        : { stakeholders: base.stakeholders.map((s) => ({ ...s, ...broken })) }),
    });
    const [churned] = evaluatePortfolioReplay([churn], days(0, 59)).churned;
    expect(churned?.signals.find((s) => s.type === type)?.firstDetectedAt).toBe(endOfDay(day));
  });

  it.each([
    { range: days(0, 39), inChurned: false, why: 'closed after the range' },
    { range: days(41, 59), inChurned: false, why: 'closed before the range' },
    { range: days(0, 40), inChurned: true, why: 'closed on the range’s last day' },
    { range: days(20, 59), inChurned: true, why: 'closed inside the range' },
  ])(
    'lists a churn closed at noon on day 40 in churned=$inChurned for days $range.from..: $why',
    ({ range, inChurned }) => {
      const churn = withoutUsage(buildQuietOnboarding({ companyId: 'churn', status: 'churned', closedAt: atDay(40) }));
      const replay = evaluatePortfolioReplay([churn], range);
      expect(replay.churned.map((c) => c.companyId)).toEqual(inChurned ? ['churn'] : []);
    },
  );

  it('dates a signal already holding at the first day-end of the range then: the lead time is a lower bound', () => {
    const churn = withoutUsage(buildQuietOnboarding({ companyId: 'churn', status: 'churned', closedAt: atDay(40) }));
    const [churned] = evaluatePortfolioReplay([churn], days(20, 59)).churned;
    expect(churned?.signals).toEqual([{ type: 'no_first_login', firstDetectedAt: endOfDay(20), leadDays: 19 }]);
  });

  it('cannot follow a closed onboarding without closedAt, nor a churn with no day-end of the range before its close', () => {
    const replay = evaluatePortfolioReplay(
      [
        buildQuietOnboarding({ companyId: 'undated', status: 'abandoned', closedAt: null }),
        buildQuietOnboarding({ companyId: 'same-day', status: 'churned', closedAt: atDay(40) }),
      ],
      days(40, 59),
    );
    expect(replay.notReplayed).toEqual([
      { companyId: 'undated', why: 'abandoned without a closedAt: how long it was in progress is unknown' },
      {
        companyId: 'same-day',
        why: 'churned before the end of its first day in the range: no day-end precedes the close',
      },
    ]);
    expect(replay.churned).toEqual([{ companyId: 'same-day', closedAt: atDay(40), signals: [] }]);
    expect(replay.unwarned).toEqual({ churned: [], count: 0 });
  });

  it('evaluates an onboarding only from its start date', () => {
    const later = withoutUsage(
      buildQuietOnboarding({ companyId: 'later', startDate: dateOfDay(30), status: 'churned', closedAt: atDay(70) }),
    );
    const [churned] = evaluatePortfolioReplay([later], days(0, 89)).churned;
    // Day 14 of an onboarding started on day 30 is day 44.
    expect(churned?.signals).toEqual([{ type: 'no_first_login', firstDetectedAt: endOfDay(44), leadDays: 25 }]);
  });
});
