import type { PortfolioFilters } from '../ports/index.ts';
import { deriveMissingPortfolioRows } from './derive-missing-portfolio-rows.ts';
import type { PortfolioReadDeps } from './derive-missing-portfolio-rows.ts';
import { toPortfolioAggregates } from './to-portfolio-aggregates.ts';
import type { PortfolioAggregatesView } from './to-portfolio-aggregates.ts';

/** GET /api/portfolio/aggregates: the filtered portfolio's counts, cohort activation and time to first value. */
export async function readPortfolioAggregates(
  deps: PortfolioReadDeps,
  portalId: string,
  filters: PortfolioFilters,
): Promise<PortfolioAggregatesView> {
  await deriveMissingPortfolioRows(deps, portalId);
  const rows = await deps.store.portfolioRows.listFigures(portalId, filters);
  return toPortfolioAggregates(rows, deps.clock.now());
}
