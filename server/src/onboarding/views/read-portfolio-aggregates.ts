import type { PortfolioAggregatesView } from '@liftoff/shared/contract/index';
import type { PortfolioFilters } from '../ports/index.ts';
import { deriveMissingPortfolioRows } from './derive-missing-portfolio-rows.ts';
import type { PortfolioReadDeps } from './derive-missing-portfolio-rows.ts';
import { readOwnersById } from './read-owners-by-id.ts';
import { toPortfolioAggregates } from './to-portfolio-aggregates.ts';

/** GET /api/portfolio/aggregates: the filtered portfolio's counts, cohort activation, time to first value, workload. */
export async function readPortfolioAggregates(
  deps: PortfolioReadDeps,
  portalId: string,
  filters: PortfolioFilters,
): Promise<PortfolioAggregatesView> {
  await deriveMissingPortfolioRows(deps, portalId);
  const figures = await deps.store.portfolioRows.listFigures(portalId);
  const owners = await readOwnersById(deps.store, portalId, figures);
  return toPortfolioAggregates(figures, filters, owners, deps.clock.now());
}
