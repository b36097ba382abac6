import { describe, expect, it } from 'vitest';
import type { ClosedOnboarding, SignalDetection } from '../../../server/src/onboarding/ports/index.ts';
import { toSignalOutcomes } from '../../../server/src/onboarding/views/to-signal-outcomes.ts';
import { instant } from '../../support/build-onboarding.ts';

const NOW = instant('2026-06-01T00:00:00.000Z');
const day = (n: number) => instant('2026-01-01T00:00:00.000Z') + n * 86_400_000;

/**
 * A portfolio whose answers are known by construction: three churned onboardings (A warned 20 days ahead by
 * no_first_login, B warned 10 days ahead by no_first_login and 4 by single_threaded, C warned by nothing), one
 * completed that had no_first_login, and a signal detected after its churn (it warned nobody).
 */
const closed: ClosedOnboarding[] = [
  { companyId: 'A', status: 'churned', closedAt: day(60) },
  { companyId: 'B', status: 'churned', closedAt: day(50) },
  { companyId: 'C', status: 'churned', closedAt: day(40) },
  { companyId: 'D', status: 'completed', closedAt: day(90) },
];
const detections: SignalDetection[] = [
  { companyId: 'A', type: 'no_first_login', firstDetectedAt: day(40) },
  { companyId: 'B', type: 'no_first_login', firstDetectedAt: day(40) },
  { companyId: 'B', type: 'single_threaded', firstDetectedAt: day(46) },
  { companyId: 'C', type: 'usage_drop', firstDetectedAt: day(41) },
  { companyId: 'D', type: 'no_first_login', firstDetectedAt: day(14) },
  { companyId: 'E', type: 'no_first_login', firstDetectedAt: day(14) },
];

describe('toSignalOutcomes', () => {
  it('counts per signal the closed accounts that had it, the churned ones and the median lead time', () => {
    const outcomes = toSignalOutcomes(closed, detections, NOW);

    expect(outcomes).toEqual({
      asOf: '2026-06-01T00:00:00.000Z',
      closed: 4,
      churned: 3,
      unwarned: { count: 1, share: 1 / 3 },
      bySignal: [
        { type: 'no_first_login', accounts: 3, churned: 2, churnRate: 2 / 3, medianLeadDays: 15 },
        { type: 'single_threaded', accounts: 1, churned: 1, churnRate: 1, medianLeadDays: 4 },
      ],
    });
  });

  it('answers zeros and nulls before anything closed, never a rate without its n', () => {
    expect(toSignalOutcomes([], detections, NOW)).toEqual({
      asOf: '2026-06-01T00:00:00.000Z',
      closed: 0,
      churned: 0,
      unwarned: { count: 0, share: null },
      bySignal: [],
    });
  });
});
