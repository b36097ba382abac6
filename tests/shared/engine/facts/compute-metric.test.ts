import type { ActivitySnapshot } from '@liftoff/shared/domain/index';
import { computeMetric, parseComputedMetric } from '../../../../shared/src/engine/facts/compute-metric.ts';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { describe, expect, it } from 'vitest';
import { START, atDay, buildFeatureUse, buildLogin } from '../../../support/build-onboarding.ts';

const at = atDay(30);
const activity = (overrides: Partial<ActivitySnapshot> = {}): ActivitySnapshot => ({
  logins: [],
  featureUses: [],
  engagements: [],
  tickets: [],
  ...overrides,
});
const value = (metric: string, snapshot: ActivitySnapshot, keyFeatures = ['reports']) => {
  const parsed = parseComputedMetric(metric);
  if (parsed === null) throw new Error(`not computed: ${metric}`);
  return computeMetric(parsed, snapshot, START, at, keyFeatures);
};

describe('parseComputedMetric', () => {
  it.each([
    { metric: 'weekly_active_users', parsed: { kind: 'weekly_active_users' } },
    { metric: 'logins_7d', parsed: { kind: 'logins_7d' } },
    { metric: 'active_users_30d', parsed: { kind: 'active_users_30d' } },
    { metric: 'days_to_first_value', parsed: { kind: 'days_to_first_value' } },
    { metric: 'feature_uses_30d:reports', parsed: { kind: 'feature_uses_30d', feature: 'reports' } },
    { metric: 'feature_uses_30d:', parsed: null, why: 'no feature named' },
    { metric: 'feature_uses_30d', parsed: null, why: 'no feature named' },
    { metric: 'Weekly_Active_Users', parsed: null, why: 'names are exact' },
    { metric: 'cycle_time_hours', parsed: null, why: 'a metric a person enters' },
    { metric: null, parsed: null, why: 'no metric' },
  ])('$metric → $parsed', ({ metric, parsed }) => {
    expect(parseComputedMetric(metric)).toEqual(parsed);
  });
});

describe('computeMetric', () => {
  // The window is (at − N days, at]: an event exactly N days before `at` is out, one at `at` is in, a later one out.
  const edges = (days: number) => [at - days * DAY_MS, at - days * DAY_MS + 1, at, at + 1];

  it.each([
    { metric: 'logins_7d', logins: edges(7), expected: 2, why: 'the 7-day window' },
    { metric: 'weekly_active_users', logins: edges(7), expected: 1, why: 'one user' },
    { metric: 'active_users_30d', logins: edges(30), expected: 1, why: 'the 30-day window' },
  ])('$metric over its window edges → $expected ($why)', ({ metric, logins, expected }) => {
    expect(value(metric, activity({ logins: logins.map((t) => buildLogin({ at: t })) }))).toBe(expected);
  });

  it.each([
    { metric: 'weekly_active_users', expected: 3, why: 'distinct users in 7 days' },
    { metric: 'logins_7d', expected: 5, why: 'every login in 7 days' },
    { metric: 'active_users_30d', expected: 4, why: 'distinct users in 30 days' },
  ])('$metric → $expected ($why)', ({ metric, expected }) => {
    const logins = [
      buildLogin({ at: at - DAY_MS, userId: 'a' }),
      buildLogin({ at: at - 2 * DAY_MS, userId: 'a' }),
      buildLogin({ at: at - 3 * DAY_MS, userId: 'b' }),
      buildLogin({ at: at - 4 * DAY_MS, userId: 'c' }),
      buildLogin({ at: at - 5 * DAY_MS, userId: 'c' }),
      buildLogin({ at: at - 20 * DAY_MS, userId: 'd' }),
      buildLogin({ at: at - 31 * DAY_MS, userId: 'e' }),
    ];
    expect(value(metric, activity({ logins }))).toBe(expected);
  });

  it('counts usage from before the start too: the baseline the customer came with', () => {
    const logins = [buildLogin({ at: START - DAY_MS, userId: 'a' }), buildLogin({ at: START - 2 * DAY_MS })];
    const parsed = parseComputedMetric('logins_7d');
    expect(parsed && computeMetric(parsed, activity({ logins }), START, START, [])).toBe(2);
  });

  it.each([
    { feature: 'reports', expected: 2, why: 'uses of that feature in 30 days' },
    { feature: 'automations', expected: 1, why: 'another feature' },
    { feature: 'imports', expected: 0, why: 'never used' },
  ])('feature_uses_30d:$feature → $expected ($why)', ({ feature, expected }) => {
    const featureUses = [
      buildFeatureUse({ at: at - DAY_MS, feature: 'reports' }),
      buildFeatureUse({ at: at - 29 * DAY_MS, feature: 'reports' }),
      buildFeatureUse({ at: at - 30 * DAY_MS, feature: 'reports' }),
      buildFeatureUse({ at: at + 1, feature: 'reports' }),
      buildFeatureUse({ at: at - DAY_MS, feature: 'automations' }),
    ];
    expect(value(`feature_uses_30d:${feature}`, activity({ featureUses }))).toBe(expected);
  });

  it.each([
    { uses: [], keyFeatures: ['reports'], expected: null, why: 'null before the first key-feature use' },
    { uses: [{ day: 12, feature: 'settings' }], keyFeatures: ['reports'], expected: null, why: 'not a key feature' },
    { uses: [{ day: 12, feature: 'settings' }], keyFeatures: [], expected: 12, why: 'any feature when none named' },
    { uses: [{ day: 0, feature: 'reports' }], keyFeatures: ['reports'], expected: 0, why: 'on the start day' },
    {
      uses: [
        { day: 20, feature: 'reports' },
        { day: 9, feature: 'reports' },
      ],
      keyFeatures: ['reports'],
      expected: 9,
      why: 'the first use, whatever the order',
    },
    { uses: [{ day: -3, feature: 'reports' }], keyFeatures: ['reports'], expected: null, why: 'before the start' },
    { uses: [{ day: 31, feature: 'reports' }], keyFeatures: ['reports'], expected: null, why: 'after `at`' },
  ])('days_to_first_value → $expected ($why)', ({ uses, keyFeatures, expected }) => {
    const featureUses = uses.map(({ day, feature }) => buildFeatureUse({ at: atDay(day), feature }));
    expect(value('days_to_first_value', activity({ featureUses }), keyFeatures)).toBe(expected);
  });
});
