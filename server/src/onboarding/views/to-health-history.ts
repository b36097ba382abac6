import type { HealthHistoryView } from '@liftoff/shared/contract/index';
import type { Instant, SignalType } from '@liftoff/shared/domain/index';
import { toIsoDate, toIsoInstant } from '@liftoff/shared/time/iso';
import type { HistoryState } from '../ports/index.ts';

const DAY_MS = 86_400_000;

/** The card's chart spans the plan: 90 days. */
export const HEALTH_HISTORY_DAYS = 90;

/**
 * A company's health over the last 90 days (docs/PRODUCT.md §8: the company card's health history): one point per
 * day with a history row, its last assessment of that day; and the days its signals were detected in that span.
 */
export function toHealthHistory(
  states: readonly HistoryState[],
  detections: readonly { type: SignalType; at: Instant }[],
  now: Instant,
  historySince: Instant | null,
): HealthHistoryView {
  const since = now - HEALTH_HISTORY_DAYS * DAY_MS;
  const byDay = new Map<number, HistoryState>();
  for (const state of states) {
    if (state.recordedAt < since || state.recordedAt > now) continue;
    byDay.set(Math.floor(state.recordedAt / DAY_MS), state);
  }
  return {
    asOf: toIsoInstant(now),
    historySince: historySince === null ? null : toIsoInstant(historySince),
    points: [...byDay.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, state]) => ({
        date: toIsoDate(state.recordedAt),
        healthScore: state.healthScore,
        riskLevel: state.riskLevel,
      })),
    detections: detections
      .filter((detection) => detection.at >= since && detection.at <= now)
      .map((detection) => ({ date: toIsoDate(detection.at), type: detection.type })),
  };
}
