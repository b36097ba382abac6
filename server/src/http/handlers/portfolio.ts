import type { RequestHandler } from 'express';
import type { Clock, Store } from '../../onboarding/ports/index.ts';
import { readPortfolio } from '../../onboarding/views/read-portfolio.ts';
import { readCardActor } from './cards-request.ts';

/** GET /api/portfolio — the signed portal's onboardings with risk, health, day and signals, plus cohort activation. */
export function createPortfolioHandler(deps: {
  store: Pick<Store, 'onboardings' | 'portalSettings'>;
  clock: Clock;
}): RequestHandler {
  return async (_req, res) => {
    const { portalId } = readCardActor(res);
    res.json(await readPortfolio(deps, portalId));
  };
}
