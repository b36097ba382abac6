import type {
  ContractEscalationLevel,
  ContractOnboardingStatus,
  ContractPhase,
  ContractRiskLevel,
  ContractSignalType,
  IsoInstant,
} from '@liftoff/shared/contract/index';
import type { Instant, OutcomeReason, RiskReason } from '@liftoff/shared/domain/index';
import { cohortHorizonDays } from '@liftoff/shared/engine/index';
import { dayNumber } from '@liftoff/shared/time/calendar';
import { toIsoDate, toIsoInstant } from '@liftoff/shared/time/iso';
import type { PortfolioRow } from '../ports/index.ts';

/** Activated by day N: true or false once known, null while it can still happen or when usage is not tracked. */
export interface ActivatedBy {
  d30: boolean | null;
  d60: boolean | null;
  d90: boolean | null;
}

/** One onboarding in GET /api/portfolio. */
export interface PortfolioRowView {
  companyId: string;
  companyName: string | null;
  templateId: string | null;
  cohort: string;
  startDate: string;
  status: ContractOnboardingStatus;
  phase: ContractPhase;
  day: number;
  healthScore: number;
  riskLevel: ContractRiskLevel;
  riskReason: RiskReason;
  escalationLevel: ContractEscalationLevel;
  /** Signals whose condition holds (open, acknowledged or snoozed), most severe first. */
  openSignalTypes: ContractSignalType[];
  openSignals: number;
  openSevereSignals: number;
  overdueCheckpoints: number;
  /** null when the portal has no usage source (unknown, not "not activated"). */
  activated: boolean | null;
  activationDay: number | null;
  activatedBy: ActivatedBy;
  nextCheckpointDate: string | null;
  closedAt: IsoInstant | null;
  outcomeReason: OutcomeReason | null;
  assessedAt: IsoInstant;
}

function toActivatedBy(row: PortfolioRow, day: number): ActivatedBy {
  const by = (horizon: number): boolean | null => {
    if (row.activated === null) return null;
    if (row.activationDay !== null && row.activationDay <= horizon) return true;
    return day >= horizon ? false : null;
  };
  return { d30: by(cohortHorizonDays.d30), d60: by(cohortHorizonDays.d60), d90: by(cohortHorizonDays.d90) };
}

/** The stored row as the API shows it at `now`: the day and the 30/60/90 answers move with time, the rest is stored. */
export function toPortfolioRowView(row: PortfolioRow, now: Instant): PortfolioRowView {
  const day = dayNumber(row.startDate, now);
  return {
    companyId: row.companyId,
    companyName: row.companyName,
    templateId: row.templateId,
    cohort: row.cohort,
    startDate: toIsoDate(row.startDate),
    status: row.status,
    phase: row.phase,
    day,
    healthScore: row.healthScore,
    riskLevel: row.riskLevel,
    riskReason: row.riskReason,
    escalationLevel: row.escalationLevel,
    openSignalTypes: row.openSignalTypes,
    openSignals: row.openSignalTypes.length,
    openSevereSignals: row.openSevereSignals,
    overdueCheckpoints: row.overdueCheckpoints,
    activated: row.activated,
    activationDay: row.activationDay,
    activatedBy: toActivatedBy(row, day),
    nextCheckpointDate: row.nextCheckpointDate === null ? null : toIsoDate(row.nextCheckpointDate),
    closedAt: row.closedAt === null ? null : toIsoInstant(row.closedAt),
    outcomeReason: row.outcomeReason,
    assessedAt: toIsoInstant(row.assessedAt),
  };
}
