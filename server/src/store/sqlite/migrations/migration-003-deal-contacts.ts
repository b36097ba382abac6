import type { Kysely, Migration } from 'kysely';

/**
 * 003: each deal's associated contacts as the worker last read them from HubSpot, so the Handoff card can offer them
 * to tag before close without calling HubSpot. One row per deal, its contacts as JSON: always read and replaced whole.
 */
export const migration003DealContacts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('deal_contacts')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('deal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text')
      .addColumn('contacts_json', 'text', (column) => column.notNull())
      .addColumn('refreshed_at', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('deal_contacts_pk', ['portal_id', 'deal_id'])
      .execute();
  },
};
