import { z } from 'zod';
import type { Kysely } from 'kysely';
import { signalTypes } from '@liftoff/shared/domain/index';
import type { EscalationLevel, SignalType } from '@liftoff/shared/domain/index';
import type { ClosedOnboarding, HistoryStore, HistoryState } from '../../onboarding/ports/index.ts';
import { toWeekEnd } from '../../onboarding/model/to-week-end.ts';
import type { AssessmentHistoryTable, Database } from './database.ts';
import { parseJsonColumn } from './parse-json-column.ts';

const signalTypesSchema = z.array(z.enum(signalTypes)) satisfies z.ZodType<SignalType[]>;

function toState(row: Omit<AssessmentHistoryTable, 'portal_id' | 'company_id'>): HistoryState {
  return {
    recordedAt: row.recorded_at,
    ownerId: row.owner_id,
    status: row.status,
    phase: row.phase,
    healthScore: row.health_score,
    riskLevel: row.risk_level,
    escalationLevel: row.escalation_level as EscalationLevel,
    openSignalTypes: parseJsonColumn(signalTypesSchema, row.open_signal_types_json),
  };
}

const stateColumns = [
  'recorded_at',
  'owner_id',
  'status',
  'phase',
  'health_score',
  'risk_level',
  'escalation_level',
  'open_signal_types_json',
] as const;

/** The assessment history in SQLite: one row per change (and day), each onboarding's last state per week beside it. */
export function createSqliteHistoryStore(db: Kysely<Database>): HistoryStore {
  return {
    latest: async (portalId, companyId) => {
      const row = await db
        .selectFrom('assessment_history')
        .select(stateColumns)
        .where('portal_id', '=', portalId)
        .where('company_id', '=', companyId)
        .orderBy('recorded_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? null : toState(row);
    },

    append: (portalId, entry) =>
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('assessment_history')
          .values({
            portal_id: portalId,
            company_id: entry.companyId,
            recorded_at: entry.recordedAt,
            owner_id: entry.ownerId,
            status: entry.status,
            phase: entry.phase,
            health_score: entry.healthScore,
            risk_level: entry.riskLevel,
            escalation_level: entry.escalationLevel,
            open_signal_types_json: JSON.stringify(entry.openSignalTypes),
          })
          .onConflict((conflict) => conflict.doNothing())
          .execute();
        const week = {
          owner_id: entry.ownerId,
          template_id: entry.templateId,
          cohort: entry.cohort,
          status: entry.status,
          phase: entry.phase,
          health_score: entry.healthScore,
          risk_level: entry.riskLevel,
        };
        await trx
          .insertInto('history_weeks')
          .values({ portal_id: portalId, company_id: entry.companyId, week_end: toWeekEnd(entry.recordedAt), ...week })
          .onConflict((conflict) => conflict.columns(['portal_id', 'week_end', 'company_id']).doUpdateSet(week))
          .execute();
      }),

    listCompany: async (portalId, companyId, since) => {
      const rows = await db
        .selectFrom('assessment_history')
        .select(stateColumns)
        .where('portal_id', '=', portalId)
        .where('company_id', '=', companyId)
        .where('recorded_at', '>=', since)
        .orderBy('recorded_at')
        .execute();
      return rows.map(toState);
    },

    listWeeks: async (portalId, fromWeekEnd, toWeekEndAt) => {
      const rows = await db
        .selectFrom('history_weeks')
        .selectAll()
        .where('portal_id', '=', portalId)
        .where('week_end', '>=', fromWeekEnd)
        .where('week_end', '<=', toWeekEndAt)
        .execute();
      return rows.map((row) => ({
        companyId: row.company_id,
        weekEnd: row.week_end,
        ownerId: row.owner_id,
        templateId: row.template_id,
        cohort: row.cohort,
        status: row.status,
        phase: row.phase,
        healthScore: row.health_score,
        riskLevel: row.risk_level,
      }));
    },

    firstRecordedAt: async (portalId) => {
      const row = await db
        .selectFrom('assessment_history')
        .select((eb) => eb.fn.min<number | null>('recorded_at').as('first'))
        .where('portal_id', '=', portalId)
        .executeTakeFirst();
      return row?.first ?? null;
    },

    purge: async (before) => {
      const result = await db.deleteFrom('assessment_history').where('recorded_at', '<', before).executeTakeFirst();
      await db.deleteFrom('history_weeks').where('week_end', '<', before).execute();
      return Number(result.numDeletedRows);
    },

    listDetections: async (portalId, companyId) => {
      const [states, reopenings] = await Promise.all([
        db
          .selectFrom('signal_states')
          .select(['signal_type', 'detected_at'])
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .execute(),
        db
          .selectFrom('signal_history')
          .select(['signal_type', 'at'])
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .where('action', '=', 'reopened')
          .execute(),
      ]);
      const seen = new Set<string>();
      return [
        ...states.map((row) => ({ type: row.signal_type, at: row.detected_at })),
        ...reopenings.map((row) => ({ type: row.signal_type, at: row.at })),
      ]
        .filter((detection) => {
          const key = `${detection.type}:${detection.at}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .sort((a, b) => a.at - b.at || a.type.localeCompare(b.type));
    },

    listOutcomes: async (portalId) => {
      const [closed, states, history] = await Promise.all([
        db
          .selectFrom('onboardings')
          .select(['company_id', 'status', 'closed_at'])
          .where('portal_id', '=', portalId)
          .where('status', '!=', 'in_progress')
          .where('closed_at', 'is not', null)
          .execute(),
        db
          .selectFrom('signal_states')
          .select((eb) => ['company_id', 'signal_type', eb.fn.min<number>('detected_at').as('first')])
          .where('portal_id', '=', portalId)
          .groupBy(['company_id', 'signal_type'])
          .execute(),
        db
          .selectFrom('signal_history')
          .select((eb) => ['company_id', 'signal_type', eb.fn.min<number>('at').as('first')])
          .where('portal_id', '=', portalId)
          .groupBy(['company_id', 'signal_type'])
          .execute(),
      ]);
      const first = new Map<string, { companyId: string; type: SignalType; firstDetectedAt: number }>();
      for (const row of [...states, ...history]) {
        const key = `${row.company_id}:${row.signal_type}`;
        const known = first.get(key);
        if (known === undefined || row.first < known.firstDetectedAt) {
          first.set(key, { companyId: row.company_id, type: row.signal_type, firstDetectedAt: row.first });
        }
      }
      return {
        closed: closed.map((row): ClosedOnboarding => ({
          companyId: row.company_id,
          status: row.status as ClosedOnboarding['status'],
          closedAt: row.closed_at as number,
        })),
        detections: [...first.values()],
      };
    },
  };
}
