import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { PriorSignal, SignalResolver, SignalStatus } from '@liftoff/shared/domain/index';
import type {
  Clock,
  OnboardingRecord,
  OnboardingStore,
  StoreErrorCode,
  StoreError,
} from '../../onboarding/ports/index.ts';
import type { PortfolioFiguresMirror } from './create-portfolio-figures-mirror.ts';
import type { Database } from './database.ts';
import { moveCompanyActivity } from './move-company-activity.ts';
import { deleteCompanyActivity } from './delete-company-activity.ts';
import { readByCompany } from './read-by-company.ts';
import { readStoredOnboardings } from './read-stored-onboardings.ts';
import { replaceStakeholders } from './replace-stakeholders.ts';

const OK: Result<void, StoreError> = { ok: true, value: undefined };

/**
 * The onboarding read model. `save` writes the plan and its state whole (the worker serializes work per company
 * through the inbox, so a full replace does not race another writer of the same company); card actions use the
 * fine-grained mutations, which touch one row each.
 */
/** `portfolio` mirrors the portfolio rows this store deletes or re-owns (create-portfolio-figures-mirror.ts). */
export function createSqliteOnboardingStore(
  db: Kysely<Database>,
  clock: Clock,
  portfolio: PortfolioFiguresMirror,
): OnboardingStore {
  return {
    get: async (portalId, companyId) => (await readStoredOnboardings(db, portalId, [companyId]))[0] ?? null,

    list: (portalId, companyIds) => readStoredOnboardings(db, portalId, companyIds),

    save: (record) => db.transaction().execute((trx) => writeOnboarding(trx, record, clock.now())),

    listActiveCompanyIds: async (portalId, companyIds) => {
      const query = db
        .selectFrom('onboardings')
        .select('company_id')
        .where('portal_id', '=', portalId)
        .where('status', '=', 'in_progress')
        .where('parked_reason', 'is', null)
        .orderBy('company_id');
      if (companyIds === undefined) return (await query.execute()).map((row) => row.company_id);
      const active = await readByCompany([...new Set(companyIds)].sort(), (chunk) =>
        query.where('company_id', 'in', chunk).execute(),
      );
      return [...active.keys()];
    },

    listDueForReassessment: async (portalId, assessedBefore) => {
      const rows = await db
        .selectFrom('onboardings')
        .leftJoin('assessments', (join) =>
          join
            .onRef('assessments.portal_id', '=', 'onboardings.portal_id')
            .onRef('assessments.company_id', '=', 'onboardings.company_id'),
        )
        .select('onboardings.company_id')
        .where('onboardings.portal_id', '=', portalId)
        .where('onboardings.status', '=', 'in_progress')
        .where('onboardings.parked_reason', 'is', null)
        .where((eb) => eb.or([eb('assessments.as_of', 'is', null), eb('assessments.as_of', '<', assessedBefore)]))
        .orderBy('assessments.as_of', (order) => order.asc().nullsFirst())
        .orderBy('onboardings.company_id')
        .execute();
      return rows.map((row) => row.company_id);
    },

    park: async (portalId, companyId, parked) => {
      await db
        .updateTable('onboardings')
        .set({ parked_reason: parked.reason, parked_at: parked.at, updated_at: clock.now() })
        .where('portal_id', '=', portalId)
        .where('company_id', '=', companyId)
        .execute();
    },

    moveCompany: async (portalId, fromCompanyId, toCompanyId) => {
      const merged = await db.transaction().execute(async (trx): Promise<Result<void, StoreError>> => {
        const [source, target] = await Promise.all([
          hasOnboarding(trx, portalId, fromCompanyId),
          hasOnboarding(trx, portalId, toCompanyId),
        ]);
        if (!source)
          return fail({ code: 'onboarding_not_found', message: `no onboarding for company ${fromCompanyId}` });
        if (target) {
          return fail({ code: 'onboarding_exists', message: `company ${toCompanyId} already has an onboarding` });
        }
        // Foreign keys cascade the new company id to criteria, milestones, steps, signals and notes.
        await trx
          .updateTable('onboardings')
          .set({ company_id: toCompanyId, updated_at: clock.now() })
          .where('portal_id', '=', portalId)
          .where('company_id', '=', fromCompanyId)
          .execute();
        await moveCompanyActivity(trx, portalId, fromCompanyId, toCompanyId);
        await trx
          .deleteFrom('assessments')
          .where('portal_id', '=', portalId)
          .where('company_id', '=', fromCompanyId)
          .execute();
        // The merged-away company's history goes with its row: the surviving company's history goes on.
        for (const table of ['portfolio_rows', 'assessment_history', 'history_weeks'] as const) {
          await trx
            .deleteFrom(table)
            .where('portal_id', '=', portalId)
            .where('company_id', '=', fromCompanyId)
            .execute();
        }
        return OK;
      });
      if (merged.ok) portfolio.forget(portalId, fromCompanyId);
      return merged;
    },

    setOwnerIds: async (portalId, owners) => {
      await db.transaction().execute(async (trx) => {
        for (const { companyId, ownerId } of owners) {
          for (const table of ['onboardings', 'portfolio_rows'] as const) {
            await trx
              .updateTable(table)
              .set({ owner_id: ownerId })
              .where('portal_id', '=', portalId)
              .where('company_id', '=', companyId)
              .execute();
          }
        }
      });
      portfolio.setOwners(portalId, owners);
    },

    remove: async (portalId, companyId) => {
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('onboardings')
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .execute();
        await trx
          .deleteFrom('assessments')
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .execute();
        for (const table of ['portfolio_rows', 'assessment_history', 'history_weeks'] as const) {
          await trx.deleteFrom(table).where('portal_id', '=', portalId).where('company_id', '=', companyId).execute();
        }
        await deleteCompanyActivity(trx, portalId, companyId);
      });
      portfolio.forget(portalId, companyId);
    },

    updateCriterion: (portalId, companyId, criterionId, progress) =>
      db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('criteria')
          .set({
            current: progress.current,
            status: progress.status,
            ...(progress.currentAt === undefined ? {} : { current_at: progress.currentAt }),
            ...(progress.terms === undefined
              ? {}
              : {
                  baseline: progress.terms.baseline,
                  target: progress.terms.target,
                  due_date: progress.terms.dueDate,
                  agreed_at: sql<number>`coalesce(agreed_at, ${progress.terms.agreedAt})`,
                  ...(progress.terms.direction === undefined ? {} : { direction: progress.terms.direction }),
                  baseline_date: progress.terms.baselineDate,
                  baseline_evidence: progress.terms.baselineEvidence,
                }),
          })
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .where('criterion_id', '=', criterionId)
          .executeTakeFirst();
        return touchOnboarding(trx, portalId, companyId, result.numUpdatedRows, clock.now(), {
          code: 'criterion_not_found',
          message: `no criterion ${criterionId} on company ${companyId}`,
        });
      }),

    completeMilestone: (portalId, companyId, milestoneId, completion) =>
      db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('milestones')
          .set({
            completed_at: completion.completedAt,
            // A person's done wins over the rule, and over an earlier "not done".
            manual: 'done',
            skipped: 0,
            skip_reason: null,
            checklist_json: JSON.stringify(completion.checklist),
            notes: completion.notes,
          })
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .where('milestone_id', '=', milestoneId)
          .executeTakeFirst();
        return touchOnboarding(trx, portalId, companyId, result.numUpdatedRows, clock.now(), {
          code: 'milestone_not_found',
          message: `no milestone ${milestoneId} on company ${companyId}`,
        });
      }),

    replanMilestone: (portalId, companyId, milestoneId, replan) =>
      db.transaction().execute(async (trx) => {
        const milestone = await trx
          .selectFrom('milestones')
          .select('due_date')
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .where('milestone_id', '=', milestoneId)
          .executeTakeFirst();
        if (milestone !== undefined) {
          await trx
            .insertInto('milestone_replans')
            .values({
              portal_id: portalId,
              company_id: companyId,
              milestone_id: milestoneId,
              at: replan.at,
              author_id: replan.authorId,
              previous_due_date: milestone.due_date,
              reason: replan.reason,
            })
            .execute();
        }
        const result = await trx
          .updateTable('milestones')
          .set({ due_date: replan.dueDate, skipped: 0, skip_reason: null })
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .where('milestone_id', '=', milestoneId)
          .executeTakeFirst();
        return touchOnboarding(trx, portalId, companyId, result.numUpdatedRows, clock.now(), {
          code: 'milestone_not_found',
          message: `no milestone ${milestoneId} on company ${companyId}`,
        });
      }),

    addCheckpointNote: (portalId, companyId, note) =>
      db.transaction().execute(async (trx) => {
        if (!(await hasOnboarding(trx, portalId, companyId))) {
          return fail({ code: 'onboarding_not_found', message: `no onboarding for company ${companyId}` });
        }
        const row = await trx
          .insertInto('checkpoint_notes')
          .values({
            portal_id: portalId,
            company_id: companyId,
            milestone_id: note.milestoneId,
            at: note.at,
            author_id: note.authorId,
            text: note.text,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await markUpdated(trx, portalId, companyId, clock.now());
        return { ok: true, value: { id: row.id, ...note } };
      }),

    setOutcome: (portalId, companyId, change) =>
      db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('onboardings')
          .set({
            status: change.status,
            closed_at: change.closedAt,
            outcome_reason: change.outcomeReason,
            reopened_at: change.reopenedAt,
            updated_at: clock.now(),
          })
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) {
          return fail({ code: 'onboarding_not_found', message: `no onboarding for company ${companyId}` });
        }
        for (const verdict of change.promiseVerdicts) {
          // Latched: a promise judged at an earlier close keeps its verdict.
          await trx
            .updateTable('criteria')
            .set({ promise_kept: verdict.kept ? 1 : 0 })
            .where('portal_id', '=', portalId)
            .where('company_id', '=', companyId)
            .where('criterion_id', '=', verdict.criterionId)
            .where('promise_kept', 'is', null)
            .execute();
        }
        await trx
          .insertInto('checkpoint_notes')
          .values({
            portal_id: portalId,
            company_id: companyId,
            milestone_id: change.logEntry.milestoneId,
            at: change.logEntry.at,
            author_id: change.logEntry.authorId,
            text: change.logEntry.text,
          })
          .execute();
        return OK;
      }),

    setSignalState: (portalId, companyId, type, change) =>
      db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('signal_states')
          .set({
            status: change.status,
            snoozed_until: change.status === 'snoozed' ? change.snoozedUntil : null,
            acknowledged_at: change.status === 'acknowledged' ? change.at : null,
            snoozed_at: change.status === 'snoozed' ? change.at : null,
            resolved_at: change.status === 'resolved' ? change.at : null,
            resolved_by: change.status === 'resolved' ? 'person' : null,
            note: change.note,
            updated_at: change.at,
          })
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .where('signal_type', '=', type)
          .executeTakeFirst();
        if (result.numUpdatedRows > 0n) {
          await trx
            .insertInto('signal_history')
            .values({
              portal_id: portalId,
              company_id: companyId,
              signal_type: type,
              at: change.at,
              author_id: change.authorId,
              action: change.status,
              note: change.note,
            })
            .execute();
        }
        return touchOnboarding(trx, portalId, companyId, result.numUpdatedRows, clock.now(), {
          code: 'signal_not_found',
          message: `no ${type} signal on company ${companyId}`,
        });
      }),

    saveStakeholder: (portalId, companyId, contactId, edit) =>
      db.transaction().execute(async (trx) => {
        const rolesJson = JSON.stringify(edit.roles);
        const result = await trx
          .updateTable('stakeholders')
          .set({ roles_json: rolesJson, kpi: edit.kpi, tagged_at: edit.taggedAt })
          .where('portal_id', '=', portalId)
          .where('company_id', '=', companyId)
          .where('contact_id', '=', contactId)
          .executeTakeFirst();
        if (result.numUpdatedRows > 0n) {
          await trx
            .insertInto('stakeholder_history')
            .values({
              portal_id: portalId,
              company_id: companyId,
              contact_id: contactId,
              at: edit.at,
              author_id: edit.authorId,
              roles_json: rolesJson,
              kpi: edit.kpi,
            })
            .execute();
        }
        return touchOnboarding(trx, portalId, companyId, result.numUpdatedRows, clock.now(), {
          code: 'stakeholder_not_found',
          message: `contact ${contactId} is not a contact of company ${companyId}`,
        });
      }),
  };
}

async function writeOnboarding(trx: Kysely<Database>, record: OnboardingRecord, now: number): Promise<void> {
  const { portalId, onboarding } = record;
  const companyId = onboarding.companyId;
  const row = {
    company_name: onboarding.companyName,
    deal_id: record.dealId,
    template_id: record.templateId,
    start_date: onboarding.startDate,
    status: onboarding.status,
    usage_tracked: onboarding.usageTracked ? 1 : 0,
    key_features_json: JSON.stringify(onboarding.keyFeatures),
    created_at: record.createdAt,
    updated_at: now,
    closed_at: onboarding.closedAt,
    outcome_reason: onboarding.outcomeReason,
    reopened_at: onboarding.reopenedAt,
  };
  await trx
    .insertInto('onboardings')
    .values({ portal_id: portalId, company_id: companyId, ...row })
    .onConflict((conflict) => conflict.columns(['portal_id', 'company_id']).doUpdateSet(row))
    .execute();

  const owned = { portal_id: portalId, company_id: companyId };
  await trx.deleteFrom('criteria').where('portal_id', '=', portalId).where('company_id', '=', companyId).execute();
  if (onboarding.criteria.length > 0) {
    await trx
      .insertInto('criteria')
      .values(
        onboarding.criteria.map((criterion, position) => ({
          ...owned,
          criterion_id: criterion.id,
          position,
          name: criterion.name,
          metric: criterion.metric,
          unit: criterion.unit,
          baseline: criterion.baseline,
          target: criterion.target,
          current: criterion.current,
          due_date: criterion.dueDate,
          status: criterion.status,
          source: criterion.source,
          owner_contact_id: criterion.ownerContactId,
          direction: criterion.direction,
          agreed_at: criterion.agreedAt,
          achieved_at: criterion.achievedAt,
          handed_off_target: criterion.handedOffTarget,
          baseline_date: criterion.baselineDate,
          baseline_evidence: criterion.baselineEvidence,
          current_at: criterion.currentAt,
          promise_kept: toIntegerOrNull(criterion.promiseKept),
        })),
      )
      .execute();
  }

  await trx.deleteFrom('milestones').where('portal_id', '=', portalId).where('company_id', '=', companyId).execute();
  if (onboarding.milestones.length > 0) {
    await trx
      .insertInto('milestones')
      .values(
        onboarding.milestones.map((milestone, position) => ({
          ...owned,
          milestone_id: milestone.id,
          position,
          name: milestone.name,
          kind: milestone.kind,
          due_date: milestone.dueDate,
          completed_at: milestone.completedAt,
          skipped: milestone.skipped ? 1 : 0,
          checklist_json: JSON.stringify(milestone.checklist),
          notes: milestone.notes,
          completes_when_json: toJsonOrNull(milestone.completesWhen),
          manual: milestone.manual,
          skip_reason: milestone.skipReason,
          owner: milestone.owner,
        })),
      )
      .execute();
  }

  await trx
    .deleteFrom('first_week_steps')
    .where('portal_id', '=', portalId)
    .where('company_id', '=', companyId)
    .execute();
  if (onboarding.firstWeekSteps.length > 0) {
    await trx
      .insertInto('first_week_steps')
      .values(
        onboarding.firstWeekSteps.map((step, position) => ({
          ...owned,
          step_id: step.id,
          position,
          name: step.name,
          done_at: step.doneAt,
          completes_when_json: toJsonOrNull(step.completesWhen),
          manual: step.manual,
        })),
      )
      .execute();
  }

  await writeSignals(trx, record, now);
  await replaceStakeholders(trx, portalId, companyId, onboarding.stakeholders);
}

/**
 * Signals keep the CSM's note across saves and take their handling from the record (toPriorSignals carries it);
 * `resolved_at` is stamped when a signal first reads resolved without one (the write-back sends it to the HubSpot
 * signal object) and cleared if it reopens. What the service itself changed goes to the signal's history: a
 * condition that cleared, and a person's resolve whose condition still held (re-opened).
 */
async function writeSignals(trx: Kysely<Database>, record: OnboardingRecord, now: number): Promise<void> {
  const { portalId } = record;
  const companyId = record.onboarding.companyId;
  const existing = await trx
    .selectFrom('signal_states')
    .select(['signal_type', 'status', 'resolved_at', 'resolved_by', 'note'])
    .where('portal_id', '=', portalId)
    .where('company_id', '=', companyId)
    .execute();
  const previous = new Map(existing.map((row) => [row.signal_type, row]));
  await trx.deleteFrom('signal_states').where('portal_id', '=', portalId).where('company_id', '=', companyId).execute();
  if (record.onboarding.signals.length === 0) return;
  await trx
    .insertInto('signal_states')
    .values(
      record.onboarding.signals.map((signal, position) => {
        const before = previous.get(signal.type);
        const resolved = signal.status === 'resolved';
        return {
          portal_id: portalId,
          company_id: companyId,
          signal_type: signal.type,
          position,
          status: signal.status,
          detected_at: signal.detectedAt,
          snoozed_until: signal.snoozedUntil,
          acknowledged_at: signal.acknowledgedAt,
          snoozed_at: signal.snoozedAt,
          resolved_at: resolved ? (signal.resolvedAt ?? before?.resolved_at ?? now) : null,
          resolved_by: resolved ? signal.resolvedBy : null,
          note: before?.note ?? null,
          updated_at: now,
        };
      }),
    )
    .execute();
  const changes = record.onboarding.signals.flatMap((signal) => {
    const before = previous.get(signal.type);
    if (before === undefined) return [];
    const action = toServiceAction(before, signal);
    return action === null
      ? []
      : [
          {
            portal_id: portalId,
            company_id: companyId,
            signal_type: signal.type,
            at: now,
            author_id: null,
            action,
            note: null,
          },
        ];
  });
  if (changes.length > 0) await trx.insertInto('signal_history').values(changes).execute();
}

/** The change the service made to a stored signal, if any: its condition cleared, or it held past a person's resolve. */
function toServiceAction(
  before: { status: SignalStatus; resolved_by: SignalResolver | null },
  after: PriorSignal,
): 'condition_cleared' | 'reopened' | null {
  const wasLive = before.status !== 'resolved';
  const personResolved = before.status === 'resolved' && before.resolved_by === 'person';
  if (after.status === 'resolved') {
    return after.resolvedBy === 'condition_cleared' && (wasLive || personResolved) ? 'condition_cleared' : null;
  }
  return personResolved ? 'reopened' : null;
}

function toIntegerOrNull(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}

function toJsonOrNull(value: object | null): string | null {
  return value === null ? null : JSON.stringify(value);
}

async function hasOnboarding(trx: Kysely<Database>, portalId: string, companyId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('onboardings')
    .select('company_id')
    .where('portal_id', '=', portalId)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
  return row !== undefined;
}

/** A child row changed: bump the onboarding's `updated_at`; no row matched: report the given not-found error. */
async function touchOnboarding(
  trx: Kysely<Database>,
  portalId: string,
  companyId: string,
  updatedRows: bigint,
  now: number,
  missing: { code: StoreErrorCode; message: string },
): Promise<Result<void, StoreError>> {
  if (updatedRows === 0n) {
    if (!(await hasOnboarding(trx, portalId, companyId))) {
      return fail({ code: 'onboarding_not_found', message: `no onboarding for company ${companyId}` });
    }
    return fail({ code: missing.code, message: missing.message });
  }
  await markUpdated(trx, portalId, companyId, now);
  return OK;
}

async function markUpdated(trx: Kysely<Database>, portalId: string, companyId: string, now: number): Promise<void> {
  await trx
    .updateTable('onboardings')
    .set({ updated_at: now })
    .where('portal_id', '=', portalId)
    .where('company_id', '=', companyId)
    .execute();
}
