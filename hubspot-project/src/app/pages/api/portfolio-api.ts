import { callCardApi } from './call-card-api.ts';

/** GET /api/portfolio?… — one page of the filtered, sorted onboardings. */
export const fetchPortfolio = (query: string) => callCardApi('getPortfolio', {}, null, query);

/** GET /api/portfolio/aggregates?… — the charts, the workload and the filter options over the filtered onboardings. */
export const fetchPortfolioAggregates = (query: string) => callCardApi('getPortfolioAggregates', {}, null, query);
