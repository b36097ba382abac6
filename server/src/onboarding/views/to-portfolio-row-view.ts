import type { ActivatedByView, PortfolioRowView } from '@liftoff/shared/contract/index';
import type { Instant } from '@liftoff/shared/domain/index';
import { cohortHorizonDays } from '@liftoff/shared/engine/index';
import { dayNumber } from '@liftoff/shared/time/calendar';
import { toIsoDate, toIsoInstant } from '@liftoff/shared/time/iso';
import type { PortfolioRow } from '../ports/index.ts';
import { toPortfolioOwnerView } from './to-portfolio-owner-view.ts';
import type { OwnersById } from './to-portfolio-owner-view.ts';

function toActivatedBy(row: PortfolioRow, day: number): ActivatedByView {
  const by = (horizon: number): boolean | null => {
    if (row.activated === null) return null;
    if (row.activationDay !== null && row.activationDay <= horizon) return true;
    return day >= horizon ? false : null;
  };
  return { d30: by(cohortHorizonDays.d30), d60: by(cohortHorizonDays.d60), d90: by(cohortHorizonDays.d90) };
}

/** The stored row as the API shows it at `now`: the day and the 30/60/90 answers move with time, the rest is stored. */
export function toPortfolioRowView(row: PortfolioRow, owners: OwnersById, now: Instant): PortfolioRowView {
  const day = dayNumber(row.startDate, now);
  return {
    companyId: row.companyId,
    companyName: row.companyName,
    owner: row.ownerId === null ? null : toPortfolioOwnerView(row.ownerId, owners),
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
