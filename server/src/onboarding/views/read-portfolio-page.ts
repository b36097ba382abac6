import type { PortfolioPageView } from '@liftoff/shared/contract/index';
import { toIsoInstant } from '@liftoff/shared/time/iso';
import type { PortfolioPageQuery } from '../ports/index.ts';
import { deriveMissingPortfolioRows } from './derive-missing-portfolio-rows.ts';
import type { PortfolioReadDeps } from './derive-missing-portfolio-rows.ts';
import { readOwnersById } from './read-owners-by-id.ts';
import { toPortfolioRowView } from './to-portfolio-row-view.ts';

/**
 * The portfolio from its read model: every onboarding, in progress or finished (finished ones stay in the cohort
 * history, docs/PRODUCT.md §2), as its last assessment found it, with its CSM named from the owners cache; no
 * engine run unless a row is missing.
 */
export async function readPortfolioPage(
  deps: PortfolioReadDeps,
  portalId: string,
  query: PortfolioPageQuery,
): Promise<PortfolioPageView> {
  await deriveMissingPortfolioRows(deps, portalId);
  const now = deps.clock.now();
  const { rows, total } = await deps.store.portfolioRows.page(portalId, query);
  const owners = await readOwnersById(deps.store, portalId, rows);
  const next = query.offset + rows.length;
  return {
    asOf: toIsoInstant(now),
    onboardings: rows.map((row) => toPortfolioRowView(row, owners, now)),
    page: { total, limit: query.limit, offset: query.offset, nextOffset: next < total ? next : null },
  };
}
