import type { IsoInstant } from '@liftoff/shared/contract/index';
import { toIsoInstant } from '@liftoff/shared/time/iso';
import type { PortfolioPageQuery } from '../ports/index.ts';
import { deriveMissingPortfolioRows } from './derive-missing-portfolio-rows.ts';
import type { PortfolioReadDeps } from './derive-missing-portfolio-rows.ts';
import { toPortfolioRowView } from './to-portfolio-row-view.ts';
import type { PortfolioRowView } from './to-portfolio-row-view.ts';

/** GET /api/portfolio: one page of the portal's onboardings, and where the next page starts (null = last page). */
export interface PortfolioPageView {
  asOf: IsoInstant;
  onboardings: PortfolioRowView[];
  page: { total: number; limit: number; offset: number; nextOffset: number | null };
}

/**
 * The portfolio from its read model: every onboarding, in progress or finished (finished ones stay in the cohort
 * history, docs/PRODUCT.md §2), as its last assessment found it; no engine run unless a row is missing.
 */
export async function readPortfolioPage(
  deps: PortfolioReadDeps,
  portalId: string,
  query: PortfolioPageQuery,
): Promise<PortfolioPageView> {
  await deriveMissingPortfolioRows(deps, portalId);
  const now = deps.clock.now();
  const { rows, total } = await deps.store.portfolioRows.page(portalId, query);
  const next = query.offset + rows.length;
  return {
    asOf: toIsoInstant(now),
    onboardings: rows.map((row) => toPortfolioRowView(row, now)),
    page: { total, limit: query.limit, offset: query.offset, nextOffset: next < total ? next : null },
  };
}
