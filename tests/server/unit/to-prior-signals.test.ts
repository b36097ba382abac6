import { describe, expect, it } from 'vitest';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import type { PriorSignal } from '@liftoff/shared/domain/index';
import { toPriorSignals } from '../../../server/src/onboarding/model/to-prior-signals.ts';
import { atDay, buildOnboarding, buildPriorSignal } from '../../support/build-onboarding.ts';

/** The states kept after assessing, at day 20, an onboarding with no login yet (`no_first_login` holds). */
function keepAfterDay20(priors: PriorSignal[]): Map<string, PriorSignal> {
  const assessment = evaluateOnboarding(buildOnboarding({ signals: priors }), atDay(20));
  return new Map(toPriorSignals(priors, assessment).map((signal) => [signal.type, signal]));
}

describe('signal states kept after an assessment', () => {
  it('keeps an acknowledgement in force with its date, so re-escalation counts from it', () => {
    const kept = keepAfterDay20([buildPriorSignal({ status: 'acknowledged', acknowledgedAt: atDay(16) })]);
    expect(kept.get('no_first_login')).toMatchObject({ status: 'acknowledged', acknowledgedAt: atDay(16) });
  });

  it('keeps a snooze in force with its date, so the snooze cap counts from it', () => {
    const snoozed = { status: 'snoozed', snoozedUntil: atDay(25), snoozedAt: atDay(18) } as const;
    const kept = keepAfterDay20([buildPriorSignal(snoozed)]);
    expect(kept.get('no_first_login')).toMatchObject(snoozed);
  });

  it("re-opens a person's resolve whose condition still holds, with its first detection time", () => {
    const resolved = { status: 'resolved', resolvedAt: atDay(18), resolvedBy: 'person' } as const;
    const kept = keepAfterDay20([buildPriorSignal(resolved)]);
    expect(kept.get('no_first_login')).toEqual(
      buildPriorSignal({ status: 'open', detectedAt: atDay(14), resolvedAt: null, resolvedBy: null }),
    );
  });

  it("marks a signal whose condition cleared resolved by condition_cleared, a person's resolve too", () => {
    const kept = keepAfterDay20([
      buildPriorSignal({ type: 'usage_drop', status: 'acknowledged', acknowledgedAt: atDay(16) }),
      buildPriorSignal({ type: 'unresolved_tickets', status: 'resolved', resolvedAt: atDay(18), resolvedBy: 'person' }),
    ]);
    expect(kept.get('usage_drop')).toEqual(
      buildPriorSignal({
        type: 'usage_drop',
        status: 'resolved',
        resolvedAt: atDay(20),
        resolvedBy: 'condition_cleared',
      }),
    );
    expect(kept.get('unresolved_tickets')).toEqual(
      buildPriorSignal({
        type: 'unresolved_tickets',
        status: 'resolved',
        resolvedAt: atDay(18),
        resolvedBy: 'condition_cleared',
      }),
    );
  });
});
