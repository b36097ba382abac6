import type { Onboarding } from '@liftoff/shared/domain/index';
import { evaluateCohorts, evaluateOnboarding } from '@liftoff/shared/engine/index';
import type { CohortMember } from '@liftoff/shared/engine/index';
import { describe, expect, it } from 'vitest';
import {
  atDay,
  buildFeatureUse,
  buildFirstWeekStep,
  buildLogin,
  buildOnboarding,
  date,
} from '../../support/build-onboarding.ts';

/** A login on `loginDay` and a use of `feature` on `featureDay` (none when null). */
const activity = (loginDay: number | null, featureDay: number | null, feature = 'reports') => ({
  ...buildOnboarding().activity,
  logins: loginDay === null ? [] : [buildLogin({ at: atDay(loginDay) })],
  featureUses: featureDay === null ? [] : [buildFeatureUse({ at: atDay(featureDay), feature })],
});

describe('activation', () => {
  const activated = (overrides: Partial<Onboarding>, day = 40) =>
    evaluateOnboarding(buildOnboarding(overrides), atDay(day)).activation;

  it.each([
    {
      loginDay: 3,
      featureDay: 5,
      activation: { activated: true, day: 5 },
      why: 'activated the day the key feature is first used',
    },
    {
      loginDay: 9,
      featureDay: 5,
      activation: { activated: true, day: 9 },
      why: 'activated on the first login when a feature use came first',
    },
    {
      loginDay: null,
      featureDay: 5,
      activation: { activated: false, day: null },
      why: 'not activated without a login',
    },
    {
      loginDay: 3,
      featureDay: null,
      activation: { activated: false, day: null },
      why: 'not activated without a key feature use',
    },
  ])('$why', ({ loginDay, featureDay, activation }) => {
    expect(activated({ activity: activity(loginDay, featureDay) })).toEqual(activation);
  });

  it('does not count a feature outside the key features', () => {
    expect(activated({ activity: activity(3, 5, 'settings') })).toEqual({ activated: false, day: null });
  });

  it('counts any feature when the plan names no key feature', () => {
    expect(activated({ keyFeatures: [], activity: activity(3, 5, 'settings') })).toEqual({ activated: true, day: 5 });
  });

  it('waits for every first-week step to be done', () => {
    const steps = [
      buildFirstWeekStep({ id: 'a', doneAt: atDay(2) }),
      buildFirstWeekStep({ id: 'b', doneAt: atDay(12) }),
    ];
    expect(activated({ firstWeekSteps: steps, activity: activity(3, 5) })).toEqual({ activated: true, day: 12 });
    const pending = [steps[0]!, buildFirstWeekStep({ id: 'b', doneAt: null })];
    expect(activated({ firstWeekSteps: pending, activity: activity(3, 5) })).toEqual({ activated: false, day: null });
  });

  it('counts a step its rule completed, on the day the data proves it', () => {
    const steps = [buildFirstWeekStep({ completesWhen: { rule: 'key_feature_used', feature: 'imports' } })];
    const withImport = {
      ...activity(3, 5),
      featureUses: [...activity(3, 5).featureUses, buildFeatureUse({ at: atDay(12), feature: 'imports' })],
    };
    expect(activated({ firstWeekSteps: steps, activity: withImport })).toEqual({ activated: true, day: 12 });
    expect(activated({ firstWeekSteps: steps, activity: activity(3, 5) })).toEqual({ activated: false, day: null });
  });

  it('dates a ticked step by the person’s "done on" date, so a late tick does not move the activation day', () => {
    // Ticked on day 30, saying it was done on day 4: activation is day 5 (the first key-feature use).
    const steps = [buildFirstWeekStep({ manual: 'done', doneAt: atDay(4) })];
    expect(activated({ firstWeekSteps: steps, activity: activity(3, 5) })).toEqual({ activated: true, day: 5 });
  });

  it('counts a step done without a date, which dates nothing', () => {
    const steps = [buildFirstWeekStep({ manual: 'done', doneAt: null })];
    expect(activated({ firstWeekSteps: steps, activity: activity(3, 5) })).toEqual({ activated: true, day: 5 });
  });

  it('waits for a step a person marked not done, even when its rule holds', () => {
    const steps = [buildFirstWeekStep({ completesWhen: { rule: 'first_login' }, manual: 'not_done' })];
    expect(activated({ firstWeekSteps: steps, activity: activity(3, 5) })).toEqual({ activated: false, day: null });
  });

  it('is not activated yet when replaying a day before the activating event', () => {
    expect(activated({ activity: activity(3, 5) }, 4)).toEqual({ activated: false, day: null });
  });

  it('is unknown (null), not "not activated", without a usage source', () => {
    expect(activated({ usageTracked: false, activity: activity(3, 5) })).toEqual({ activated: null, day: null });
    expect(activated({ usageTracked: false, firstWeekSteps: [buildFirstWeekStep({ doneAt: atDay(2) })] })).toEqual({
      activated: null,
      day: null,
    });
  });
});

describe('evaluateCohorts', () => {
  const member = (start: string, day: number, activationDay: number | null, usageTracked = true): CohortMember => ({
    onboarding: { startDate: date(start), usageTracked },
    day,
    activation: { activated: usageTracked ? activationDay !== null : null, day: activationDay },
  });
  const count = (activated: number, eligible: number) => ({ activated, eligible });

  it('groups by start month, sorted ascending', () => {
    const cohorts = evaluateCohorts([
      member('2026-03-04', 10, null),
      member('2026-01-31', 70, 4),
      member('2026-03-20', 1, null),
    ]);
    expect(cohorts.map((c) => [c.cohort, c.size])).toEqual([
      ['2026-01', 1],
      ['2026-03', 2],
    ]);
  });

  it('rates activation at D among onboardings at least D days old', () => {
    const [cohort] = evaluateCohorts([
      member('2026-01-05', 95, 10),
      member('2026-01-06', 94, 45),
      member('2026-01-07', 93, null),
      member('2026-01-20', 65, 31),
      member('2026-01-25', 30, 30),
      member('2026-01-28', 29, 5),
    ]);
    expect(cohort).toEqual({
      cohort: '2026-01',
      size: 6,
      // d30: 5 onboardings ≥ 30 days old; activated by day 30: day 10 and day 30.
      // d60: 4 old enough; by day 60: 10, 45, 31. d90: 3 old enough; by day 90: 10, 45.
      activationRate: { d30: 2 / 5, d60: 3 / 4, d90: 2 / 3 },
      counts: { d30: count(2, 5), d60: count(3, 4), d90: count(2, 3) },
    });
  });

  it('is null at D when no onboarding of the cohort is D days old', () => {
    expect(evaluateCohorts([member('2026-02-01', 29, 3)])[0]?.activationRate).toEqual({
      d30: null,
      d60: null,
      d90: null,
    });
    expect(evaluateCohorts([member('2026-02-01', 30, 3)])[0]?.activationRate).toEqual({ d30: 1, d60: null, d90: null });
  });

  it('leaves onboardings whose activation is unknown out of the rates and counts but in the size', () => {
    const [cohort] = evaluateCohorts([member('2026-02-01', 40, null, false), member('2026-02-02', 40, 8)]);
    expect(cohort).toEqual({
      cohort: '2026-02',
      size: 2,
      activationRate: { d30: 1, d60: null, d90: null },
      counts: { d30: count(1, 1), d60: count(0, 0), d90: count(0, 0) },
    });
  });

  it('counts the onboardings assessed without a usage source in the size only', () => {
    const onboarding = buildOnboarding({ usageTracked: false, activity: activity(3, 5) });
    const assessment = evaluateOnboarding(onboarding, atDay(40));
    expect(assessment.activation).toEqual({ activated: null, day: null });
    const [cohort] = evaluateCohorts([{ onboarding, day: assessment.day, activation: assessment.activation }]);
    expect(cohort).toMatchObject({
      size: 1,
      activationRate: { d30: null, d60: null, d90: null },
      counts: { d30: count(0, 0), d60: count(0, 0), d90: count(0, 0) },
    });
  });

  it('returns no cohort for an empty portfolio', () => {
    expect(evaluateCohorts([])).toEqual([]);
  });
});
