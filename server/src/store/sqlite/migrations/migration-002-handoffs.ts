import type { Kysely, Migration } from 'kysely';

/**
 * 002: the deals' handoffs (what sales wrote before close). One row per deal, its promises and tagged contacts as
 * JSON: they are always read and replaced whole, and a deal's handoff exists before any onboarding, so there is no
 * foreign key to `onboardings`.
 */
export const migration002Handoffs: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('handoffs')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('deal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text')
      .addColumn('criteria_json', 'text', (column) => column.notNull())
      .addColumn('contacts_json', 'text', (column) => column.notNull())
      .addColumn('validation_owner_contact_id', 'text')
      .addColumn('updated_at', 'integer', (column) => column.notNull())
      .addColumn('updated_by', 'text')
      .addPrimaryKeyConstraint('handoffs_pk', ['portal_id', 'deal_id'])
      .execute();
  },
};
