import type { Assessment } from '@liftoff/shared/domain/index';
import type { Store } from '../ports/index.ts';
import { decideHistoryAppend } from './decide-history-append.ts';
import { toHistoryEntry } from './to-history-entry.ts';
import { toPortfolioRow } from './to-portfolio-row.ts';
import type { PortfolioRowSource } from './to-portfolio-row.ts';

/**
 * Keeps an onboarding's latest assessment and, with it, its portfolio row and, when it is news (decideHistoryAppend),
 * a history row: the read models are maintained on write, so the manager's portfolio and trends answer from the
 * store without running the engine (docs/ARCHITECTURE.md).
 */
export async function saveAssessment(
  store: Pick<Store, 'assessments' | 'portfolioRows' | 'history'>,
  portalId: string,
  source: PortfolioRowSource,
  assessment: Assessment,
): Promise<void> {
  await store.assessments.save(portalId, assessment);
  const row = toPortfolioRow(source, assessment);
  await store.portfolioRows.save(portalId, row);
  const entry = toHistoryEntry(row, assessment);
  if (decideHistoryAppend(await store.history.latest(portalId, row.companyId), entry)) {
    await store.history.append(portalId, entry);
  }
}
