import { signalTypes } from '../domain/index.ts';
import type {
  Instant,
  NotReplayedOnboarding,
  Onboarding,
  PortfolioReplay,
  ReplayedChurn,
  ReplayRange,
  SignalOutcome,
  SignalType,
} from '../domain/index.ts';
import { DAY_MS } from '../time/calendar.ts';
import { evaluateSignals } from './evaluate-signals.ts';
import { toOnboardingFacts } from './onboarding-facts.ts';
import { createOnboardingAsOf } from './replay/create-onboarding-as-of.ts';
import { decideNotReplayable } from './replay/decide-not-replayable.ts';
import { defaultThresholds } from './thresholds.ts';
import type { Thresholds } from './thresholds.ts';
import { toMedian } from './to-median.ts';

/** The instant a day is evaluated at: its last millisecond (23:59:59.999 UTC), so the whole day is known. */
const endOfDay = (day: Instant): Instant => day + DAY_MS - 1;

/**
 * The portfolio replayed day by day (docs/EVALUATE.md `--replay`): each onboarding is assessed at the end of every
 * day of the range from its start date, as it was known then (createOnboardingAsOf), and a closed one only at the
 * ends of days before its close; the first day-end each signal held is kept. From that:
 * - `churned`: status churned with `closedAt` in the range, each signal with its lead days before the close;
 * - `bySignal`: per replayable type, the onboardings replayed that had it at least once, how many of those are in
 *   `churned`, and the median lead days over those;
 * - `notReplayable`: types whose inputs have no history (decideNotReplayable), left out of both;
 * - `unwarned`: the churned no replayable signal warned about; `notReplayed`: closed onboardings without a
 *   `closedAt` (how long they were in progress is unknown), and churns in the range with no day-end before the close.
 * A signal that already held at the range's first day-end is dated then: its lead time is a lower bound.
 */
export function evaluatePortfolioReplay(
  onboardings: readonly Onboarding[],
  range: ReplayRange,
  thresholds: Thresholds = defaultThresholds,
): PortfolioReplay {
  const rangeEnd = range.to + DAY_MS;
  const replayed: { onboarding: Onboarding; firstDetected: Map<SignalType, Instant> }[] = [];
  const notReplayed: NotReplayedOnboarding[] = [];
  const churns: Onboarding[] = [];

  for (const onboarding of onboardings) {
    const closed = onboarding.status !== 'in_progress';
    if (closed && onboarding.closedAt === null) {
      notReplayed.push({
        companyId: onboarding.companyId,
        why: `${onboarding.status} without a closedAt: how long it was in progress is unknown`,
      });
      continue;
    }
    const closedAt = closed ? onboarding.closedAt : null;
    const churnedInRange =
      onboarding.status === 'churned' && closedAt !== null && closedAt >= range.from && closedAt < rangeEnd;
    if (churnedInRange) churns.push(onboarding);
    const firstDetected = replayOnboarding(onboarding, closedAt, range, thresholds);
    if (firstDetected !== null) replayed.push({ onboarding, firstDetected });
    else if (churnedInRange) {
      notReplayed.push({
        companyId: onboarding.companyId,
        why: 'churned before the end of its first day in the range: no day-end precedes the close',
      });
    }
  }

  const notReplayable = decideNotReplayable(replayed.map((r) => r.onboarding));
  const excluded = new Set(notReplayable.map((n) => n.type));
  const detectedOf = new Map(replayed.map((r) => [r.onboarding, r.firstDetected]));

  const churnedOf = new Map<Onboarding, ReplayedChurn>();
  for (const onboarding of churns) {
    const closedAt = onboarding.closedAt as Instant;
    const firstDetected = detectedOf.get(onboarding) ?? new Map<SignalType, Instant>();
    const signals = [...firstDetected]
      .filter(([type]) => !excluded.has(type))
      .map(([type, firstDetectedAt]) => ({
        type,
        firstDetectedAt,
        leadDays: Math.floor((closedAt - firstDetectedAt) / DAY_MS),
      }))
      .sort(
        (a, b) => a.firstDetectedAt - b.firstDetectedAt || signalTypes.indexOf(a.type) - signalTypes.indexOf(b.type),
      );
    churnedOf.set(onboarding, { companyId: onboarding.companyId, closedAt, signals });
  }
  const churned = [...churnedOf.values()];
  const bySignal: SignalOutcome[] = signalTypes
    .filter((type) => !excluded.has(type))
    .map((type) => {
      const accounts = replayed.filter((r) => r.firstDetected.has(type));
      const leads = accounts.flatMap((r) => {
        const lead = churnedOf.get(r.onboarding)?.signals.find((s) => s.type === type)?.leadDays;
        return lead === undefined ? [] : [lead];
      });
      return { type, accounts: accounts.length, churned: leads.length, medianLeadDays: toMedian(leads) };
    });

  const unwarned = churns
    .filter((onboarding) => detectedOf.has(onboarding) && churnedOf.get(onboarding)?.signals.length === 0)
    .map((onboarding) => onboarding.companyId);

  return {
    from: range.from,
    to: range.to,
    churned,
    bySignal,
    notReplayable,
    unwarned: { churned: unwarned, count: unwarned.length },
    notReplayed,
  };
}

/**
 * The first day-end of the range each signal held, from the start date and before the close; null when no
 * day-end of the range falls in that span (not started yet, or closed before).
 */
function replayOnboarding(
  onboarding: Onboarding,
  closedAt: Instant | null,
  range: ReplayRange,
  thresholds: Thresholds,
): Map<SignalType, Instant> | null {
  const first = Math.max(range.from, onboarding.startDate);
  const last = closedAt === null ? range.to : Math.min(range.to, closedAt - DAY_MS);
  if (first > last) return null;
  const asOf = createOnboardingAsOf(onboarding);
  const firstDetected = new Map<SignalType, Instant>();
  for (let day = first; day <= last; day += DAY_MS) {
    const at = endOfDay(day);
    const known = asOf(at);
    for (const signal of evaluateSignals(known, toOnboardingFacts(known, at, thresholds), thresholds)) {
      if (!firstDetected.has(signal.type)) firstDetected.set(signal.type, at);
    }
  }
  return firstDetected;
}
