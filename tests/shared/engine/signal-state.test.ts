import type { PriorSignal } from '@liftoff/shared/domain/index';
import { decideSignalState, toPriorByType } from '../../../shared/src/engine/signal-state.ts';
import { defaultThresholds, mergeThresholds } from '@liftoff/shared/engine/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { describe, expect, it } from 'vitest';
import { atDay, buildPriorSignal } from '../../support/build-onboarding.ts';

const now = atDay(30);
const detectedAt = atDay(14);
const prior = (overrides: Partial<PriorSignal>) => buildPriorSignal({ detectedAt, ...overrides });

describe('decideSignalState: a person’s resolve does not restart the clock', () => {
  it.each([
    { resolvedBy: 'person', state: { status: 'open', detectedAt, reopened: true } },
    { resolvedBy: 'condition_cleared', state: { status: 'open', detectedAt: now, reopened: false } },
    { resolvedBy: null, state: { status: 'open', detectedAt: now, reopened: false } },
  ] as const)('resolved by $resolvedBy while the condition holds → $state', ({ resolvedBy, state }) => {
    const resolved = prior({ status: 'resolved', resolvedBy, resolvedAt: atDay(20) });
    expect(decideSignalState(resolved, 'critical', now, defaultThresholds)).toEqual({ ...state, snoozedUntil: null });
  });

  it('detects a signal with no prior state now', () => {
    expect(decideSignalState(undefined, 'critical', now, defaultThresholds)).toEqual({
      status: 'open',
      detectedAt: now,
      snoozedUntil: null,
      reopened: false,
    });
  });

  it('keeps an open signal’s detection time, not re-opened', () => {
    expect(decideSignalState(prior({ status: 'open' }), 'warning', now, defaultThresholds)).toEqual({
      status: 'open',
      detectedAt,
      snoozedUntil: null,
      reopened: false,
    });
  });
});

describe('decideSignalState: an acknowledged high or critical signal escalates again 7 days after its acknowledgement', () => {
  it.each([
    { severity: 'critical', ackedAgo: 7 * DAY_MS - 1, status: 'acknowledged' },
    { severity: 'critical', ackedAgo: 7 * DAY_MS, status: 'open' },
    { severity: 'high', ackedAgo: 7 * DAY_MS - 1, status: 'acknowledged' },
    { severity: 'high', ackedAgo: 7 * DAY_MS, status: 'open' },
    { severity: 'high', ackedAgo: 30 * DAY_MS, status: 'open' },
    { severity: 'warning', ackedAgo: 30 * DAY_MS, status: 'acknowledged' },
    { severity: 'info', ackedAgo: 30 * DAY_MS, status: 'acknowledged' },
    { severity: 'critical', ackedAgo: null, status: 'acknowledged' },
  ] as const)('$severity acknowledged $ackedAgo ms ago → $status', ({ severity, ackedAgo, status }) => {
    const acknowledged = prior({ status: 'acknowledged', acknowledgedAt: ackedAgo === null ? null : now - ackedAgo });
    expect(decideSignalState(acknowledged, severity, now, defaultThresholds)).toEqual({
      status,
      detectedAt,
      snoozedUntil: null,
      reopened: false,
    });
  });

  it('reads the delay from the thresholds', () => {
    const acknowledged = prior({ status: 'acknowledged', acknowledgedAt: now - 3 * DAY_MS });
    const thresholds = mergeThresholds({ signalHandling: { reescalateAfterAcknowledgedDays: 3 } });
    expect(decideSignalState(acknowledged, 'high', now, thresholds).status).toBe('open');
    expect(decideSignalState(acknowledged, 'high', now, defaultThresholds).status).toBe('acknowledged');
  });
});

describe('decideSignalState: a snooze lasts at most 14 days from when it began', () => {
  it.each([
    { snoozedAt: now - DAY_MS, until: now + 30 * DAY_MS, expected: { status: 'snoozed', until: now + 13 * DAY_MS } },
    { snoozedAt: now - DAY_MS, until: now + 13 * DAY_MS, expected: { status: 'snoozed', until: now + 13 * DAY_MS } },
    { snoozedAt: now - DAY_MS, until: now + 5 * DAY_MS, expected: { status: 'snoozed', until: now + 5 * DAY_MS } },
    { snoozedAt: now - 14 * DAY_MS + 1, until: now + DAY_MS, expected: { status: 'snoozed', until: now + 1 } },
    { snoozedAt: now - 14 * DAY_MS, until: now + DAY_MS, expected: { status: 'open', until: null } },
    { snoozedAt: now - 20 * DAY_MS, until: now + DAY_MS, expected: { status: 'open', until: null } },
    { snoozedAt: null, until: now + 30 * DAY_MS, expected: { status: 'snoozed', until: now + 30 * DAY_MS } },
    { snoozedAt: null, until: now, expected: { status: 'open', until: null } },
    { snoozedAt: now - DAY_MS, until: null, expected: { status: 'open', until: null } },
  ])('snoozed at $snoozedAt until $until → $expected', ({ snoozedAt, until, expected }) => {
    const snoozed = prior({ status: 'snoozed', snoozedAt, snoozedUntil: until });
    expect(decideSignalState(snoozed, 'critical', now, defaultThresholds)).toEqual({
      status: expected.status,
      detectedAt,
      snoozedUntil: expected.until,
      reopened: false,
    });
  });

  it('reads the cap from the thresholds', () => {
    const snoozed = prior({ status: 'snoozed', snoozedAt: now - DAY_MS, snoozedUntil: now + 30 * DAY_MS });
    const thresholds = mergeThresholds({ signalHandling: { maxSnoozeDays: 30 } });
    expect(decideSignalState(snoozed, 'high', now, thresholds).snoozedUntil).toBe(now + 29 * DAY_MS);
  });
});

describe('toPriorByType', () => {
  it('prefers a live record, then the most recently detected', () => {
    const byPerson = prior({ status: 'resolved', resolvedBy: 'person', detectedAt: atDay(20) });
    const cleared = prior({ status: 'resolved', resolvedBy: 'condition_cleared', detectedAt: atDay(10) });
    expect(toPriorByType([cleared, byPerson]).get('no_first_login')).toBe(byPerson);
    const live = prior({ status: 'acknowledged', detectedAt: atDay(5) });
    expect(toPriorByType([byPerson, live, cleared]).get('no_first_login')).toBe(live);
  });
});
