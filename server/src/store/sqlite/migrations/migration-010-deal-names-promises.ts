import type { Kysely, Migration } from 'kysely';

/**
 * 010: the worker's deal mirror also keeps the deal's name and the promises HubSpot already holds for it (sales-promise
 * criterion records associated with the deal, on portals with Liftoff's custom objects), so the Handoff card shows
 * them without calling HubSpot. Existing rows have no name and no promises until the deal's next event refreshes them.
 */
export const migration010DealNamesPromises: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('deal_contacts').addColumn('deal_name', 'text').execute();
    await db.schema
      .alterTable('deal_contacts')
      .addColumn('promises_json', 'text', (column) => column.notNull().defaultTo('[]'))
      .execute();
  },
};
