import type { Onboarding } from '@liftoff/shared/domain/index';
import { evaluateOnboarding, mergeThresholds } from '@liftoff/shared/engine/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { describe, expect, it } from 'vitest';
import {
  atDay,
  buildCriterion,
  buildFeatureUse,
  buildLogin,
  buildLogins,
  buildOnboarding,
  buildStakeholder,
  dateOfDay,
} from '../../support/build-onboarding.ts';

/** docs/PRODUCT.md §5 "Pace, not absolutes": each component scores 100 when on or ahead of pace. */

describe('the usage ramp', () => {
  /**
   * Usage at noon on `day`, with `logins7d` logins in the last 7 days (and one on day 3 when `earlyLogin`), and
   * uses of `features` on day 1 (named key features: reports, automations).
   */
  const usage = (
    day: number,
    { logins7d = 0, earlyLogin = false, features = [] as string[], keyFeatures = ['reports', 'automations'] } = {},
  ) => {
    const logins = [...buildLogins(logins7d, atDay(day)), ...(earlyLogin ? [buildLogin({ at: atDay(3) })] : [])];
    const featureUses = features.map((feature) => buildFeatureUse({ feature, at: atDay(1) }));
    const onboarding = buildOnboarding({
      keyFeatures,
      activity: { ...buildOnboarding().activity, logins, featureUses },
    });
    return evaluateOnboarding(onboarding, atDay(day)).components.usage;
  };

  it.each([
    { day: 0, at: {}, usage: 100, why: 'day 0 with nothing yet: on pace' },
    { day: 13, at: {}, usage: 100, why: 'the day before the first login is due' },
    { day: 14, at: {}, usage: 40, why: 'no login by day 14: the login part is lost' },
    { day: 14, at: { earlyLogin: true }, usage: 100, why: 'logged in once, no weekly logins expected yet' },
    { day: 15, at: { earlyLogin: true }, usage: 40, why: 'then logins are expected every week' },
    { day: 15, at: { logins7d: 1 }, usage: 100, why: 'one login this week at day 15' },
    { day: 29, at: { logins7d: 5 }, usage: 100, why: 'no key feature yet, not due before day 30' },
    { day: 30, at: { logins7d: 5 }, usage: 60, why: 'no key feature at day 30' },
    { day: 30, at: { logins7d: 2, features: ['reports'] }, usage: 100, why: '2 logins (≈1.7 expected), 1 feature' },
    { day: 45, at: { logins7d: 5, features: ['reports'] }, usage: 87, why: '1 of 1.5 expected key features' },
    { day: 60, at: { logins7d: 5, features: ['reports'] }, usage: 80, why: 'every key feature expected by day 60' },
    { day: 60, at: { logins7d: 4, features: ['reports', 'automations'] }, usage: 88, why: '4 of 5 expected logins' },
    { day: 90, at: { logins7d: 5, features: ['reports', 'automations'] }, usage: 100, why: 'full use after the ramp' },
    {
      day: 60,
      at: { logins7d: 5, features: ['settings'], keyFeatures: [] },
      usage: 100,
      why: 'any feature when none named',
    },
  ])('day $day: $why → $usage', ({ day, at, usage: expected }) => {
    expect(usage(day, at)).toBe(expected);
  });

  it('follows the portal’s first-login day and target logins', () => {
    const onboarding = buildOnboarding({
      activity: { ...buildOnboarding().activity, logins: [buildLogin({ at: atDay(3) })] },
    });
    const thresholds = mergeThresholds({ noFirstLogin: { fromDay: 21 }, health: { targetLogins7d: 10 } });
    expect(evaluateOnboarding(buildOnboarding(), atDay(20), thresholds).components.usage).toBe(100);
    expect(evaluateOnboarding(buildOnboarding(), atDay(21), thresholds).components.usage).toBe(40);
    expect(evaluateOnboarding(onboarding, atDay(21), thresholds).components.usage).toBe(100);
  });
});

describe('the criteria component against each criterion’s pace', () => {
  // Evaluated at day 30, criteria from 0 to 10.
  it.each([
    { agreed: null, due: 60, current: 5, value: 100, why: 'half way at half time since the start' },
    { agreed: null, due: 60, current: 2, value: 40, why: '20 % where 50 % is expected' },
    { agreed: 30, due: 60, current: 0, value: 100, why: 'agreed today: nothing expected yet' },
    { agreed: 20, due: 60, current: 1, value: 40, why: '10 % where 25 % is expected' },
    { agreed: 20, due: 60, current: 3, value: 100, why: 'ahead of pace, capped at 1' },
    { agreed: null, due: 20, current: 5, value: 50, why: 'past due: all of it expected' },
    { agreed: 40, due: 60, current: 0, value: 100, why: 'agreement dated later than today' },
  ])('$why → $value', ({ agreed, due, current, value }) => {
    const criterion = buildCriterion({
      current,
      agreedAt: agreed === null ? null : dateOfDay(agreed),
      dueDate: dateOfDay(due),
    });
    expect(evaluateOnboarding(buildOnboarding({ criteria: [criterion] }), atDay(30)).components.criteria).toBe(value);
  });

  it('judges a decrease criterion as it falls', () => {
    const criterion = (current: number) =>
      buildCriterion({ metric: 'cycle_time_hours', direction: 'decrease', baseline: 48, target: 24, current });
    const score = (current: number) =>
      evaluateOnboarding(buildOnboarding({ criteria: [criterion(current)] }), atDay(30)).components.criteria;
    expect([score(48), score(42), score(36), score(24)]).toEqual([0, 50, 100, 100]);
  });
});

describe('the counter-examples of "the engine judges fairly"', () => {
  /** Everything on track at day 0: the three circles engaged, nothing due, nothing open. */
  const dayZero = (overrides: Partial<Onboarding> = {}): Onboarding =>
    buildOnboarding({
      stakeholders: (['economic_decision_maker', 'end_user', 'technical_influencer'] as const).map((role) =>
        buildStakeholder({
          contactId: role,
          roles: role === 'economic_decision_maker' ? [role, 'validation_owner'] : [role],
          lastEngagedAt: atDay(0) - DAY_MS / 4,
        }),
      ),
      ...overrides,
    });

  it('one login on day 0 keeps health at 100 and risk low', () => {
    const before = evaluateOnboarding(dayZero(), atDay(0));
    const after = evaluateOnboarding(
      dayZero({ activity: { ...buildOnboarding().activity, logins: [buildLogin({ at: atDay(0) - 60_000 })] } }),
      atDay(0),
    );
    expect(before).toMatchObject({ healthScore: 100, riskLevel: 'low' });
    expect(after).toMatchObject({ healthScore: 100, riskLevel: 'low' });
  });

  it('agreeing a third criterion on day 4 keeps health', () => {
    const agreed = [1, 2].map((i) => buildCriterion({ id: `c${i}`, current: 1, agreedAt: dateOfDay(0) }));
    const third = buildCriterion({ id: 'c3', current: 0, agreedAt: dateOfDay(4) });
    const before = evaluateOnboarding(dayZero({ criteria: agreed }), atDay(4));
    const after = evaluateOnboarding(dayZero({ criteria: [...agreed, third] }), atDay(4));
    expect(before.healthScore).toBe(100);
    expect(after.healthScore).toBe(100);
    expect(after.riskLevel).toBe('low');
  });

  it('"5 weekly active users" with 10 active users is achieved, not at 0 %', () => {
    const criterion = buildCriterion({ name: '5 weekly active users', target: 5, current: null });
    const activity = { ...buildOnboarding().activity, logins: buildLogins(10, atDay(20)) };
    const assessment = evaluateOnboarding(buildOnboarding({ criteria: [criterion], activity }), atDay(20));
    expect(assessment.criteria[0]).toMatchObject({
      current: 10,
      currentSource: 'data',
      progress: 1,
      achievedAt: atDay(20),
    });
    expect(assessment).toMatchObject({ criteriaMet: 1, criteriaTotal: 1 });
    expect(assessment.components.criteria).toBe(100);
  });

  it('a decrease criterion (cycle time 48 → 24 hours) progresses as it falls', () => {
    const progress = (current: number) =>
      evaluateOnboarding(
        buildOnboarding({
          criteria: [
            buildCriterion({ metric: 'cycle_time_hours', direction: 'decrease', baseline: 48, target: 24, current }),
          ],
        }),
        atDay(30),
      ).criteria[0]?.progress;
    expect([48, 42, 36, 30, 24].map(progress)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
