import { describe, expect, it } from 'vitest';
import {
  atDay,
  buildCriterion,
  buildHealthyOnboarding,
  buildLogins,
  buildOnboarding,
  dateOfDay,
} from '../../../support/build-onboarding.ts';
import { describeCrowdedPlanSignal } from './describe-crowded-plan-signal.ts';
import { findSignal } from './find-signal.ts';

const measurable = (n: number) => Array.from({ length: n }, (_, i) => buildCriterion({ id: `c${i}`, name: `C${i}` }));

describe('no_criteria', () => {
  it.each([
    { day: 6, count: 0, raised: false },
    { day: 7, count: 0, raised: true },
    { day: 7, count: 2, raised: true },
    { day: 7, count: 3, raised: false },
    { day: 40, count: 5, raised: false },
  ])('at day $day with $count measurable criteria raised=$raised', ({ day, count, raised }) => {
    const signal = findSignal(buildOnboarding({ criteria: measurable(count) }), day, 'no_criteria');
    expect(signal !== undefined).toBe(raised);
  });

  it('does not count criteria without a target or a due date, and says how many are measurable', () => {
    const criteria = [
      ...measurable(2),
      buildCriterion({ id: 'x', target: null }),
      buildCriterion({ id: 'y', dueDate: null }),
    ];
    const signal = findSignal(buildOnboarding({ criteria }), 9, 'no_criteria');
    expect(signal).toMatchObject({ severity: 'high' });
    expect(signal?.evidence).toBe('2 measurable success criteria at day 9 (threshold: 3 from day 7).');
  });

  it('follows a portal override of the minimum', () => {
    const onboarding = buildOnboarding({ criteria: measurable(2) });
    expect(findSignal(onboarding, 9, 'no_criteria', { noCriteria: { minMeasurable: 2 } })).toBeUndefined();
  });

  it('resolves itself once the third measurable criterion is agreed', () => {
    expect(findSignal(buildOnboarding({ criteria: measurable(2) }), 10, 'no_criteria')).toBeDefined();
    expect(findSignal(buildOnboarding({ criteria: measurable(3) }), 10, 'no_criteria')).toBeUndefined();
  });
});

describeCrowdedPlanSignal('too_many_criteria', {
  items: 'criteria',
  plan: (count) => ({ criteria: measurable(count) }),
  day: 1,
  evidence: { count: 7, text: '7 success criteria in the plan (threshold: at most 5).' },
});

describe('no_baseline', () => {
  const withoutBaseline = buildOnboarding({
    criteria: [buildCriterion({ name: 'NPS', metric: 'nps', baseline: null })],
  });

  it.each([
    { day: 13, raised: false },
    { day: 14, raised: true },
  ])('at day $day raised=$raised', ({ day, raised }) => {
    expect(findSignal(withoutBaseline, day, 'no_baseline') !== undefined).toBe(raised);
  });

  it('names the criteria missing a baseline', () => {
    expect(findSignal(withoutBaseline, 15, 'no_baseline')).toMatchObject({
      severity: 'info',
      evidence: '1 of 1 criteria have no baseline at day 15 (threshold: day 14): "NPS".',
    });
  });

  it('is not raised when every criterion has a baseline (zero counts)', () => {
    expect(
      findSignal(buildOnboarding({ criteria: [buildCriterion({ baseline: 0 })] }), 20, 'no_baseline'),
    ).toBeUndefined();
  });
});

describe('criterion_at_risk', () => {
  // Evaluated at day 30; the criterion goes from 0 to 10.
  it.each([
    { due: 45, current: 0, severity: undefined, why: 'due in 15 days: outside the 14-day window' },
    { due: 44, current: 0, severity: 'warning', why: 'due in 14 days at 0 %' },
    { due: 44, current: 4.9, severity: 'warning', why: 'due in 14 days at 49 %' },
    { due: 44, current: 5, severity: undefined, why: 'due in 14 days at 50 %' },
    { due: 30, current: 9, severity: undefined, why: 'due today at 90 %: not yet past due' },
    { due: 30, current: 0, severity: 'warning', why: 'due today at 0 %' },
    { due: 29, current: 9, severity: 'high', why: 'past its due date, whatever the progress' },
  ] as const)('$why → $severity', ({ due, current, severity }) => {
    const onboarding = buildHealthyOnboarding(30, {
      criteria: [buildCriterion({ current, dueDate: dateOfDay(due) })],
    });
    expect(findSignal(onboarding, 30, 'criterion_at_risk')?.severity).toBe(severity);
  });

  it('ignores achieved criteria, even past their date', () => {
    const onboarding = buildOnboarding({ criteria: [buildCriterion({ status: 'achieved', dueDate: dateOfDay(10) })] });
    expect(findSignal(onboarding, 30, 'criterion_at_risk')).toBeUndefined();
  });

  it('measures progress towards a decreasing target', () => {
    const criterion = buildCriterion({ baseline: 40, target: 20, current: 35, dueDate: dateOfDay(40) });
    expect(findSignal(buildOnboarding({ criteria: [criterion] }), 30, 'criterion_at_risk')?.evidence).toBe(
      '"5 weekly active users" is due in 10 days (2026-03-14) at 25 % progress (threshold: 50 % within 14 days of the due date).',
    );
  });

  it('says which criterion is late and when it was due', () => {
    const criterion = buildCriterion({ name: 'SSO live', current: 2, dueDate: dateOfDay(20) });
    expect(findSignal(buildOnboarding({ criteria: [criterion] }), 30, 'criterion_at_risk')?.evidence).toBe(
      '"SSO live" is past its due date 2026-02-22 at 20 % progress (threshold: 50 % within 14 days of the due date).',
    );
  });

  it('resolves itself when the criterion is achieved', () => {
    const late = buildCriterion({ dueDate: dateOfDay(20) });
    expect(findSignal(buildOnboarding({ criteria: [late] }), 30, 'criterion_at_risk')).toBeDefined();
    const achieved = { ...late, status: 'achieved' as const };
    expect(findSignal(buildOnboarding({ criteria: [achieved] }), 30, 'criterion_at_risk')).toBeUndefined();
  });
});

describe('criterion_at_risk: agreement, direction and computed current', () => {
  // Evaluated at day 30; the criterion goes from 0 to 10 at 0 % unless said otherwise.
  it.each([
    {
      agreed: null,
      due: 40,
      day: 30,
      severity: 'warning',
      why: 'no agreement date: agreed at the start, 40 days ahead',
    },
    { agreed: 25, due: 40, day: 30, severity: 'warning', why: 'agreed 15 days before its due date' },
    { agreed: 26, due: 40, day: 30, severity: undefined, why: 'agreed 14 days before its due date' },
    { agreed: 30, due: 40, day: 30, severity: undefined, why: 'agreed today, 10 days ahead' },
    { agreed: -30, due: 10, day: 5, severity: undefined, why: 'agreed before the start: counted from the start' },
    { agreed: 19, due: 20, day: 30, severity: 'high', why: 'past due, however late it was agreed' },
  ] as const)('$why → $severity', ({ agreed, due, day, severity }) => {
    const agreedAt = agreed === null ? null : dateOfDay(agreed);
    const onboarding = buildHealthyOnboarding(day, {
      criteria: [buildCriterion({ current: 0, agreedAt, dueDate: dateOfDay(due) })],
    });
    expect(findSignal(onboarding, day, 'criterion_at_risk')?.severity).toBe(severity);
  });

  it.each([
    { current: 40, severity: 'warning', why: '48 → 24 hours at 40: 33 %' },
    { current: 36, severity: undefined, why: '48 → 24 hours at 36: 50 %' },
    { current: 30, severity: undefined, why: '48 → 24 hours at 30: 75 %' },
  ] as const)('measures a decrease as it falls: $why → $severity', ({ current, severity }) => {
    const criterion = buildCriterion({
      metric: 'cycle_time_hours',
      direction: 'decrease',
      baseline: 48,
      target: 24,
      current,
      dueDate: dateOfDay(40),
    });
    expect(findSignal(buildHealthyOnboarding(30, { criteria: [criterion] }), 30, 'criterion_at_risk')?.severity).toBe(
      severity,
    );
  });

  it.each([
    { users: 2, severity: 'warning', why: '2 of 10 weekly active users' },
    { users: 5, severity: undefined, why: '5 of 10 weekly active users' },
  ] as const)('reads a computed current from the activity: $why → $severity', ({ users, severity }) => {
    const healthy = buildHealthyOnboarding(30);
    const onboarding = {
      ...healthy,
      criteria: [buildCriterion({ current: null, dueDate: dateOfDay(40) })],
      activity: { ...healthy.activity, logins: buildLogins(users, atDay(30)) },
    };
    expect(findSignal(onboarding, 30, 'criterion_at_risk')?.severity).toBe(severity);
  });

  it('is not raised past its due date once the target was reached (latched), even after a dip', () => {
    const criterion = buildCriterion({ current: 3, achievedAt: atDay(15), dueDate: dateOfDay(20) });
    expect(findSignal(buildOnboarding({ criteria: [criterion] }), 30, 'criterion_at_risk')).toBeUndefined();
  });
});
