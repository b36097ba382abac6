import type { Kysely } from 'kysely';
import type { StoredOnboarding } from '../../onboarding/ports/index.ts';
import type { Database } from './database.ts';
import {
  checklistSchema,
  completionRuleSchema,
  parseJsonColumn,
  parseNullableJsonColumn,
  rolesSchema,
  stringListSchema,
} from './parse-json-column.ts';
import { readActivitySnapshots } from './read-activity-snapshots.ts';
import { readByCompany } from './read-by-company.ts';
import { readCompanyRows } from './read-company-rows.ts';

/**
 * Assembles the read model of the portal's onboardings, or of the given companies only (those without an
 * onboarding are left out), ordered by company id. One statement per table and chunk of 500 companies, however
 * many companies are read; children come back in the order they were saved.
 */
export async function readStoredOnboardings(
  db: Kysely<Database>,
  portalId: string,
  companyIds?: readonly string[],
): Promise<StoredOnboarding[]> {
  const rows = await readOnboardingRows(db, portalId, companyIds);
  const ids = rows.map((row) => row.company_id);
  const [criteria, milestones, steps, signals, stakeholders, notes, history, replans, activityOf] = await Promise.all([
    readCompanyRows(db, 'criteria', portalId, ids, ['position']),
    readCompanyRows(db, 'milestones', portalId, ids, ['position']),
    readCompanyRows(db, 'first_week_steps', portalId, ids, ['position']),
    readCompanyRows(db, 'signal_states', portalId, ids, ['position']),
    readCompanyRows(db, 'stakeholders', portalId, ids, ['position']),
    readCompanyRows(db, 'checkpoint_notes', portalId, ids, ['at', 'id']),
    readCompanyRows(db, 'signal_history', portalId, ids, ['at', 'id']),
    readCompanyRows(db, 'milestone_replans', portalId, ids, ['at', 'id']),
    readActivitySnapshots(db, portalId, ids),
  ]);
  return rows.map((row) => {
    const companyId = row.company_id;
    const companySignals = signals.get(companyId) ?? [];
    const companyHistory = history.get(companyId) ?? [];
    return {
      portalId,
      dealId: row.deal_id,
      templateId: row.template_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      parked:
        row.parked_reason === null || row.parked_at === null ? null : { reason: row.parked_reason, at: row.parked_at },
      onboarding: {
        companyId,
        companyName: row.company_name,
        startDate: row.start_date,
        status: row.status,
        usageTracked: row.usage_tracked === 1,
        keyFeatures: parseJsonColumn(stringListSchema, row.key_features_json),
        criteria: (criteria.get(companyId) ?? []).map((criterion) => ({
          id: criterion.criterion_id,
          name: criterion.name,
          metric: criterion.metric,
          unit: criterion.unit,
          direction: criterion.direction,
          baseline: criterion.baseline,
          target: criterion.target,
          current: criterion.current,
          agreedAt: criterion.agreed_at,
          dueDate: criterion.due_date,
          status: criterion.status,
          achievedAt: criterion.achieved_at,
          source: criterion.source,
          ownerContactId: criterion.owner_contact_id,
          handedOffTarget: criterion.handed_off_target,
          baselineDate: criterion.baseline_date,
          baselineEvidence: criterion.baseline_evidence,
          currentAt: criterion.current_at,
          promiseKept: criterion.promise_kept === null ? null : criterion.promise_kept === 1,
        })),
        milestones: (milestones.get(companyId) ?? []).map((milestone) => ({
          id: milestone.milestone_id,
          name: milestone.name,
          kind: milestone.kind,
          dueDate: milestone.due_date,
          completedAt: milestone.completed_at,
          skipped: milestone.skipped === 1,
          skipReason: milestone.skip_reason,
          owner: milestone.owner,
          completesWhen: parseNullableJsonColumn(completionRuleSchema, milestone.completes_when_json),
          manual: milestone.manual,
          checklist: parseJsonColumn(checklistSchema, milestone.checklist_json),
          notes: milestone.notes,
        })),
        firstWeekSteps: (steps.get(companyId) ?? []).map((step) => ({
          id: step.step_id,
          name: step.name,
          doneAt: step.done_at,
          completesWhen: parseNullableJsonColumn(completionRuleSchema, step.completes_when_json),
          manual: step.manual,
        })),
        stakeholders: (stakeholders.get(companyId) ?? []).map((stakeholder) => ({
          contactId: stakeholder.contact_id,
          name: stakeholder.name,
          roles: parseJsonColumn(rolesSchema, stakeholder.roles_json),
          lastEngagedAt: stakeholder.last_engaged_at,
          taggedAt: stakeholder.tagged_at,
          kpi: stakeholder.kpi,
        })),
        activity: activityOf(companyId),
        signals: companySignals.map((signal) => ({
          type: signal.signal_type,
          status: signal.status,
          detectedAt: signal.detected_at,
          snoozedUntil: signal.snoozed_until,
          acknowledgedAt: signal.acknowledged_at,
          snoozedAt: signal.snoozed_at,
          resolvedAt: signal.resolved_at,
          resolvedBy: signal.resolved_by,
        })),
        closedAt: row.closed_at,
        outcomeReason: row.outcome_reason,
        reopenedAt: row.reopened_at,
      },
      signalHandling: companySignals.map((signal) => ({
        type: signal.signal_type,
        note: signal.note,
        resolvedAt: signal.resolved_at,
        history: companyHistory
          .filter((entry) => entry.signal_type === signal.signal_type)
          .map((entry) => ({ at: entry.at, authorId: entry.author_id, action: entry.action, note: entry.note })),
      })),
      checkpointNotes: (notes.get(companyId) ?? []).map((note) => ({
        id: note.id,
        milestoneId: note.milestone_id,
        at: note.at,
        authorId: note.author_id,
        text: note.text,
      })),
      milestoneReplans: (replans.get(companyId) ?? []).map((replan) => ({
        milestoneId: replan.milestone_id,
        at: replan.at,
        authorId: replan.author_id,
        previousDueDate: replan.previous_due_date,
        reason: replan.reason,
      })),
      ownerId: row.owner_id,
      ownerName: row.owner_name,
    };
  });
}

async function readOnboardingRows(db: Kysely<Database>, portalId: string, companyIds: readonly string[] | undefined) {
  // The owner's name comes along from the owners cache: one statement, whatever the number of owners.
  const query = db
    .selectFrom('onboardings')
    .leftJoin('owners', (join) =>
      join
        .onRef('owners.portal_id', '=', 'onboardings.portal_id')
        .onRef('owners.owner_id', '=', 'onboardings.owner_id'),
    )
    .selectAll('onboardings')
    .select('owners.name as owner_name')
    .where('onboardings.portal_id', '=', portalId)
    .orderBy('onboardings.company_id');
  if (companyIds === undefined) return query.execute();
  // Chunks of sorted ids, each read in company id order, keep the whole list in that order.
  const sortedIds = [...new Set(companyIds)].sort();
  const byCompany = await readByCompany(sortedIds, (chunk) =>
    query.where('onboardings.company_id', 'in', chunk).execute(),
  );
  return [...byCompany.values()].flat();
}
