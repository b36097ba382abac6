import type { PriorSignal } from '@liftoff/shared/domain/index';
import { decideEscalationLevel } from '../../../shared/src/engine/escalation.ts';
import { evaluateOnboarding, defaultThresholds } from '@liftoff/shared/engine/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { describe, expect, it } from 'vitest';
import { atDay, buildHealthyOnboarding, buildOnboarding, buildPriorSignal } from '../../support/build-onboarding.ts';

const now = atDay(30);

describe('decideEscalationLevel', () => {
  it.each([
    { severity: 'critical', status: 'open', age: 0, level: 1 },
    { severity: 'critical', status: 'open', age: 3 * DAY_MS - 1, level: 1 },
    { severity: 'critical', status: 'open', age: 3 * DAY_MS, level: 2 },
    { severity: 'high', status: 'open', age: 7 * DAY_MS - 1, level: 2 },
    { severity: 'high', status: 'open', age: 7 * DAY_MS, level: 3 },
    { severity: 'high', status: 'open', age: 60 * DAY_MS, level: 3 },
    { severity: 'warning', status: 'open', age: 60 * DAY_MS, level: 0 },
    { severity: 'info', status: 'open', age: 60 * DAY_MS, level: 0 },
    { severity: 'critical', status: 'acknowledged', age: 60 * DAY_MS, level: 0 },
    { severity: 'critical', status: 'snoozed', age: 60 * DAY_MS, level: 0 },
  ] as const)('$severity $status detected $age ms ago → level $level', ({ severity, status, age, level }) => {
    expect(decideEscalationLevel({ severity, status, detectedAt: now - age }, now, defaultThresholds)).toBe(level);
  });
});

describe('escalation of an assessed onboarding', () => {
  // A healthy plan with no login at day 30: only no_first_login (critical) holds.
  const assess = (prior: Partial<PriorSignal> | null) => {
    const signals = prior === null ? [] : [buildPriorSignal(prior)];
    const onboarding = buildHealthyOnboarding(30, { activity: buildOnboarding().activity, signals });
    const assessment = evaluateOnboarding(onboarding, now);
    return { assessment, signal: assessment.signals.find((s) => s.type === 'no_first_login') };
  };

  it('detects a signal with no prior state at now, at level 1', () => {
    expect(assess(null).signal).toMatchObject({ status: 'open', detectedAt: now, escalationLevel: 1 });
  });

  it('keeps the prior detection time of an open signal and escalates with its age', () => {
    const { assessment, signal } = assess({ detectedAt: now - 8 * DAY_MS });
    expect(signal).toMatchObject({ status: 'open', detectedAt: now - 8 * DAY_MS, escalationLevel: 3 });
    expect(assessment.escalationLevel).toBe(3);
  });

  it('re-detects at now a signal whose prior record was resolved', () => {
    expect(assess({ status: 'resolved', detectedAt: now - 20 * DAY_MS }).signal).toMatchObject({
      status: 'open',
      detectedAt: now,
      escalationLevel: 1,
    });
  });

  it('keeps an acknowledged signal acknowledged while its condition holds, at level 0', () => {
    const { assessment, signal } = assess({ status: 'acknowledged', detectedAt: now - 10 * DAY_MS });
    expect(signal).toMatchObject({ status: 'acknowledged', escalationLevel: 0 });
    expect(assessment.escalationLevel).toBe(0);
  });

  it('keeps a snoozed signal snoozed until its snooze ends', () => {
    const { signal } = assess({ status: 'snoozed', detectedAt: now - 10 * DAY_MS, snoozedUntil: now + 1 });
    expect(signal).toMatchObject({ status: 'snoozed', snoozedUntil: now + 1, escalationLevel: 0 });
  });

  it.each([
    { snoozedUntil: now, why: 'ending now' },
    { snoozedUntil: now - DAY_MS, why: 'ended yesterday' },
    { snoozedUntil: null, why: 'with no end' },
  ])('reads a snooze $why as open again, escalated by its original detection', ({ snoozedUntil }) => {
    const { signal } = assess({ status: 'snoozed', detectedAt: now - 10 * DAY_MS, snoozedUntil });
    expect(signal).toMatchObject({ status: 'open', snoozedUntil: null, escalationLevel: 3 });
  });

  it('takes the company level as the highest of its signals', () => {
    const onboarding = buildOnboarding({ signals: [buildPriorSignal({ detectedAt: now - 4 * DAY_MS })] });
    const assessment = evaluateOnboarding(onboarding, now);
    expect(assessment.signals.find((s) => s.type === 'no_criteria')?.escalationLevel).toBe(1);
    expect(assessment.signals.find((s) => s.type === 'no_first_login')?.escalationLevel).toBe(2);
    expect(assessment.escalationLevel).toBe(2);
  });
});

describe('escalation through a person’s handling (docs/PRODUCT.md §4 Lifecycle)', () => {
  // Nobody ever logs in: no_first_login holds from day 14, first detected at noon on day 14.
  const detectedAt = atDay(14);
  const assessAt = (day: number, prior: Partial<PriorSignal>) => {
    const onboarding = buildHealthyOnboarding(day, {
      activity: buildOnboarding().activity,
      signals: [buildPriorSignal({ detectedAt, ...prior })],
    });
    return evaluateOnboarding(onboarding, atDay(day)).signals.find((s) => s.type === 'no_first_login');
  };

  it.each([
    { day: 16, level: 1 },
    { day: 17, level: 2 },
    { day: 20, level: 2 },
    { day: 21, level: 3 },
    { day: 40, level: 3 },
  ])(
    'a person’s resolve while nobody has logged in re-opens it from its first detection: day $day → level $level',
    ({ day, level }) => {
      const resolved = { status: 'resolved', resolvedBy: 'person', resolvedAt: atDay(15) } as const;
      expect(assessAt(day, resolved)).toMatchObject({
        status: 'open',
        detectedAt,
        reopened: true,
        escalationLevel: level,
      });
    },
  );

  it('a return after the condition cleared is a new detection at level 1', () => {
    const cleared = { status: 'resolved', resolvedBy: 'condition_cleared', resolvedAt: atDay(15) } as const;
    expect(assessAt(25, cleared)).toMatchObject({ detectedAt: atDay(25), reopened: false, escalationLevel: 1 });
  });

  it.each([
    { day: 21, status: 'acknowledged', level: 0 },
    { day: 22, status: 'open', level: 3 },
  ] as const)(
    'acknowledging on day 15 no longer stops escalation for good: day $day → $status, level $level',
    ({ day, status, level }) => {
      const acknowledged = { status: 'acknowledged', acknowledgedAt: atDay(15) } as const;
      expect(assessAt(day, acknowledged)).toMatchObject({ status, detectedAt, escalationLevel: level });
    },
  );

  it.each([
    { day: 28, status: 'snoozed', snoozedUntil: atDay(29), level: 0 },
    { day: 29, status: 'open', snoozedUntil: null, level: 3 },
  ] as const)(
    'a 30-day snooze from day 15 is capped at 14 days: day $day → $status',
    ({ day, status, snoozedUntil, level }) => {
      const snoozed = { status: 'snoozed', snoozedAt: atDay(15), snoozedUntil: atDay(45) } as const;
      expect(assessAt(day, snoozed)).toMatchObject({ status, snoozedUntil, escalationLevel: level });
    },
  );
});
