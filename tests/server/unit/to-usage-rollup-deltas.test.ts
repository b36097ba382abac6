import { describe, expect, it } from 'vitest';
import { toTupleKey, toUsageRollupDeltas } from '../../../server/src/store/sqlite/to-usage-rollup-deltas.ts';
import { atDay, dateOfDay } from '../../support/build-onboarding.ts';
import { buildFeatureUseEvent, buildLoginEvent } from '../../support/create-test-store.ts';

describe('toUsageRollupDeltas', () => {
  it.each([
    {
      rule: 'counts logins and feature uses once per company and day',
      events: [
        buildLoginEvent('l1', atDay(1)),
        buildLoginEvent('l2', atDay(1) + 60_000),
        buildFeatureUseEvent('f1', atDay(1) + 120_000),
        buildLoginEvent('l3', atDay(2)),
      ],
      dailyCounts: [
        { companyId: '101', day: dateOfDay(1), logins: 2, featureUses: 1 },
        { companyId: '101', day: dateOfDay(2), logins: 1, featureUses: 0 },
      ],
    },
    {
      rule: 'keeps companies apart on the same day',
      events: [buildLoginEvent('l1', atDay(1)), buildLoginEvent('l2', atDay(1), { companyId: '102' })],
      dailyCounts: [
        { companyId: '101', day: dateOfDay(1), logins: 1, featureUses: 0 },
        { companyId: '102', day: dateOfDay(1), logins: 1, featureUses: 0 },
      ],
    },
  ])('$rule', ({ events, dailyCounts }) => {
    expect(toUsageRollupDeltas(events).dailyCounts).toEqual(dailyCounts);
  });

  it.each([
    {
      rule: 'lists a user active twice on a day once',
      events: [buildLoginEvent('l1', atDay(1)), buildFeatureUseEvent('f1', atDay(1) + 60_000)],
      dailyUsers: [{ companyId: '101', day: dateOfDay(1), userId: 'u1' }],
    },
    {
      rule: 'lists a user again on another day and for another company',
      events: [
        buildLoginEvent('l1', atDay(1)),
        buildLoginEvent('l2', atDay(2)),
        buildLoginEvent('l3', atDay(1), { companyId: '102' }),
      ],
      dailyUsers: [
        { companyId: '101', day: dateOfDay(1), userId: 'u1' },
        { companyId: '101', day: dateOfDay(2), userId: 'u1' },
        { companyId: '102', day: dateOfDay(1), userId: 'u1' },
      ],
    },
  ])('$rule', ({ events, dailyUsers }) => {
    expect(toUsageRollupDeltas(events).dailyUsers).toEqual(dailyUsers);
  });

  it.each([
    {
      rule: 'takes the earliest login whatever the order events arrive in',
      events: [buildLoginEvent('late', atDay(3)), buildLoginEvent('early', atDay(1), { userId: 'u2' })],
      firsts: [{ companyId: '101', kind: 'login', feature: '', eventId: 'early', at: atDay(1), userId: 'u2' }],
    },
    {
      rule: 'keeps the first listed of two events at the same instant',
      events: [buildLoginEvent('a', atDay(1)), buildLoginEvent('b', atDay(1), { userId: 'u2' })],
      firsts: [{ companyId: '101', kind: 'login', feature: '', eventId: 'a', at: atDay(1), userId: 'u1' }],
    },
    {
      rule: 'takes one first use per feature, apart from the first login',
      events: [
        buildFeatureUseEvent('r2', atDay(2)),
        buildFeatureUseEvent('e1', atDay(1), { feature: 'exports' }),
        buildFeatureUseEvent('r1', atDay(1)),
        buildLoginEvent('l1', atDay(4)),
      ],
      firsts: [
        { companyId: '101', kind: 'feature_use', feature: 'reports', eventId: 'r1', at: atDay(1), userId: 'u1' },
        { companyId: '101', kind: 'feature_use', feature: 'exports', eventId: 'e1', at: atDay(1), userId: 'u1' },
        { companyId: '101', kind: 'login', feature: '', eventId: 'l1', at: atDay(4), userId: 'u1' },
      ],
    },
  ])('$rule', ({ events, firsts }) => {
    expect(toUsageRollupDeltas(events).firsts).toEqual(firsts);
  });

  it('yields nothing for no events', () => {
    expect(toUsageRollupDeltas([])).toEqual({ dailyUsers: [], dailyCounts: [], firsts: [] });
  });
});

describe('toTupleKey', () => {
  it.each([
    { left: ['a|b', 'c'], right: ['a', 'b|c'] },
    { left: ['1:a', ''], right: ['1', 'a'] },
    { left: ['ab', 'c'], right: ['a', 'bc'] },
  ])('tells $left from $right', ({ left, right }) => {
    expect(toTupleKey(left)).not.toBe(toTupleKey(right));
  });
});
