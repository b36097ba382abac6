import type { Criterion, CriterionAssessment, Onboarding } from '@liftoff/shared/domain/index';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { describe, expect, it } from 'vitest';
import {
  atDay,
  buildCriterion,
  buildLogin,
  buildLogins,
  buildOnboarding,
  dateOfDay,
} from '../../support/build-onboarding.ts';
import { findSignal } from './signals/find-signal.ts';

/** The one criterion's assessment at noon on `day`. */
const judge = (criterion: Partial<Criterion>, day = 30, overrides: Partial<Onboarding> = {}): CriterionAssessment => {
  const onboarding = buildOnboarding({ criteria: [buildCriterion(criterion)], ...overrides });
  const [assessment] = evaluateOnboarding(onboarding, atDay(day)).criteria;
  if (assessment === undefined) throw new Error('no criterion assessed');
  return assessment;
};
const withLogins = (logins: Onboarding['activity']['logins']): Partial<Onboarding> => ({
  activity: { ...buildOnboarding().activity, logins },
});

describe('a criterion bound to a computed metric', () => {
  it('"5 weekly active users" with 10 active users this week is achieved, not at 0 %', () => {
    const assessment = judge(
      { name: '5 weekly active users', target: 5, current: null },
      30,
      withLogins(buildLogins(10, atDay(30))),
    );
    expect(assessment).toEqual({
      id: 'c1',
      current: 10,
      currentSource: 'data',
      baseline: 0,
      progress: 1,
      expectedProgress: 0.5,
      achievedAt: atDay(30),
    });
  });

  it('keeps a current value a person entered (manual), even for a computed metric', () => {
    expect(judge({ current: 3 }, 30, withLogins(buildLogins(10, atDay(30))))).toMatchObject({
      current: 3,
      currentSource: 'manual',
      progress: 0.3,
    });
  });

  it('reads a metric Liftoff does not compute as manual, without a current value when none is given', () => {
    expect(judge({ metric: 'automations_live', current: null })).toMatchObject({
      current: null,
      currentSource: 'manual',
      progress: 0,
    });
  });

  // Logins by u0…u3 on day 2, and by u4…u9 on day 11: 4 weekly active users at day 4, 6 at day 14, 0 at day 30.
  const logins = [
    ...buildLogins(4, atDay(2)),
    ...buildLogins(6, atDay(11)).map((l) => ({ ...l, userId: `v${l.userId}` })),
  ];

  it.each([
    { agreed: null, day: 14, baseline: 0, why: 'no agreement date: its value at the start' },
    { agreed: 4, day: 14, baseline: 4, why: 'its value at the start of the agreement date' },
    { agreed: -10, day: 14, baseline: 0, why: 'agreed before the start: its value at the start' },
    { agreed: 20, day: 14, baseline: 6, why: 'agreed after now: its value now' },
  ])('takes an absent baseline from the data: $why', ({ agreed, day, baseline }) => {
    const agreedAt = agreed === null ? null : dateOfDay(agreed);
    expect(judge({ baseline: null, current: null, agreedAt }, day, withLogins(logins))).toMatchObject({
      baseline,
      current: 6,
    });
  });

  it('keeps a baseline a person entered', () => {
    expect(judge({ baseline: 2, current: null, agreedAt: dateOfDay(4) }, 14, withLogins(logins))).toMatchObject({
      baseline: 2,
    });
  });

  it('leaves the baseline of a metric a person enters absent', () => {
    expect(judge({ metric: 'nps', baseline: null })).toMatchObject({ baseline: null });
  });

  it('never lacks a baseline for no_baseline: the data gives it', () => {
    const criteria = [buildCriterion({ baseline: null }), buildCriterion({ id: 'c2', metric: 'days_to_first_value' })];
    expect(findSignal(buildOnboarding({ criteria }), 20, 'no_baseline')).toBeUndefined();
  });

  it('counts days to first value from the start, and achieves a decrease target once reached', () => {
    const criterion = {
      metric: 'days_to_first_value',
      direction: 'decrease' as const,
      baseline: null,
      target: 14,
      current: null,
    };
    expect(judge(criterion, 10)).toMatchObject({ current: null, currentSource: 'data', progress: 0, achievedAt: null });
    const used = {
      activity: { ...buildOnboarding().activity, featureUses: [{ at: atDay(9), userId: 'u1', feature: 'reports' }] },
    };
    expect(judge(criterion, 10, used)).toMatchObject({ current: 9, progress: 1, achievedAt: atDay(10) });
  });
});

describe('direction-aware progress', () => {
  it.each([
    { current: 48, progress: 0 },
    { current: 42, progress: 0.25 },
    { current: 36, progress: 0.5 },
    { current: 24, progress: 1 },
    { current: 20, progress: 1 },
    { current: 55, progress: 0 },
  ])('cycle time 48 → 24 hours at $current → $progress', ({ current, progress }) => {
    const criterion = { metric: 'cycle_time_hours', direction: 'decrease' as const, baseline: 48, target: 24, current };
    expect(judge(criterion).progress).toBe(progress);
  });

  it('reads a target below the baseline as a decrease, whatever the (defaulted) direction says', () => {
    // HubSpot's criterion object does not carry the direction: its readers default it to `increase`.
    const criterion = {
      metric: 'cycle_time_hours',
      direction: 'increase' as const,
      baseline: 48,
      target: 24,
      current: 36,
    };
    expect(judge(criterion)).toMatchObject({ progress: 0.5, achievedAt: null });
  });

  it('uses the direction when there is no baseline', () => {
    const criterion = { metric: 'tickets_per_week', direction: 'decrease' as const, baseline: null, target: 3 };
    expect(judge({ ...criterion, current: 5 })).toMatchObject({ progress: 0, achievedAt: null });
    expect(judge({ ...criterion, current: 3 })).toMatchObject({ progress: 1, achievedAt: atDay(30) });
  });
});

describe('latched achievement', () => {
  it.each([
    {
      criterion: { current: 4, achievedAt: atDay(20) },
      achievedAt: atDay(20),
      why: 'kept once reached, even after a dip',
    },
    { criterion: { current: 10 }, achievedAt: atDay(30), why: 'now when the target is reached now' },
    { criterion: { current: 9 }, achievedAt: null, why: 'null while not reached' },
    { criterion: { current: 4, achievedAt: atDay(31) }, achievedAt: null, why: 'a later achievement is not known yet' },
    {
      criterion: { current: 10, status: 'missed' as const },
      achievedAt: null,
      why: 'not set anew over a person’s missed',
    },
    { criterion: { current: 10, status: 'retired' as const }, achievedAt: null, why: 'not set anew for a retired one' },
  ])('$why', ({ criterion, achievedAt }) => {
    expect(judge(criterion).achievedAt).toBe(achievedAt);
  });

  it('counts achieved criteria (a person’s status, latched or reached now) out of those not retired', () => {
    const criteria = [
      buildCriterion({ id: 'status', status: 'achieved', current: 0 }),
      buildCriterion({ id: 'latched', current: 2, achievedAt: atDay(12) }),
      buildCriterion({ id: 'now', current: 10 }),
      buildCriterion({ id: 'open', current: 5 }),
      buildCriterion({ id: 'retired', status: 'retired', current: 10, achievedAt: atDay(5) }),
    ];
    const assessment = evaluateOnboarding(buildOnboarding({ criteria }), atDay(30));
    expect(assessment).toMatchObject({ criteriaMet: 3, criteriaTotal: 4 });
    expect(assessment.criteria.map((c) => c.id)).toEqual(['status', 'latched', 'now', 'open', 'retired']);
  });

  it('scores a latched criterion 1 in the criteria component after its metric dips', () => {
    const criteria = [buildCriterion({ current: 1, achievedAt: atDay(20) })];
    expect(evaluateOnboarding(buildOnboarding({ criteria }), atDay(30)).components.criteria).toBe(100);
  });
});

describe('a retired criterion counts nowhere', () => {
  const retired = (i: number) => buildCriterion({ id: `r${i}`, name: `R${i}`, status: 'retired', baseline: null });
  const active = (i: number) => buildCriterion({ id: `a${i}`, name: `A${i}` });

  it('does not make the plan measurable (no_criteria)', () => {
    expect(
      findSignal(buildOnboarding({ criteria: [active(1), active(2), retired(3)] }), 10, 'no_criteria'),
    ).toBeDefined();
  });

  it('does not crowd the plan (too_many_criteria)', () => {
    const criteria = [1, 2, 3, 4, 5].map(active).concat([retired(6), retired(7)]);
    expect(findSignal(buildOnboarding({ criteria }), 10, 'too_many_criteria')).toBeUndefined();
  });

  it('needs no baseline (no_baseline)', () => {
    const criteria = [{ ...retired(1), metric: 'nps' }];
    expect(findSignal(buildOnboarding({ criteria }), 20, 'no_baseline')).toBeUndefined();
  });

  it('is never at risk (criterion_at_risk), even past its due date', () => {
    const criteria = [{ ...retired(1), dueDate: dateOfDay(10) }];
    expect(findSignal(buildOnboarding({ criteria }), 30, 'criterion_at_risk')).toBeUndefined();
  });

  it('is left out of the criteria component', () => {
    const criteria = [{ ...retired(1), current: 0 }];
    expect(evaluateOnboarding(buildOnboarding({ criteria }), atDay(30)).components.criteria).toBeNull();
  });
});

describe('expected progress', () => {
  it.each([
    { agreed: null, due: 60, day: 30, expected: 0.5, why: 'from the start date without an agreement date' },
    { agreed: 10, due: 60, day: 35, expected: 0.5, why: 'from the agreement date' },
    { agreed: 30, due: 60, day: 30, expected: 0, why: 'nothing on the agreement day' },
    { agreed: null, due: 20, day: 30, expected: 1, why: 'all of it past the due date' },
    { agreed: null, due: null, day: 30, expected: null, why: 'null without a due date' },
  ])('$why → $expected', ({ agreed, due, day, expected }) => {
    const criterion = {
      agreedAt: agreed === null ? null : dateOfDay(agreed),
      dueDate: due === null ? null : dateOfDay(due),
    };
    expect(judge(criterion, day).expectedProgress).toBe(expected);
  });

  it('ignores logins after now in the computed current (replay)', () => {
    const later = withLogins([buildLogin({ at: atDay(30) + DAY_MS })]);
    expect(judge({ current: null }, 30, later).current).toBe(0);
  });
});
