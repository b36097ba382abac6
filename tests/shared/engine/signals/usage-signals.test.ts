import { DAY_MS } from '@liftoff/shared/time/calendar';
import { describe, expect, it } from 'vitest';
import {
  atDay,
  buildFeatureUse,
  buildHealthyOnboarding,
  buildLogin,
  buildLogins,
  buildOnboarding,
  buildPriorSignal,
} from '../../../support/build-onboarding.ts';
import { findSignal } from './find-signal.ts';

describe('no_first_login', () => {
  it.each([
    { day: 13, raised: false },
    { day: 14, raised: true },
    { day: 29, raised: true },
  ])('without a login, at day $day raised=$raised', ({ day, raised }) => {
    expect(findSignal(buildOnboarding(), day, 'no_first_login') !== undefined).toBe(raised);
  });

  it('raises no_first_login at day 29 as critical with the days since start', () => {
    expect(findSignal(buildOnboarding(), 29, 'no_first_login')).toMatchObject({
      severity: 'critical',
      evidence: 'No login in 29 days since start (threshold: day 14).',
      action: 'Send a reminder to the end users to log in.',
    });
  });

  // First detected at noon on day 14; the action climbs with the level (docs/PRODUCT.md §4 Escalation).
  it.each([
    { prior: { status: 'open' }, day: 16, level: 1, action: 'Send a reminder to the end users to log in.' },
    { prior: { status: 'open' }, day: 17, level: 2, action: 'Call the sponsor: nobody has logged in yet.' },
    { prior: { status: 'open' }, day: 20, level: 2, action: 'Call the sponsor: nobody has logged in yet.' },
    {
      prior: { status: 'open' },
      day: 21,
      level: 3,
      action: 'Change modality: offer an on-site or guided session, and tell the manager.',
    },
    { prior: { status: 'acknowledged' }, day: 25, level: 0, action: 'Send a reminder to the end users to log in.' },
    {
      prior: { status: 'snoozed', snoozedUntil: atDay(26) },
      day: 25,
      level: 0,
      action: 'Send a reminder to the end users to log in.',
    },
  ] as const)('$prior.status at day $day: level $level → "$action"', ({ prior, day, level, action }) => {
    const onboarding = buildOnboarding({ signals: [buildPriorSignal({ detectedAt: atDay(14), ...prior })] });
    expect(findSignal(onboarding, day, 'no_first_login')).toMatchObject({ escalationLevel: level, action });
  });

  it('is not raised when the portal has no usage source', () => {
    expect(findSignal(buildOnboarding({ usageTracked: false }), 29, 'no_first_login')).toBeUndefined();
  });

  it('resolves itself with the first login', () => {
    const onboarding = buildOnboarding({
      activity: { ...buildOnboarding().activity, logins: [buildLogin({ at: atDay(20) })] },
    });
    expect(findSignal(onboarding, 19, 'no_first_login')).toBeDefined();
    expect(findSignal(onboarding, 20, 'no_first_login')).toBeUndefined();
  });

  it('ignores logins before the start date', () => {
    const onboarding = buildOnboarding({
      activity: { ...buildOnboarding().activity, logins: [buildLogin({ at: atDay(-3) })] },
    });
    expect(findSignal(onboarding, 14, 'no_first_login')).toBeDefined();
  });
});

describe('low_activation', () => {
  it.each([
    { day: 29, raised: false },
    { day: 30, raised: true },
  ])('with no login this week, at day $day raised=$raised', ({ day, raised }) => {
    const onboarding = buildHealthyOnboarding(day, {
      activity: {
        ...buildOnboarding().activity,
        logins: [buildLogin({ at: atDay(5) })],
        featureUses: [buildFeatureUse()],
      },
    });
    expect(findSignal(onboarding, day, 'low_activation')?.severity).toBe(raised ? 'high' : undefined);
  });

  it('is raised at day 30 when users log in but never used a key feature', () => {
    const onboarding = buildHealthyOnboarding(30, {
      keyFeatures: ['reports', 'automations'],
      activity: { ...buildHealthyOnboarding(30).activity, featureUses: [buildFeatureUse({ feature: 'settings' })] },
    });
    expect(findSignal(onboarding, 30, 'low_activation')?.evidence).toBe(
      'No key feature (reports, automations) used in 30 days since start at day 30 (threshold: day 30).',
    );
  });

  it('is not raised while no_first_login is', () => {
    const signals = ['no_first_login', 'low_activation'] as const;
    const raised = signals.filter((type) => findSignal(buildOnboarding(), 35, type) !== undefined);
    expect(raised).toEqual(['no_first_login']);
  });

  it('is not raised with a login this week and a key feature used', () => {
    expect(findSignal(buildHealthyOnboarding(35), 35, 'low_activation')).toBeUndefined();
  });

  it('counts "last 7 days" as (now − 7 d, now]', () => {
    const now = atDay(40);
    const at = (at: number) =>
      buildHealthyOnboarding(40, {
        activity: {
          ...buildHealthyOnboarding(40).activity,
          logins: [buildLogin({ at: atDay(2) }), buildLogin({ at })],
        },
      });
    expect(findSignal(at(now - 7 * DAY_MS), 40, 'low_activation')).toBeDefined();
    expect(findSignal(at(now - 7 * DAY_MS + 1), 40, 'low_activation')).toBeUndefined();
  });

  it('is not raised when the portal has no usage source', () => {
    expect(
      findSignal(
        buildHealthyOnboarding(40, { usageTracked: false, activity: buildOnboarding().activity }),
        40,
        'low_activation',
      ),
    ).toBeUndefined();
  });
});

describe('usage_drop', () => {
  const now = atDay(40);
  const withWeeks = (thisWeek: number, weekBefore: number, usersBefore = weekBefore) =>
    buildHealthyOnboarding(40, {
      activity: {
        ...buildHealthyOnboarding(40).activity,
        logins: [...buildLogins(thisWeek, now, 1), ...buildLogins(weekBefore, now - 7 * DAY_MS, usersBefore)],
      },
    });

  it.each([
    { thisWeek: 5, weekBefore: 10, raised: false, why: 'exactly 50 %' },
    { thisWeek: 4, weekBefore: 10, raised: true, why: 'below 50 %' },
    { thisWeek: 1, weekBefore: 4, raised: false, why: 'fewer than 5 the week before' },
    { thisWeek: 2, weekBefore: 5, raised: true, why: '5 the week before, 2 now' },
  ])('$thisWeek logins vs $weekBefore: $why → raised=$raised', ({ thisWeek, weekBefore, raised }) => {
    expect(findSignal(withWeeks(thisWeek, weekBefore, 1), 40, 'usage_drop')?.severity).toBe(
      raised ? 'warning' : undefined,
    );
  });

  it('is raised on a drop of active users even when logins hold', () => {
    // 12 logins by one user this week vs 6 logins by 6 users the week before.
    const signal = findSignal(withWeeks(12, 6, 6), 40, 'usage_drop');
    expect(signal?.evidence).toBe(
      'Active users: 1 in the last 7 days vs 6 the 7 days before (−83 %) (threshold: below 50 % of a week with at least 5).',
    );
  });

  it('states both figures', () => {
    expect(findSignal(withWeeks(4, 10, 1), 40, 'usage_drop')?.evidence).toBe(
      'Logins: 4 in the last 7 days vs 10 the 7 days before (−60 %) (threshold: below 50 % of a week with at least 5).',
    );
  });

  it('resolves itself when usage comes back', () => {
    expect(findSignal(withWeeks(4, 10, 1), 40, 'usage_drop')).toBeDefined();
    expect(findSignal(withWeeks(9, 10, 1), 40, 'usage_drop')).toBeUndefined();
  });
});
