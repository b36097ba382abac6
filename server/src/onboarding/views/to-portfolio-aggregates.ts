import type { PortfolioAggregatesView, WorkloadView } from '@liftoff/shared/contract/index';
import type { Instant, Phase, RiskLevel } from '@liftoff/shared/domain/index';
import { evaluateCohorts, toMedian } from '@liftoff/shared/engine/index';
import { dayNumber } from '@liftoff/shared/time/calendar';
import { toIsoInstant } from '@liftoff/shared/time/iso';
import type { PortfolioFigures, PortfolioFilters } from '../ports/index.ts';
import { matchesPortfolioFilters } from '../model/matches-portfolio-filters.ts';
import { compareOwnersByName, toPortfolioOwnerView } from './to-portfolio-owner-view.ts';
import type { OwnersById } from './to-portfolio-owner-view.ts';

/** The method's checkpoints (first week, day 14, 30, 60, 90) bound the buckets, so each reads as a plan phase. */
const bucketBounds: readonly [number, number | null][] = [
  [0, 7],
  [8, 14],
  [15, 30],
  [31, 60],
  [61, 90],
  [91, null],
];

/** The sorted activation days per bucket. */
function toBuckets(sorted: readonly number[]): PortfolioAggregatesView['timeToFirstValue']['buckets'] {
  let index = 0;
  return bucketBounds.map(([fromDay, toDay]) => {
    const first = index;
    while (index < sorted.length && (toDay === null || (sorted[index] as number) <= toDay)) index += 1;
    return { fromDay, toDay, count: index - first };
  });
}

interface Load {
  onboardings: number;
  atRisk: number;
  overdueCheckpoints: number;
  openSevereSignals: number;
}

/**
 * The CSMs' current load: the onboardings still in progress (a closed one is no one's work), at high or critical
 * risk, their overdue checkpoints and open high/critical signals. The busiest first; the unassigned ones last, so
 * the manager sees what nobody owns.
 */
function toWorkload(rows: readonly PortfolioFigures[], owners: OwnersById): WorkloadView[] {
  const byOwner = new Map<string | null, Load>();
  for (const row of rows) {
    if (row.status !== 'in_progress') continue;
    const load = byOwner.get(row.ownerId) ?? { onboardings: 0, atRisk: 0, overdueCheckpoints: 0, openSevereSignals: 0 };
    byOwner.set(row.ownerId, load);
    load.onboardings += 1;
    if (row.riskLevel === 'high' || row.riskLevel === 'critical') load.atRisk += 1;
    load.overdueCheckpoints += row.overdueCheckpoints;
    load.openSevereSignals += row.openSevereSignals;
  }
  const views = [...byOwner].map(([ownerId, load]) => ({
    owner: ownerId === null ? null : toPortfolioOwnerView(ownerId, owners),
    ...load,
  }));
  return views.sort((a, b) => {
    if (a.owner === null || b.owner === null) return a.owner === null ? 1 : -1;
    return b.onboardings - a.onboardings || compareOwnersByName(a.owner, b.owner);
  });
}

/** What each filter can take over the whole portfolio, so filtering never hides the other choices. */
function toOptions(rows: readonly PortfolioFigures[], owners: OwnersById): PortfolioAggregatesView['options'] {
  const ownerIds = new Set<string>();
  const templates = new Set<string>();
  const cohorts = new Set<string>();
  let unassigned = false;
  for (const row of rows) {
    if (row.ownerId === null) unassigned = true;
    else ownerIds.add(row.ownerId);
    if (row.templateId !== null) templates.add(row.templateId);
    cohorts.add(row.cohort);
  }
  return {
    owners: [...ownerIds].map((id) => toPortfolioOwnerView(id, owners)).sort(compareOwnersByName),
    unassigned,
    templates: [...templates].sort(),
    cohorts: [...cohorts].sort(),
  };
}

/**
 * The manager's charts over the filtered onboardings (docs/PRODUCT.md §8): counts by risk and phase as last
 * assessed; cohort activation with the engine's own rule (evaluateCohorts: eligible once the onboarding is D days
 * old at `now` and its activation is known), each rate with its n; time to first value = the activation day, the
 * first day the customer had logged in, used a key feature and done the first-week steps (docs/PRODUCT.md §5,
 * Activation); the workload per CSM; and the filter options over every onboarding.
 */
export function toPortfolioAggregates(
  all: readonly PortfolioFigures[],
  filters: PortfolioFilters,
  owners: OwnersById,
  now: Instant,
): PortfolioAggregatesView {
  const rows = all.filter((row) => matchesPortfolioFilters(row, filters));
  // Literals, not built from the lists: their properties stay fast for 10,000 increments (the types list every key).
  const byRisk: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  const byPhase: Record<Phase, number> = {
    kickoff: 0,
    activation: 0,
    adoption: 0,
    value_review: 0,
    completed: 0,
    overdue: 0,
  };
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
      cohort: row.cohort,
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
      buckets: toBuckets(days),
    },
    workload: toWorkload(rows, owners),
    options: toOptions(all, owners),
  };
}
