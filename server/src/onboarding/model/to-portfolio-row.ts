import type { Assessment, Onboarding } from '@liftoff/shared/domain/index';
import { toIsoMonth } from '@liftoff/shared/time/iso';
import type { PortfolioRow } from '../ports/index.ts';

/** What the portfolio row needs of the onboarding: its identity and plan dates, not its activity. */
export interface PortfolioRowSource {
  templateId: string | null;
  ownerId: string | null;
  onboarding: Pick<
    Onboarding,
    'companyId' | 'companyName' | 'startDate' | 'status' | 'usageTracked' | 'closedAt' | 'outcomeReason'
  >;
}

/**
 * The portfolio's row of one onboarding from its assessment: the cohort is the start month (docs/PRODUCT.md §8),
 * the severe signals are the high and critical ones (the ones a manager looks at first), and a checkpoint is
 * overdue when the engine reads its milestone late.
 */
export function toPortfolioRow(source: PortfolioRowSource, assessment: Assessment): PortfolioRow {
  const { onboarding } = source;
  return {
    companyId: onboarding.companyId,
    companyName: onboarding.companyName,
    ownerId: source.ownerId,
    templateId: source.templateId,
    cohort: toIsoMonth(onboarding.startDate),
    startDate: onboarding.startDate,
    status: onboarding.status,
    phase: assessment.phase,
    healthScore: assessment.healthScore,
    riskLevel: assessment.riskLevel,
    riskReason: assessment.riskReason,
    escalationLevel: assessment.escalationLevel,
    openSignalTypes: assessment.signals.map((signal) => signal.type),
    openSevereSignals: assessment.signals.filter(
      (signal) => signal.severity === 'high' || signal.severity === 'critical',
    ).length,
    overdueCheckpoints: assessment.milestones.filter((milestone) => milestone.status === 'late').length,
    usageTracked: onboarding.usageTracked,
    activated: assessment.activation.activated,
    activationDay: assessment.activation.day,
    nextCheckpointDate: assessment.nextCheckpointDate,
    closedAt: onboarding.closedAt,
    outcomeReason: onboarding.outcomeReason,
    assessedAt: assessment.asOf,
  };
}
