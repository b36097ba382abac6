import { callCardApi } from './call-card-api.ts';

/** GET /api/portfolio?… — one page of the filtered, sorted onboardings. */
export const fetchPortfolio = (query: string) => callCardApi('getPortfolio', {}, null, query);

/** GET /api/portfolio/aggregates?… — the charts, the workload and the filter options over the filtered onboardings. */
export const fetchPortfolioAggregates = (query: string) => callCardApi('getPortfolioAggregates', {}, null, query);

/** GET /api/portfolio/trends?… — risk by week and health per CSM over the last 12 weeks, under the same filters. */
export const fetchPortfolioTrends = (query: string) => callCardApi('getPortfolioTrends', {}, null, query);

/** GET /api/portfolio/signal-outcomes — how each signal did on every closed onboarding (no filters). */
export const fetchSignalOutcomes = () => callCardApi('getSignalOutcomes', {}, null);
