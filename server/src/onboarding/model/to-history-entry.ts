import type { Assessment } from '@liftoff/shared/domain/index';
import type { HistoryEntry, PortfolioRow } from '../ports/index.ts';

/** The history row of an assessment, from the portfolio row saved with it (the same owner, template and cohort). */
export function toHistoryEntry(row: PortfolioRow, assessment: Pick<Assessment, 'asOf'>): HistoryEntry {
  return {
    companyId: row.companyId,
    recordedAt: assessment.asOf,
    ownerId: row.ownerId,
    templateId: row.templateId,
    cohort: row.cohort,
    status: row.status,
    phase: row.phase,
    healthScore: row.healthScore,
    riskLevel: row.riskLevel,
    escalationLevel: row.escalationLevel,
    openSignalTypes: row.openSignalTypes,
  };
}
