import type { OwnerHealthTrendView, PortfolioTrendsView, RiskWeekView } from '@liftoff/shared/contract/index';
import type { Instant, RiskLevel } from '@liftoff/shared/domain/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { toIsoDate, toIsoInstant } from '@liftoff/shared/time/iso';
import { matchesPortfolioFilters } from '../model/matches-portfolio-filters.ts';
import type { PortfolioFilters, WeekState } from '../ports/index.ts';
import { compareOwnersByName, toPortfolioOwnerView } from './to-portfolio-owner-view.ts';
import type { OwnersById } from './to-portfolio-owner-view.ts';

/** The trends' span: the current week and the eleven before it. */
export const TREND_WEEKS = 12;
export const WEEK_MS = 7 * DAY_MS;

/** An onboarding's state at a week's end, as the trends count it. */
export type TrendState = Pick<
  WeekState,
  'companyId' | 'weekEnd' | 'ownerId' | 'templateId' | 'cohort' | 'status' | 'phase' | 'healthScore' | 'riskLevel'
>;

interface Tally {
  health: number;
  count: number;
}

/**
 * Portfolio risk over the last 12 weeks and each CSM's health trend (docs/PRODUCT.md §8), from each onboarding's
 * last state of each week: the onboardings in progress then, by the risk and the CSM they had then (so a trend
 * stays with the CSM who ran the onboarding). `states` holds the weeks ending at `weekEnds` (oldest first; the last
 * is the current week, its states as of now); the portfolio's filters apply to each state as it was.
 */
export function toPortfolioTrends(
  states: readonly TrendState[],
  weekEnds: readonly Instant[],
  filters: PortfolioFilters,
  owners: OwnersById,
  now: Instant,
  historySince: Instant | null,
): PortfolioTrendsView {
  const index = new Map(weekEnds.map((weekEnd, at) => [weekEnd, at]));
  const risk = weekEnds.map(() => ({ low: 0, medium: 0, high: 0, critical: 0 }) as Record<RiskLevel, number>);
  const byOwner = new Map<string | null, Tally[]>();
  for (const state of states) {
    const at = index.get(state.weekEnd);
    if (at === undefined || state.status !== 'in_progress' || !matchesPortfolioFilters(state, filters)) continue;
    (risk[at] as Record<RiskLevel, number>)[state.riskLevel] += 1;
    let tallies = byOwner.get(state.ownerId);
    if (tallies === undefined) {
      tallies = weekEnds.map(() => ({ health: 0, count: 0 }));
      byOwner.set(state.ownerId, tallies);
    }
    const tally = tallies[at] as Tally;
    tally.health += state.healthScore;
    tally.count += 1;
  }
  const riskByWeek: RiskWeekView[] = weekEnds.map((weekEnd, at) => {
    const byRisk = risk[at] as Record<RiskLevel, number>;
    return {
      weekEnd: toIsoDate(weekEnd),
      onboardings: byRisk.low + byRisk.medium + byRisk.high + byRisk.critical,
      byRisk,
    };
  });
  const healthByOwner: OwnerHealthTrendView[] = [...byOwner]
    .map(([ownerId, tallies]) => ({
      owner: ownerId === null ? null : toPortfolioOwnerView(ownerId, owners),
      points: tallies.map((tally, at) => ({
        weekEnd: toIsoDate(weekEnds[at] as Instant),
        averageHealth: tally.count === 0 ? null : Math.round(tally.health / tally.count),
        onboardings: tally.count,
      })),
    }))
    .sort((a, b) => {
      if (a.owner === null || b.owner === null) return a.owner === null ? 1 : -1;
      return compareOwnersByName(a.owner, b.owner);
    });
  return {
    asOf: toIsoInstant(now),
    historySince: historySince === null ? null : toIsoInstant(historySince),
    riskByWeek,
    healthByOwner,
  };
}
