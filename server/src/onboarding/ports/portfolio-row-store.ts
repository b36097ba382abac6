import type { PortfolioFigures, PortfolioFilters, PortfolioPageQuery, PortfolioRow } from './records/portfolio-row.ts';

/** The portfolio read model: one row per onboarding, written with each assessment. */
export interface PortfolioRowStore {
  save(portalId: string, row: PortfolioRow): Promise<void>;
  /** One page of the filtered rows in the query's order, ties broken by company id; `total` counts every match. */
  page(portalId: string, query: PortfolioPageQuery): Promise<{ rows: PortfolioRow[]; total: number }>;
  /** The aggregates' columns of every filtered row, so counting 10,000 onboardings reads no more than it needs. */
  listFigures(portalId: string, filters: PortfolioFilters): Promise<PortfolioFigures[]>;
  /** The onboardings of the portal that have no row yet (stored before the read model existed). */
  listMissing(portalId: string): Promise<string[]>;
}
