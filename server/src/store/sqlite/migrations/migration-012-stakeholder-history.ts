import type { Kysely, Migration } from 'kysely';

/**
 * 012: the store keeps who mapped each stakeholder from the company card and when: `stakeholder_history`, one row
 * per change (when, who, the roles and the KPI it saved), removed with its onboarding. Existing stakeholders have no
 * history: their roles came from HubSpot's labels or the handoff, which say neither who nor when.
 */
export const migration012StakeholderHistory: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('stakeholder_history')
      .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('contact_id', 'text', (column) => column.notNull())
      .addColumn('at', 'integer', (column) => column.notNull())
      .addColumn('author_id', 'text')
      .addColumn('roles_json', 'text', (column) => column.notNull())
      .addColumn('kpi', 'text')
      .addForeignKeyConstraint(
        'stakeholder_history_onboarding',
        ['portal_id', 'company_id'],
        'onboardings',
        ['portal_id', 'company_id'],
        (fk) => fk.onDelete('cascade').onUpdate('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('stakeholder_history_company')
      .on('stakeholder_history')
      .columns(['portal_id', 'company_id', 'at'])
      .execute();
  },
};
