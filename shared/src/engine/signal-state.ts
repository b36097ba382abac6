import type { Instant, PriorSignal, Signal, SignalType } from '../domain/index.ts';

/**
 * The CSM's handling carried over while the condition holds: acknowledged stays acknowledged;
 * snoozed stays snoozed while `snoozedUntil` is after now, then reads as open; open keeps its detection time.
 * With no prior state, or a prior one that was resolved, the signal is (re)detected now.
 */
export function decideSignalState(
  prior: PriorSignal | undefined,
  now: Instant,
): Pick<Signal, 'status' | 'detectedAt' | 'snoozedUntil'> {
  if (prior === undefined || prior.status === 'resolved')
    return { status: 'open', detectedAt: now, snoozedUntil: null };
  if (prior.status === 'acknowledged')
    return { status: 'acknowledged', detectedAt: prior.detectedAt, snoozedUntil: null };
  if (prior.status === 'snoozed' && prior.snoozedUntil !== null && prior.snoozedUntil > now) {
    return { status: 'snoozed', detectedAt: prior.detectedAt, snoozedUntil: prior.snoozedUntil };
  }
  return { status: 'open', detectedAt: prior.detectedAt, snoozedUntil: null };
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
