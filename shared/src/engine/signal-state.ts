import type { Instant, PriorSignal, Severity, Signal, SignalType } from '../domain/index.ts';
import { DAY_MS } from '../time/calendar.ts';
import type { Thresholds } from './thresholds.ts';

/**
 * The CSM's handling carried over while the condition holds (docs/PRODUCT.md §4 Lifecycle):
 * - a person's resolve does not restart the clock: a prior resolved `by: person` re-opens with its `detectedAt`,
 *   `reopened`; resolved `by: condition_cleared` (or by an unknown resolver) the signal is detected anew now;
 * - acknowledged stays acknowledged, except a high or critical one still holding `reescalateAfterAcknowledgedDays`
 *   after its `acknowledgedAt`: from then it reads as open (escalated from its detection); without `acknowledgedAt`
 *   it stays acknowledged;
 * - snoozed stays snoozed while its end is after now, then reads as open; the end is `snoozedUntil` capped at
 *   `snoozedAt + maxSnoozeDays` (no cap without `snoozedAt`; no end at all reads as open);
 * - open keeps its detection time.
 */
export function decideSignalState(
  prior: PriorSignal | undefined,
  severity: Severity,
  now: Instant,
  thresholds: Thresholds,
): Pick<Signal, 'status' | 'detectedAt' | 'snoozedUntil' | 'reopened'> {
  const open = (detectedAt: Instant, reopened = false) =>
    ({ status: 'open', detectedAt, snoozedUntil: null, reopened }) as const;
  if (prior === undefined) return open(now);
  const { reescalateAfterAcknowledgedDays, maxSnoozeDays } = thresholds.signalHandling;
  switch (prior.status) {
    case 'resolved':
      return prior.resolvedBy === 'person' ? open(prior.detectedAt, true) : open(now);
    case 'acknowledged': {
      const escalates = severity === 'high' || severity === 'critical';
      const ackedAt = prior.acknowledgedAt;
      if (escalates && ackedAt !== null && now >= ackedAt + reescalateAfterAcknowledgedDays * DAY_MS) {
        return open(prior.detectedAt);
      }
      return { status: 'acknowledged', detectedAt: prior.detectedAt, snoozedUntil: null, reopened: false };
    }
    case 'snoozed': {
      const until = toSnoozeEnd(prior, maxSnoozeDays);
      if (until !== null && until > now) {
        return { status: 'snoozed', detectedAt: prior.detectedAt, snoozedUntil: until, reopened: false };
      }
      return open(prior.detectedAt);
    }
    case 'open':
      return open(prior.detectedAt);
  }
}

/** When a snooze ends: its `snoozedUntil`, at most `maxSnoozeDays` after `snoozedAt` (uncapped when not known). */
function toSnoozeEnd(prior: PriorSignal, maxSnoozeDays: number): Instant | null {
  if (prior.snoozedUntil === null) return null;
  if (prior.snoozedAt === null) return prior.snoozedUntil;
  return Math.min(prior.snoozedUntil, prior.snoozedAt + maxSnoozeDays * DAY_MS);
}

/**
 * The prior state that applies to each type: HubSpot keeps one open signal per company and type, but history
 * may hold resolved ones too, so a live (not resolved) record wins, then the most recently detected.
 */
export function toPriorByType(priors: readonly PriorSignal[]): Map<SignalType, PriorSignal> {
  const byType = new Map<SignalType, PriorSignal>();
  for (const prior of priors) {
    const known = byType.get(prior.type);
    if (known === undefined || ranksBefore(prior, known)) byType.set(prior.type, prior);
  }
  return byType;
}

function ranksBefore(candidate: PriorSignal, known: PriorSignal): boolean {
  const candidateLive = candidate.status !== 'resolved';
  const knownLive = known.status !== 'resolved';
  if (candidateLive !== knownLive) return candidateLive;
  return candidate.detectedAt > known.detectedAt;
}
