import type { RequestHandler } from 'express';
import type { Clock, Store } from '../../onboarding/ports/index.ts';
import { createPortfolioAggregatesReader } from '../../onboarding/views/create-portfolio-aggregates-reader.ts';
import { parseCardInput } from '../schemas/parse-card-input.ts';
import { portfolioFiltersSchema } from '../schemas/portfolio-query.ts';
import { readCardActor } from './cards-request.ts';

/** GET /api/portfolio/aggregates — counts by risk and phase, cohort activation with its n, time to first value, workload. */
export function createPortfolioAggregatesHandler(deps: {
  store: Pick<Store, 'onboardings' | 'portalSettings' | 'portfolioRows' | 'owners'>;
  clock: Clock;
}): RequestHandler {
  const readAggregates = createPortfolioAggregatesReader(deps);
  return async (req, res) => {
    const { portalId } = readCardActor(res);
    const filters = parseCardInput(portfolioFiltersSchema, req.query, 'query');
    res.json(await readAggregates(portalId, filters));
  };
}
