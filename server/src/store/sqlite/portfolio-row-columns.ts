import { z } from 'zod';
import { signalTypes } from '@liftoff/shared/domain/index';
import type { EscalationLevel, RiskLevel, SignalType } from '@liftoff/shared/domain/index';
import type { PortfolioRow } from '../../onboarding/ports/index.ts';
import type { PortfolioRowsTable } from './database.ts';
import { parseJsonColumn } from './parse-json-column.ts';

/** A portfolio row and its table's columns, both ways: the row store writes and reads them, the mirror loads them. */
const riskRank: Record<RiskLevel, number> = { critical: 0, high: 1, medium: 2, low: 3 };

const signalTypesSchema = z.array(z.enum(signalTypes)) satisfies z.ZodType<SignalType[]>;

export function toColumns(row: PortfolioRow): Omit<PortfolioRowsTable, 'portal_id' | 'company_id'> {
  return {
    company_name: row.companyName,
    owner_id: row.ownerId,
    template_id: row.templateId,
    cohort: row.cohort,
    start_date: row.startDate,
    status: row.status,
    phase: row.phase,
    health_score: row.healthScore,
    risk_level: row.riskLevel,
    risk_rank: riskRank[row.riskLevel],
    risk_reason: row.riskReason,
    escalation_level: row.escalationLevel,
    open_signal_types_json: JSON.stringify(row.openSignalTypes),
    open_signals: row.openSignalTypes.length,
    open_severe_signals: row.openSevereSignals,
    overdue_checkpoints: row.overdueCheckpoints,
    usage_tracked: row.usageTracked ? 1 : 0,
    activated: row.activated === null ? null : row.activated ? 1 : 0,
    activation_day: row.activationDay,
    next_checkpoint_date: row.nextCheckpointDate,
    outcome_reason: row.outcomeReason,
    closed_at: row.closedAt,
    assessed_at: row.assessedAt,
  };
}

export function toRow(columns: PortfolioRowsTable): PortfolioRow {
  return {
    companyId: columns.company_id,
    companyName: columns.company_name,
    ownerId: columns.owner_id,
    templateId: columns.template_id,
    cohort: columns.cohort,
    startDate: columns.start_date,
    status: columns.status,
    phase: columns.phase,
    healthScore: columns.health_score,
    riskLevel: columns.risk_level,
    riskReason: columns.risk_reason,
    escalationLevel: columns.escalation_level as EscalationLevel,
    openSignalTypes: parseJsonColumn(signalTypesSchema, columns.open_signal_types_json),
    openSevereSignals: columns.open_severe_signals,
    overdueCheckpoints: columns.overdue_checkpoints,
    usageTracked: columns.usage_tracked === 1,
    activated: columns.activated === null ? null : columns.activated === 1,
    activationDay: columns.activation_day,
    nextCheckpointDate: columns.next_checkpoint_date,
    closedAt: columns.closed_at,
    outcomeReason: columns.outcome_reason,
    assessedAt: columns.assessed_at,
  };
}
