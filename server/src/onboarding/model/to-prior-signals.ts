import type { Assessment, PriorSignal } from '@liftoff/shared/domain/index';
import { toPriorByType } from '@liftoff/shared/engine/index';

/**
 * The signal states to keep after an assessment (docs/PRODUCT.md §4 Lifecycle):
 * - every signal whose condition holds, with its current status and detection time; an acknowledgement or a snooze
 *   still in force keeps its date (re-escalation and the snooze cap count from it), a person's resolve whose
 *   condition still holds is open again;
 * - a signal no longer raised reads resolved by `condition_cleared`, whoever resolved it before: from then on a
 *   return of the condition is a new detection. It keeps the time it was resolved, else is resolved as of now.
 */
export function toPriorSignals(previous: readonly PriorSignal[], assessment: Assessment): PriorSignal[] {
  const priorByType = toPriorByType(previous);
  const live: PriorSignal[] = assessment.signals.map((signal) => {
    const prior = priorByType.get(signal.type);
    return {
      type: signal.type,
      status: signal.status,
      detectedAt: signal.detectedAt,
      snoozedUntil: signal.snoozedUntil,
      acknowledgedAt: signal.status === 'acknowledged' ? (prior?.acknowledgedAt ?? null) : null,
      snoozedAt: signal.status === 'snoozed' ? (prior?.snoozedAt ?? null) : null,
      resolvedAt: null,
      resolvedBy: null,
    };
  });
  const liveTypes = new Set(live.map((signal) => signal.type));
  const resolved = [...priorByType.values()]
    .filter((signal) => !liveTypes.has(signal.type))
    .map((signal): PriorSignal => ({
      ...signal,
      status: 'resolved',
      snoozedUntil: null,
      acknowledgedAt: null,
      snoozedAt: null,
      resolvedAt: signal.resolvedAt ?? assessment.asOf,
      resolvedBy: 'condition_cleared',
    }));
  return [...live, ...resolved];
}
