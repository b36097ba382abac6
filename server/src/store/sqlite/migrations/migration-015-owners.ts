import type { Kysely, Migration } from 'kysely';

/**
 * 015: the owner dimension of onboardings (docs/PRODUCT.md §8: the portfolio filtered by CSM):
 * - `onboardings.owner_id`: the HubSpot owner the company's owner property names (the CSM). Existing rows have none
 *   (null) until the next refresh reads it: nothing guesses an owner the store was never told.
 * - `portal_settings.owner_property`: the company property that names the CSM; null means HubSpot's company owner
 *   (`hubspot_owner_id`), the default for every portal set up before.
 * - `owners`: the portal's owners as HubSpot's owners API last answered (name, email, teams), so a card names the
 *   CSM without asking HubSpot; `refreshed_at` tells the refresh when to read them again.
 */
export const migration015Owners: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('onboardings').addColumn('owner_id', 'text').execute();
    await db.schema.alterTable('portal_settings').addColumn('owner_property', 'text').execute();
    await db.schema
      .createTable('owners')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('owner_id', 'text', (column) => column.notNull())
      .addColumn('name', 'text')
      .addColumn('email', 'text')
      .addColumn('teams_json', 'text', (column) => column.notNull().defaultTo('[]'))
      .addColumn('refreshed_at', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('owners_pk', ['portal_id', 'owner_id'])
      .execute();
  },
};
