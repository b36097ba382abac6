import type { Assessment } from '@liftoff/shared/domain/index';
import type { Store } from '../ports/index.ts';
import { toPortfolioRow } from './to-portfolio-row.ts';
import type { PortfolioRowSource } from './to-portfolio-row.ts';

/**
 * Keeps an onboarding's latest assessment and, with it, its portfolio row: the read model is maintained on write,
 * so the manager's portfolio answers from the store without running the engine (docs/ARCHITECTURE.md).
 */
export async function saveAssessment(
  store: Pick<Store, 'assessments' | 'portfolioRows'>,
  portalId: string,
  source: PortfolioRowSource,
  assessment: Assessment,
): Promise<void> {
  await store.assessments.save(portalId, assessment);
  await store.portfolioRows.save(portalId, toPortfolioRow(source, assessment));
}
