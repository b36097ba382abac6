import type { HistoryState } from '../ports/index.ts';
import { DAY_MS } from '@liftoff/shared/time/calendar';

const isSameState = (a: HistoryState, b: HistoryState): boolean =>
  a.healthScore === b.healthScore &&
  a.riskLevel === b.riskLevel &&
  a.phase === b.phase &&
  a.escalationLevel === b.escalationLevel &&
  a.status === b.status &&
  a.ownerId === b.ownerId &&
  a.openSignalTypes.length === b.openSignalTypes.length &&
  a.openSignalTypes.every((type, index) => b.openSignalTypes[index] === type);

/**
 * Whether a recompute's assessment becomes a history row: the first one does; then each that changes the health,
 * risk, phase, escalation, status, open signals or CSM (an unchanged recompute is not news); and the first of each UTC
 * day while the onboarding is in progress, so every day of a trend has a row to read, even a quiet one.
 */
export function decideHistoryAppend(previous: HistoryState | null, next: HistoryState): boolean {
  if (previous === null) return true;
  if (!isSameState(previous, next)) return true;
  const newDay = Math.floor(next.recordedAt / DAY_MS) > Math.floor(previous.recordedAt / DAY_MS);
  return newDay && next.status === 'in_progress';
}
