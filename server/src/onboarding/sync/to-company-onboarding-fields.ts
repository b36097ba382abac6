import type { Assessment, Onboarding } from '@liftoff/shared/domain/index';
import type { CompanyOnboardingFields } from '../ports/crm-gateway.ts';

/**
 * "Activated by day D" is true once activated on or before D, false once day D passed without it, else unknown
 * (always unknown without a usage source).
 */
function toActivatedBy(assessment: Assessment, day: number): boolean | null {
  const { activation } = assessment;
  if (activation.activated === null) return null;
  if (activation.activated && activation.day !== null && activation.day <= day) return true;
  return assessment.day >= day ? false : null;
}

/** The company properties workflows and reports read (docs/PRODUCT.md §3), from an onboarding and its assessment. */
export function toCompanyOnboardingFields(
  onboarding: Pick<Onboarding, 'status' | 'startDate' | 'closedAt' | 'outcomeReason'>,
  assessment: Assessment,
): CompanyOnboardingFields {
  return {
    status: onboarding.status,
    phase: assessment.phase,
    startDate: onboarding.startDate,
    day: assessment.day,
    healthScore: assessment.healthScore,
    riskLevel: assessment.riskLevel,
    riskReason: assessment.riskReason,
    escalationLevel: assessment.escalationLevel,
    openSignals: assessment.signals.length,
    openSignalTypes: assessment.signals.map((signal) => signal.type),
    nextCheckpointDate: assessment.nextCheckpointDate,
    criteriaMet: assessment.criteriaMet,
    criteriaTotal: assessment.criteriaTotal,
    activated: assessment.activation.activated,
    activationDay: assessment.activation.day,
    activatedByD30: toActivatedBy(assessment, 30),
    activatedByD60: toActivatedBy(assessment, 60),
    activatedByD90: toActivatedBy(assessment, 90),
    lastLoginAt: assessment.usage.lastLoginAt,
    logins7d: assessment.usage.logins7d,
    activeUsers7d: assessment.usage.activeUsers7d,
    lastEvaluatedAt: assessment.asOf,
    nextAction: assessment.nextAction,
    outcome: onboarding.status === 'in_progress' ? null : onboarding.status,
    outcomeReason: onboarding.outcomeReason,
    closedAt: onboarding.closedAt,
  };
}
