import type { IsoInstant } from '@liftoff/shared/contract/index';
import { phases, riskLevels } from '@liftoff/shared/domain/index';
import type { CohortActivation, Instant, Phase, RiskLevel } from '@liftoff/shared/domain/index';
import { evaluateCohorts } from '@liftoff/shared/engine/index';
import { dayNumber } from '@liftoff/shared/time/calendar';
import { toIsoInstant } from '@liftoff/shared/time/iso';
import type { PortfolioFigures } from '../ports/index.ts';

/** Onboardings that reached first value within [fromDay, toDay] (toDay null = and later). */
export interface TimeToValueBucket {
  fromDay: number;
  toDay: number | null;
  count: number;
}

/** GET /api/portfolio/aggregates: the manager's charts over the filtered onboardings (docs/PRODUCT.md §8). */
export interface PortfolioAggregatesView {
  asOf: IsoInstant;
  total: number;
  byRisk: Record<RiskLevel, number>;
  byPhase: Record<Phase, number>;
  /** Activation at 30/60/90 per start month, each rate with its n (`counts`: activated out of eligible). */
  cohorts: CohortActivation[];
  timeToFirstValue: {
    /** Onboardings activated (first value reached); the median and the buckets are over them. */
    reached: number;
    /** Tracked onboardings not activated yet; untracked ones are in neither count. */
    notYet: number;
    medianDays: number | null;
    buckets: TimeToValueBucket[];
  };
}

/** The method's checkpoints (first week, day 14, 30, 60, 90) bound the buckets, so each reads as a plan phase. */
const bucketBounds: readonly [number, number | null][] = [
  [0, 7],
  [8, 14],
  [15, 30],
  [31, 60],
  [61, 90],
  [91, null],
];

function toMedian(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Counts by risk and phase as last assessed, cohort activation with the engine's own rule (evaluateCohorts: eligible
 * once the onboarding is D days old at `now` and its activation is known), and time to first value = the activation
 * day, the first day the customer had logged in, used a key feature and done the first-week steps (docs/PRODUCT.md §5,
 * Activation).
 */
export function toPortfolioAggregates(rows: readonly PortfolioFigures[], now: Instant): PortfolioAggregatesView {
  const byRisk = Object.fromEntries(riskLevels.map((level) => [level, 0])) as Record<RiskLevel, number>;
  const byPhase = Object.fromEntries(phases.map((phase) => [phase, 0])) as Record<Phase, number>;
  const days: number[] = [];
  let notYet = 0;
  for (const row of rows) {
    byRisk[row.riskLevel] += 1;
    byPhase[row.phase] += 1;
    if (row.activated === true && row.activationDay !== null) days.push(row.activationDay);
    else if (row.activated === false) notYet += 1;
  }
  days.sort((a, b) => a - b);
  const cohorts = evaluateCohorts(
    rows.map((row) => ({
      onboarding: { startDate: row.startDate, usageTracked: row.usageTracked },
      day: dayNumber(row.startDate, now),
      activation: { activated: row.activated, day: row.activationDay },
    })),
  );
  return {
    asOf: toIsoInstant(now),
    total: rows.length,
    byRisk,
    byPhase,
    cohorts,
    timeToFirstValue: {
      reached: days.length,
      notYet,
      medianDays: toMedian(days),
      buckets: bucketBounds.map(([fromDay, toDay]) => ({
        fromDay,
        toDay,
        count: days.filter((day) => day >= fromDay && (toDay === null || day <= toDay)).length,
      })),
    },
  };
}
