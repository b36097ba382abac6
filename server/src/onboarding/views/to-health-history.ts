import type { HealthHistoryView } from '@liftoff/shared/contract/index';
import type { Instant, SignalType } from '@liftoff/shared/domain/index';
import { toIsoDate, toIsoInstant } from '@liftoff/shared/time/iso';
import type { HistoryState } from '../ports/index.ts';
import { DAY_MS } from '@liftoff/shared/time/calendar';

/** The card's chart spans the plan: 90 days. */
const HEALTH_HISTORY_DAYS = 90;

/** The first instant the card's chart shows at `now`. */
export function toHealthHistoryStart(now: Instant): Instant {
  return now - HEALTH_HISTORY_DAYS * DAY_MS;
}

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
  const since = toHealthHistoryStart(now);
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
