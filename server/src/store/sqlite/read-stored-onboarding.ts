import type { Kysely } from 'kysely';
import type { StoredOnboarding } from '../../onboarding/ports.ts';
import type { Database } from './database.ts';
import { checklistSchema, parseJsonColumn, rolesSchema, stringListSchema } from './parse-json-column.ts';
import { readActivitySnapshot } from './read-activity-snapshot.ts';

/** Assembles one company's read model from its rows; children come back in the order they were saved. */
export async function readStoredOnboarding(
  db: Kysely<Database>,
  portalId: string,
  companyId: string,
): Promise<StoredOnboarding | null> {
  const row = await db
    .selectFrom('onboardings')
    .selectAll()
    .where('portal_id', '=', portalId)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
  if (!row) return null;
  const [criteria, milestones, steps, signals, stakeholders, notes, activity] = await Promise.all([
    db
      .selectFrom('criteria')
      .selectAll()
      .where('portal_id', '=', portalId)
      .where('company_id', '=', companyId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('milestones')
      .selectAll()
      .where('portal_id', '=', portalId)
      .where('company_id', '=', companyId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('first_week_steps')
      .selectAll()
      .where('portal_id', '=', portalId)
      .where('company_id', '=', companyId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('signal_states')
      .selectAll()
      .where('portal_id', '=', portalId)
      .where('company_id', '=', companyId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('stakeholders')
      .selectAll()
      .where('portal_id', '=', portalId)
      .where('company_id', '=', companyId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('checkpoint_notes')
      .selectAll()
      .where('portal_id', '=', portalId)
      .where('company_id', '=', companyId)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    readActivitySnapshot(db, portalId, companyId),
  ]);
  return {
    portalId,
    dealId: row.deal_id,
    templateId: row.template_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    onboarding: {
      companyId,
      companyName: row.company_name,
      startDate: row.start_date,
      status: row.status,
      usageTracked: row.usage_tracked === 1,
      keyFeatures: parseJsonColumn(stringListSchema, row.key_features_json),
      criteria: criteria.map((criterion) => ({
        id: criterion.criterion_id,
        name: criterion.name,
        metric: criterion.metric,
        unit: criterion.unit,
        baseline: criterion.baseline,
        target: criterion.target,
        current: criterion.current,
        dueDate: criterion.due_date,
        status: criterion.status,
        source: criterion.source,
        ownerContactId: criterion.owner_contact_id,
      })),
      milestones: milestones.map((milestone) => ({
        id: milestone.milestone_id,
        name: milestone.name,
        kind: milestone.kind,
        dueDate: milestone.due_date,
        completedAt: milestone.completed_at,
        skipped: milestone.skipped === 1,
        checklist: parseJsonColumn(checklistSchema, milestone.checklist_json),
        notes: milestone.notes,
      })),
      firstWeekSteps: steps.map((step) => ({ id: step.step_id, name: step.name, doneAt: step.done_at })),
      stakeholders: stakeholders.map((stakeholder) => ({
        contactId: stakeholder.contact_id,
        name: stakeholder.name,
        roles: parseJsonColumn(rolesSchema, stakeholder.roles_json),
        lastEngagedAt: stakeholder.last_engaged_at,
        kpi: stakeholder.kpi,
      })),
      activity,
      signals: signals.map((signal) => ({
        type: signal.signal_type,
        status: signal.status,
        detectedAt: signal.detected_at,
        snoozedUntil: signal.snoozed_until,
      })),
    },
    signalHandling: signals.map((signal) => ({
      type: signal.signal_type,
      note: signal.note,
      resolvedAt: signal.resolved_at,
    })),
    checkpointNotes: notes.map((note) => ({
      id: note.id,
      milestoneId: note.milestone_id,
      at: note.at,
      authorId: note.author_id,
      text: note.text,
    })),
  };
}
