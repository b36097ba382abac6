import type { PortfolioRow } from '../../server/src/onboarding/ports/index.ts';
import { date, instant } from './build-onboarding.ts';

/** A stored portfolio row, as the worker saves it with an assessment. */
export function buildPortfolioRow(overrides: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    companyId: '101',
    companyName: 'Acme',
    ownerId: null,
    templateId: 'standard',
    cohort: '2026-01',
    startDate: date('2026-01-05'),
    status: 'in_progress',
    phase: 'adoption',
    healthScore: 70,
    riskLevel: 'low',
    riskReason: 'score',
    escalationLevel: 0,
    openSignalTypes: [],
    openSevereSignals: 0,
    overdueCheckpoints: 0,
    usageTracked: true,
    activated: true,
    activationDay: 10,
    nextCheckpointDate: date('2026-03-06'),
    closedAt: null,
    outcomeReason: null,
    assessedAt: instant('2026-03-02T09:00:00.000Z'),
    ...overrides,
  };
}
