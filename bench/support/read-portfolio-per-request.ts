import type {
  ContractEscalationLevel,
  ContractOnboardingStatus,
  ContractPhase,
  ContractRiskLevel,
  ContractSignalType,
  IsoInstant,
} from '@liftoff/shared/contract/index';
import type { Assessment, Onboarding } from '@liftoff/shared/domain/index';
import { evaluatePortfolio } from '@liftoff/shared/engine/index';
import { toPortalThresholds } from '../../server/src/onboarding/settings/parse-threshold-overrides.ts';
import { toIsoInstant } from '@liftoff/shared/time/iso';
import type { Clock, Store } from '../../server/src/onboarding/ports/index.ts';

/** One onboarding in the per-request portfolio. */
export interface PortfolioRowView {
  companyId: string;
  companyName: string | null;
  status: ContractOnboardingStatus;
  phase: ContractPhase;
  day: number;
  healthScore: number;
  riskLevel: ContractRiskLevel;
  escalationLevel: ContractEscalationLevel;
  /** Signals whose condition holds (open, acknowledged or snoozed), most severe first. */
  openSignalTypes: ContractSignalType[];
  /** null when the portal has no usage source (unknown, not "not activated"). */
  activated: boolean | null;
  activationDay: number | null;
}

/** Activation rate at 30/60/90 days of the onboardings started in one month; null when none is that old yet. */
export interface CohortView {
  cohort: string;
  size: number;
  activationRate: { d30: number | null; d60: number | null; d90: number | null };
}

/** Every onboarding of the portal, the riskiest first, and cohort activation. */
export interface PortfolioView {
  asOf: IsoInstant;
  onboardings: PortfolioRowView[];
  cohorts: CohortView[];
}

const riskRank: Record<ContractRiskLevel, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * The portfolio as `/api/portfolio` answered it before its read model, kept as the portfolio bench's baseline: every
 * onboarding read from the store with all its activity and assessed at this instant by the engine, per request.
 */
export async function readPortfolioPerRequest(
  deps: { store: Pick<Store, 'onboardings' | 'portalSettings'>; clock: Clock },
  portalId: string,
): Promise<PortfolioView> {
  const [stored, settings] = await Promise.all([
    deps.store.onboardings.list(portalId),
    deps.store.portalSettings.get(portalId),
  ]);
  const reported = stored.map((entry) => entry.onboarding);
  const portfolio = evaluatePortfolio(reported, deps.clock.now(), toPortalThresholds(settings?.thresholds));
  const byCompany = new Map(reported.map((onboarding) => [onboarding.companyId, onboarding]));
  const rows = portfolio.companies.flatMap((assessment) => {
    const onboarding = byCompany.get(assessment.companyId);
    return onboarding === undefined ? [] : [toPortfolioRow(onboarding, assessment)];
  });
  rows.sort(
    (a, b) =>
      riskRank[a.riskLevel] - riskRank[b.riskLevel] ||
      a.healthScore - b.healthScore ||
      a.companyId.localeCompare(b.companyId),
  );
  return { asOf: toIsoInstant(portfolio.asOf), onboardings: rows, cohorts: portfolio.cohorts };
}

function toPortfolioRow(onboarding: Onboarding, assessment: Assessment): PortfolioRowView {
  return {
    companyId: assessment.companyId,
    companyName: onboarding.companyName,
    status: onboarding.status,
    phase: assessment.phase,
    day: assessment.day,
    healthScore: assessment.healthScore,
    riskLevel: assessment.riskLevel,
    escalationLevel: assessment.escalationLevel,
    openSignalTypes: assessment.signals.map((signal) => signal.type),
    activated: assessment.activation.activated,
    activationDay: assessment.activation.day,
  };
}
