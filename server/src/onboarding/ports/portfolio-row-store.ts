import type { PortfolioFiguresSnapshot, PortfolioPageQuery, PortfolioRow } from './records/portfolio-row.ts';

/** The portfolio read model: one row per onboarding, written with each assessment. */
export interface PortfolioRowStore {
  save(portalId: string, row: PortfolioRow): Promise<void>;
  /** One page of the filtered rows in the query's order, ties broken by company id; `total` counts every match. */
  page(portalId: string, query: PortfolioPageQuery): Promise<{ rows: PortfolioRow[]; total: number }>;
  /**
   * The aggregates' columns of every row of the portal, unfiltered (the filter options cover the whole portfolio);
   * cheap enough to call per request at 10,000 onboardings.
   */
  listFigures(portalId: string): Promise<PortfolioFiguresSnapshot>;
  /** How many of the portal's onboardings have no row yet: one count each, so a read can check it every time. */
  countMissing(portalId: string): Promise<number>;
  /** The onboardings of the portal that have no row yet (stored before the read model existed). */
  listMissing(portalId: string): Promise<string[]>;
}
