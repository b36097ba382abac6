import { sql } from 'kysely';
import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';

/**
 * 009: the store keeps what a person decides about the plan, how signals were handled and how the onboarding ended,
 * so none of it is lost on the next save or read back as a neutral constant:
 * - criteria: `direction` (which way is progress), `agreed_at` (the day it was agreed; expected progress runs from
 *   there), `achieved_at` (its target first reached: latched);
 * - first-week steps and milestones: `completes_when_json` (the rule that completes it from the activity) and
 *   `manual` (a person's `done` / `not_done` over the rule); milestones also `skip_reason`, `owner` and
 *   `milestone_replans`, one row per re-plan (when, who, the due date it replaced, why);
 * - signal states: `acknowledged_at`, `snoozed_at` (re-escalation and the snooze cap count from them) and
 *   `resolved_by` (a person, or the condition clearing), plus `signal_history`, one row per change (when, who,
 *   what, the note);
 * - stakeholders: `tagged_at`; engagements: `contact_id` (who it was with);
 * - onboardings: `closed_at`, `outcome_reason`, `reopened_at`.
 * Existing rows read as they did before the upgrade: a criterion whose target is below its baseline is a decrease,
 * every other one an increase; a first-week step still as its onboarding's template made it (same template, place
 * and name) gets the template's completion rule, as a plan started now would; every other new column is null (no
 * agreement date = the start date, no latched achievement, the milestone kind's implied rule and no rule for other
 * steps, no person's mark, an unknown resolver, so a
 * stored resolved signal is detected anew as before, and no snooze cap or re-escalation without their dates).
 * Existing signals and milestones have no history.
 */
export const migration009PlanHandlingOutcome: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('criteria')
      .addColumn('direction', 'text', (column) => column.notNull().defaultTo('increase'))
      .execute();
    await sql`update criteria set direction = 'decrease' where target < baseline`.execute(db);
    await addNullableColumns(db, 'criteria', { agreed_at: 'integer', achieved_at: 'integer' });
    await addNullableColumns(db, 'first_week_steps', { completes_when_json: 'text', manual: 'text' });
    await addTemplateStepRules(db);
    await addNullableColumns(db, 'milestones', {
      completes_when_json: 'text',
      manual: 'text',
      skip_reason: 'text',
      owner: 'text',
    });
    await addNullableColumns(db, 'signal_states', {
      acknowledged_at: 'integer',
      snoozed_at: 'integer',
      resolved_by: 'text',
    });
    await addNullableColumns(db, 'stakeholders', { tagged_at: 'integer' });
    await addNullableColumns(db, 'engagements', { contact_id: 'text' });
    await addNullableColumns(db, 'onboardings', {
      closed_at: 'integer',
      outcome_reason: 'text',
      reopened_at: 'integer',
    });

    await createCompanyLogTable(db, 'milestone_replans', 'milestone_id', (table) =>
      table.addColumn('previous_due_date', 'integer', (column) => column.notNull()).addColumn('reason', 'text'),
    );
    await createCompanyLogTable(db, 'signal_history', 'signal_type', (table) =>
      table.addColumn('action', 'text', (column) => column.notNull()).addColumn('note', 'text'),
    );
  },
};

async function addNullableColumns(
  db: Kysely<unknown>,
  table: string,
  columns: Record<string, 'integer' | 'text'>,
): Promise<void> {
  for (const [name, type] of Object.entries(columns)) {
    await db.schema.alterTable(table).addColumn(name, type).execute();
  }
}

/** Gives each step its template's completion rule when the step is the template's step at its place, by name. */
async function addTemplateStepRules(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{
    portal_id: string;
    company_id: string;
    step_id: string;
    template_id: string;
    position: number;
    name: string;
  }>`
    select s.portal_id, s.company_id, s.step_id, o.template_id, s.position, s.name from first_week_steps s
    join onboardings o on o.portal_id = s.portal_id and o.company_id = s.company_id
    where o.template_id is not null`.execute(db);
  for (const row of rows) {
    const step = defaultTemplates.find((template) => template.id === row.template_id)?.firstWeekSteps[row.position];
    if (step?.name !== row.name || step.completesWhen === null) continue;
    await sql`update first_week_steps set completes_when_json = ${JSON.stringify(step.completesWhen)}
      where portal_id = ${row.portal_id} and company_id = ${row.company_id} and step_id = ${row.step_id}`.execute(db);
  }
}

/**
 * An append-only log of one onboarding's items (re-plans of a milestone, changes to a signal): who did what when,
 * removed or moved with its onboarding, read per company in time order.
 */
async function createCompanyLogTable(
  db: Kysely<unknown>,
  name: string,
  itemColumn: string,
  addPayload: (table: CreateTableBuilder<string, string>) => CreateTableBuilder<string, string>,
): Promise<void> {
  const table = db.schema
    .createTable(name)
    .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
    .addColumn('portal_id', 'text', (column) => column.notNull())
    .addColumn('company_id', 'text', (column) => column.notNull())
    .addColumn(itemColumn, 'text', (column) => column.notNull())
    .addColumn('at', 'integer', (column) => column.notNull())
    .addColumn('author_id', 'text');
  await addPayload(table)
    .addForeignKeyConstraint(
      `${name}_onboarding`,
      ['portal_id', 'company_id'],
      'onboardings',
      ['portal_id', 'company_id'],
      (fk) => fk.onDelete('cascade').onUpdate('cascade'),
    )
    .execute();
  await db.schema.createIndex(`${name}_company`).on(name).columns(['portal_id', 'company_id', 'at']).execute();
}
