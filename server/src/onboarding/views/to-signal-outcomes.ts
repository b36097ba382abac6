import type { SignalOutcomesView } from '@liftoff/shared/contract/index';
import type { Instant, SignalType } from '@liftoff/shared/domain/index';
import { toMedian } from '@liftoff/shared/engine/index';
import { toIsoInstant } from '@liftoff/shared/time/iso';
import type { ClosedOnboarding, SignalDetection } from '../ports/index.ts';
import { DAY_MS } from '@liftoff/shared/time/calendar';

/**
 * Which alarms preceded churn (docs/PRODUCT.md §8, signal outcomes), over the closed onboardings: per signal type,
 * the accounts that had it before they closed, how many of those churned, and the median lead time from its first
 * detection to the churn, in whole days; and the churned accounts no signal warned about (none detected before the
 * close). A detection after the close does not count: it warned nobody.
 */
export function toSignalOutcomes(
  closed: readonly ClosedOnboarding[],
  detections: readonly SignalDetection[],
  now: Instant,
): SignalOutcomesView {
  const byCompany = new Map(closed.map((onboarding) => [onboarding.companyId, onboarding]));
  const warned = new Set<string>();
  const bySignal = new Map<SignalType, { accounts: number; churned: number; leads: number[] }>();
  for (const detection of detections) {
    const onboarding = byCompany.get(detection.companyId);
    if (onboarding === undefined || detection.firstDetectedAt > onboarding.closedAt) continue;
    const outcome = bySignal.get(detection.type) ?? { accounts: 0, churned: 0, leads: [] };
    bySignal.set(detection.type, outcome);
    outcome.accounts += 1;
    if (onboarding.status !== 'churned') continue;
    warned.add(onboarding.companyId);
    outcome.churned += 1;
    outcome.leads.push(Math.floor((onboarding.closedAt - detection.firstDetectedAt) / DAY_MS));
  }
  const churned = closed.filter((onboarding) => onboarding.status === 'churned').length;
  const unwarned = churned - warned.size;
  return {
    asOf: toIsoInstant(now),
    closed: closed.length,
    churned,
    unwarned: { count: unwarned, share: churned === 0 ? null : unwarned / churned },
    bySignal: [...bySignal]
      .map(([type, outcome]) => ({
        type,
        accounts: outcome.accounts,
        churned: outcome.churned,
        churnRate: outcome.accounts === 0 ? null : outcome.churned / outcome.accounts,
        medianLeadDays: toMedian(outcome.leads),
      }))
      .sort((a, b) => b.churned - a.churned || b.accounts - a.accounts || a.type.localeCompare(b.type)),
  };
}
