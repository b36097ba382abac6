import type { RequestHandler } from 'express';
import type { PortfolioReader } from '../../onboarding/views/create-portfolio-reader.ts';
import { parseCardInput } from '../schemas/parse-card-input.ts';
import { portfolioFiltersSchema, portfolioPageQuerySchema } from '../schemas/portfolio-query.ts';
import { readCardActor } from './cards-request.ts';

/** GET /api/portfolio — one filtered, sorted page of the signed portal's onboardings with risk, health, day and signals. */
export function createPortfolioHandler(portfolio: PortfolioReader): RequestHandler {
  return async (req, res) => {
    const { portalId } = readCardActor(res);
    const query = parseCardInput(portfolioPageQuerySchema, req.query, 'query');
    res.json(await portfolio.page(portalId, query));
  };
}

/** GET /api/portfolio/aggregates — counts by risk and phase, cohort activation with its n, time to first value, workload. */
export function createPortfolioAggregatesHandler(portfolio: PortfolioReader): RequestHandler {
  return async (req, res) => {
    const { portalId } = readCardActor(res);
    const filters = parseCardInput(portfolioFiltersSchema, req.query, 'query');
    res.json(await portfolio.aggregates(portalId, filters));
  };
}

/** GET /api/portfolio/trends — portfolio risk by week and health per CSM, the last 12 weeks, under the filters. */
export function createPortfolioTrendsHandler(portfolio: PortfolioReader): RequestHandler {
  return async (req, res) => {
    const { portalId } = readCardActor(res);
    const filters = parseCardInput(portfolioFiltersSchema, req.query, 'query');
    res.json(await portfolio.trends(portalId, filters));
  };
}

/** GET /api/portfolio/signal-outcomes — per signal type, the closed accounts that had it, churned, lead time. */
export function createSignalOutcomesHandler(portfolio: PortfolioReader): RequestHandler {
  return async (_req, res) => {
    const { portalId } = readCardActor(res);
    res.json(await portfolio.signalOutcomes(portalId));
  };
}
