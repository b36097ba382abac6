import type { Assessment, PriorSignal } from '@liftoff/shared/domain/index';

/**
 * The signal states to keep after an assessment: every signal whose condition holds with its current status and
 * detection time; a signal no longer raised reads resolved (the engine re-detects it if the condition returns).
 */
export function toPriorSignals(previous: readonly PriorSignal[], assessment: Assessment): PriorSignal[] {
  const live: PriorSignal[] = assessment.signals.map((signal) => ({
    type: signal.type,
    status: signal.status,
    detectedAt: signal.detectedAt,
    snoozedUntil: signal.snoozedUntil,
    acknowledgedAt: null,
    snoozedAt: null,
    resolvedAt: null,
    resolvedBy: null,
  }));
  const liveTypes = new Set(live.map((signal) => signal.type));
  const resolved = previous
    .filter((signal) => !liveTypes.has(signal.type))
    .map((signal): PriorSignal => ({ ...signal, status: 'resolved', snoozedUntil: null }));
  return [...live, ...resolved];
}
