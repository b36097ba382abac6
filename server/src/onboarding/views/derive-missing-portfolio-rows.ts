import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import { toPortfolioRow } from '../model/to-portfolio-row.ts';
import type { Clock, Store } from '../ports/index.ts';
import { toPortalThresholds } from '../settings/parse-threshold-overrides.ts';

export interface PortfolioReadDeps {
  store: Pick<Store, 'onboardings' | 'portalSettings' | 'portfolioRows' | 'owners' | 'history'>;
  clock: Clock;
}

/** Onboardings read (with their activity) per round, so deriving a whole upgraded portal stays within memory. */
const BATCH_SIZE = 200;

/**
 * Gives every onboarding without a portfolio row one, assessed now as the worker would. Only onboardings stored
 * before the read model existed (or a parked one, which the worker never re-assesses) lack a row, so after an
 * upgrade the first portfolio read pays today's per-onboarding cost once, and every later read answers from rows
 * after two counts (the left join that names the missing ones runs only when the counts differ).
 */
export async function deriveMissingPortfolioRows(deps: PortfolioReadDeps, portalId: string): Promise<number> {
  const { store } = deps;
  if ((await store.portfolioRows.countMissing(portalId)) === 0) return 0;
  const missing = await store.portfolioRows.listMissing(portalId);
  if (missing.length === 0) return 0;
  const thresholds = toPortalThresholds((await store.portalSettings.get(portalId))?.thresholds);
  for (let from = 0; from < missing.length; from += BATCH_SIZE) {
    const stored = await store.onboardings.list(portalId, missing.slice(from, from + BATCH_SIZE));
    for (const entry of stored) {
      const assessment = evaluateOnboarding(entry.onboarding, deps.clock.now(), thresholds);
      await store.portfolioRows.save(portalId, toPortfolioRow(entry, assessment));
    }
  }
  return missing.length;
}
