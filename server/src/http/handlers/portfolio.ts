import type { RequestHandler } from 'express';
import type { Clock, Store } from '../../onboarding/ports/index.ts';
import { readPortfolioPage } from '../../onboarding/views/read-portfolio-page.ts';
import { parseCardInput } from '../schemas/parse-card-input.ts';
import { portfolioPageQuerySchema } from '../schemas/portfolio-query.ts';
import { readCardActor } from './cards-request.ts';

/** GET /api/portfolio — one filtered, sorted page of the signed portal's onboardings with risk, health, day and signals. */
export function createPortfolioHandler(deps: {
  store: Pick<Store, 'onboardings' | 'portalSettings' | 'portfolioRows' | 'owners'>;
  clock: Clock;
}): RequestHandler {
  return async (req, res) => {
    const { portalId } = readCardActor(res);
    const query = parseCardInput(portfolioPageQuerySchema, req.query, 'query');
    res.json(await readPortfolioPage(deps, portalId, query));
  };
}
