import { describe, expect, it } from 'vitest';
import { decideHistoryAppend } from '../../../server/src/onboarding/model/decide-history-append.ts';
import type { HistoryState } from '../../../server/src/onboarding/ports/index.ts';
import { instant } from '../../support/build-onboarding.ts';

const previous: HistoryState = {
  recordedAt: instant('2026-03-02T09:00:00.000Z'),
  ownerId: '71',
  status: 'in_progress',
  phase: 'activation',
  healthScore: 62,
  riskLevel: 'medium',
  escalationLevel: 0,
  openSignalTypes: ['no_first_login'],
};
const laterThatDay = instant('2026-03-02T17:00:00.000Z');
const nextDay = instant('2026-03-03T01:00:00.000Z');

describe('decideHistoryAppend', () => {
  it('keeps the first assessment of an onboarding', () => {
    expect(decideHistoryAppend(null, previous)).toBe(true);
  });

  it.each<[string, Partial<HistoryState>, boolean]>([
    ['nothing changed the same day', {}, false],
    ['the health moved', { healthScore: 58 }, true],
    ['the risk moved', { riskLevel: 'high' }, true],
    ['the phase moved', { phase: 'adoption' }, true],
    ['the escalation moved', { escalationLevel: 1 }, true],
    ['a signal opened', { openSignalTypes: ['no_first_login', 'single_threaded'] }, true],
    ['a signal cleared', { openSignalTypes: [] }, true],
    ['the signals came in another order (severity)', { openSignalTypes: ['no_first_login'] }, false],
    ['another CSM took it', { ownerId: '72' }, true],
    ['it closed', { status: 'churned' }, true],
  ])('same day, %s → %s', (_case, change, expected) => {
    expect(decideHistoryAppend(previous, { ...previous, recordedAt: laterThatDay, ...change })).toBe(expected);
  });

  it('keeps one row a day while in progress, even when nothing changed', () => {
    expect(decideHistoryAppend(previous, { ...previous, recordedAt: nextDay })).toBe(true);
  });

  it('does not repeat a closed onboarding day after day', () => {
    const closed = { ...previous, status: 'completed' as const };
    expect(decideHistoryAppend(closed, { ...closed, recordedAt: nextDay })).toBe(false);
  });
});
