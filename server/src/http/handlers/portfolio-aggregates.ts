import type { RequestHandler } from 'express';
import type { Clock, Store } from '../../onboarding/ports/index.ts';
import { readPortfolioAggregates } from '../../onboarding/views/read-portfolio-aggregates.ts';
import { parseCardInput } from '../schemas/parse-card-input.ts';
import { portfolioFiltersSchema } from '../schemas/portfolio-query.ts';
import { readCardActor } from './cards-request.ts';

/** GET /api/portfolio/aggregates — counts by risk and phase, cohort activation with its n, time to first value. */
export function createPortfolioAggregatesHandler(deps: {
  store: Pick<Store, 'onboardings' | 'portalSettings' | 'portfolioRows' | 'owners'>;
  clock: Clock;
}): RequestHandler {
  return async (req, res) => {
    const { portalId } = readCardActor(res);
    const filters = parseCardInput(portfolioFiltersSchema, req.query, 'query');
    res.json(await readPortfolioAggregates(deps, portalId, filters));
  };
}
